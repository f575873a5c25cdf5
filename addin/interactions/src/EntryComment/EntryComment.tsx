import { useState } from 'react';
import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CommentRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys, type InteractionLogEntry } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { problemText } from '@interlog/ui-kit';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface EntryCommentProps {
  entry: Pick<InteractionLogEntry, 'entryNo' | 'comment'>;
}

/** An entry's comment (Business Central's Interaction Comment Lines), added or changed in place. */
export function EntryComment({ entry }: EntryCommentProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api } = useInterlog();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (comment: string) => api.interactions.patch(entry.entryNo, { comment }),
    onSuccess: () => {
      setDraft(null);
      void queryClient.invalidateQueries({ queryKey: queryKeys.interactions.all });
    },
  });

  if (draft === null)
    return (
      <div className={styles.stack}>
        {entry.comment && <Text className={styles.text}>{entry.comment}</Text>}
        <div>
          <Button size="small" appearance="subtle" icon={<CommentRegular />} onClick={() => setDraft(entry.comment)}>
            {t(entry.comment ? 'comment.edit' : 'comment.add', { entryNo: entry.entryNo })}
          </Button>
        </div>
      </div>
    );
  return (
    <form
      className={styles.stack}
      onSubmit={(event) => {
        event.preventDefault();
        if (!save.isPending) save.mutate(draft.trim());
      }}
    >
      <Field label={t('comment.label', { entryNo: entry.entryNo })}>
        <Textarea resize="vertical" value={draft} maxLength={2000} onChange={(_, d) => setDraft(d.value)} autoFocus />
      </Field>
      {save.error && (
        <Text role="alert" className={styles.error}>
          {problemText(t, save.error)}
        </Text>
      )}
      <div className={styles.actions}>
        <Button size="small" appearance="primary" type="submit" disabled={save.isPending}>
          {t('comment.save')}
        </Button>
        <Button size="small" onClick={() => setDraft(null)}>
          {t('comment.cancel')}
        </Button>
      </div>
    </form>
  );
}
