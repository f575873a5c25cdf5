import { loadDatePicker, loadTimePicker } from '@interlog/ui-kit';
import { loadContactAvatar } from '../ContactList/ContactPersona';
import { loadContactSearch } from '../ContactSearch/ContactSearch';
import { loadCommentBox } from '../InteractionFields/CommentField';
import { loadTemplateDropdown } from '../TemplatePicker/TemplatePicker';

/**
 * The record form's parts drawn as stand-ins at its first paint (the pickers, the avatars, the comment box): a page
 * starts fetching their code while the form's data is on its way, so that they are there about when the data is.
 */
export function preloadRecordFormParts(): Promise<unknown> {
  return Promise.all([
    loadTemplateDropdown(),
    loadDatePicker(),
    loadTimePicker(),
    loadContactSearch(),
    loadContactAvatar(),
    loadCommentBox(),
  ]);
}
