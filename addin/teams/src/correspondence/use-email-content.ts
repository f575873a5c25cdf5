import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmailContent, PutEmailContentInput } from '../../../api-client/src/resources';
import { fieldsWrittenIn, unknownFieldsOf } from '../../../api-client/src/merge-fields';
import { useInterlog } from '../../../ui-kit/src/context/InterlogContext';
import { useAction } from '../../../ui-kit/src/hooks/use-action';

export type EmailDraft = PutEmailContentInput;
type Done = 'saved' | 'removed' | null;

/** A template's email being edited: the stored one, the draft, saving and removing, and the fields the server refused. */
export function useEmailContent(templateCode: string, stored: EmailContent | null) {
  const { t } = useTranslation();
  const { api } = useInterlog();
  const action = useAction();
  const [content, setContent] = useState(stored);
  const [draft, setDraft] = useState<EmailDraft>({ subject: stored?.subject ?? '', body: stored?.body ?? '' });
  const [done, setDone] = useState<Done>(null);
  const [confirmingRemove, setConfirmingRemove] = useState(false);

  const unknown = unknownFieldsOf(action.error);
  // Each field shows the refused names it still writes: the message goes once they are fixed.
  const fieldError = (text: string) => {
    const names = fieldsWrittenIn(text, unknown);
    return names.length ? t('mailing.unknownFields', { count: names.length, fields: names.map((name) => `{${name}}`).join(', ') }) : undefined;
  };
  const run = (kind: Exclude<Done, null>, request: () => Promise<void>) => {
    setDone(null);
    void action.run(async () => {
      await request();
      setDone(kind);
    });
  };

  return {
    content,
    draft,
    done,
    busy: action.busy,
    errors: { subject: fieldError(draft.subject), body: fieldError(draft.body) },
    /** A refusal the fields do not show. */
    problem: unknown.length ? null : action.error,
    complete: draft.subject.trim() !== '' && draft.body.trim() !== '',
    confirmingRemove,
    change: (key: keyof EmailDraft, value: string) => {
      setDone(null);
      setDraft((d) => ({ ...d, [key]: value }));
    },
    save: () => run('saved', async () => setContent(await api.emailContents.put(templateCode, draft))),
    askRemove: () => setConfirmingRemove(true),
    cancelRemove: () => setConfirmingRemove(false),
    remove: () => {
      setConfirmingRemove(false);
      run('removed', async () => {
        await api.emailContents.remove(templateCode);
        setContent(null);
        setDraft({ subject: '', body: '' });
      });
    },
  };
}
