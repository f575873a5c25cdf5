import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmailContent, PutEmailContentInput } from '@interlog/api-client';
import { fieldsWrittenIn, unknownFieldsOf } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { unknownFieldsText } from './unknown-fields-text';
import { useDoneAction } from './use-done-action';
import { useStoreCorrespondence, useTemplateCorrespondence } from './use-template-correspondence';

export type EmailDraft = PutEmailContentInput;
type Done = 'saved' | 'removed';

/**
 * A template's email being edited: the stored one (from the cache), the draft, saving and removing,
 * and the fields the server refused.
 */
export function useEmailContent(templateCode: string, stored: EmailContent | null) {
  const { t } = useTranslation();
  const { api } = useInterlog();
  const action = useDoneAction<Done>();
  const content = useTemplateCorrespondence(templateCode).data?.email ?? null;
  const store = useStoreCorrespondence(templateCode);
  const [draft, setDraft] = useState<EmailDraft>({ subject: stored?.subject ?? '', body: stored?.body ?? '' });

  const unknown = unknownFieldsOf(action.error);
  // Each field shows the refused names it still writes: the message goes once they are fixed.
  const fieldError = (text: string) => {
    const names = fieldsWrittenIn(text, unknown);
    return names.length ? unknownFieldsText(t, names) : undefined;
  };
  return {
    content,
    draft,
    done: action.done,
    busy: action.busy,
    errors: { subject: fieldError(draft.subject), body: fieldError(draft.body) },
    /** A refusal the fields do not show. */
    problem: unknown.length ? null : action.error,
    complete: draft.subject.trim() !== '' && draft.body.trim() !== '',
    confirmingRemove: action.confirmingRemove,
    change: (key: keyof EmailDraft, value: string) => {
      action.clearDone();
      setDraft((d) => ({ ...d, [key]: value }));
    },
    save: () =>
      action.run(async () => {
        store({ email: await api.emailContents.put(templateCode, draft) });
        return 'saved';
      }),
    askRemove: action.askRemove,
    cancelRemove: action.cancelRemove,
    remove: () =>
      action.remove(async () => {
        await api.emailContents.remove(templateCode);
        store({ email: null });
        setDraft({ subject: '', body: '' });
        return 'removed';
      }),
  };
}
