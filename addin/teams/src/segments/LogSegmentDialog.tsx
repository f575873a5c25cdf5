import { useState } from 'react';
import { Button, Checkbox, Field, ProgressBar, Spinner, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys, type LogSegmentResult, type Segment, type SegmentLogProgress } from '@interlog/api-client';
import { DialogFrame, ProblemBar, useDialogFrameStyles } from '@interlog/ui-kit';
import { useInterlog } from '@interlog/app-shell';
import { useFormat } from '@interlog/i18n';
import { logSegmentWithProgress } from './log-segment-with-progress';
import { EmailPreview } from './EmailPreview';
import { NotesWarning } from './NotesWarning';
import { LogBlockers, logIsBlocked } from './LogBlockers';

/**
 * Checks the lines and states what logging will record and send before asking (lines it would refuse, the emails
 * with their sender and the first one filled in, follow-up segment or not), then shows the server's progress until
 * the logged segment exists. Closing is refused while it runs.
 */
export function LogSegmentDialog({
  segment,
  onLogged,
  onCancel,
}: {
  segment: Segment;
  onLogged: (result: LogSegmentResult, deliver: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const styles = useDialogFrameStyles();
  const format = useFormat();
  const { api } = useInterlog();
  const queryClient = useQueryClient();
  const [createFollowUp, setCreateFollowUp] = useState(false);
  const preview = useQuery({
    queryKey: queryKeys.segments.logPreview(segment.no),
    queryFn: () => api.segments.logPreview(segment.no),
  });
  // Mail goes out only when the user ticks it, having seen what it says.
  const [send, setSend] = useState(false);
  const deliver = send && preview.data?.emails.templatesWithoutContent.length === 0;
  const blocked = preview.data ? logIsBlocked(preview.data) : true;
  const [progress, setProgress] = useState<SegmentLogProgress | null>(null);
  const total = progress?.noOfLines ?? segment.noOfLines;
  const code = segment.interaction.templateCode;
  const template = code && segment.templateDescription ? `${segment.templateDescription} (${code})` : code;
  // Logging makes entries and a logged segment, and removes the segment (or keeps a follow-up).
  const action = useMutation({
    mutationFn: () => logSegmentWithProgress(api, segment.no, { createFollowUp, deliver }, { onProgress: setProgress }),
    onMutate: () =>
      setProgress({
        state: 'logging',
        noOfLines: segment.noOfLines,
        logged: 0,
        loggedSegmentEntryNo: null,
        followUpSegmentNo: null,
      }),
    onError: () => setProgress(null),
    onSuccess: (result) => {
      for (const queryKey of [queryKeys.segments.list, queryKeys.loggedSegments.all, queryKeys.interactions.all])
        void queryClient.invalidateQueries({ queryKey });
      onLogged(result, deliver);
    },
  });
  const start = () => !action.isPending && action.mutate();
  const running = action.isPending;
  return (
    <DialogFrame
      modalType="alert"
      title={t('segments.log.title', { no: segment.no })}
      onDismiss={() => !running && onCancel()}
      contentClassName={styles.stack}
      actions={
        <>
          {!blocked && (
            <Button appearance="primary" disabled={running} onClick={start}>
              {t('segments.log.start', { count: segment.noOfLines, formatted: format.number(segment.noOfLines) })}
            </Button>
          )}
          <Button appearance="secondary" disabled={running} onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </>
      }
    >
      {!running && !preview.data ? (
        <>
          {preview.isPending && <Spinner size="tiny" label={t('segments.log.checking')} />}
          <ProblemBar error={preview.error} />
        </>
      ) : !running && blocked ? (
        <LogBlockers preview={preview.data!} />
      ) : !running ? (
        <>
          <Text>
            {t('segments.log.confirm', { count: segment.noOfLines, formatted: format.number(segment.noOfLines) })}
          </Text>
          {template && <Text>{t('segments.log.template', { template })}</Text>}
          <Checkbox
            checked={createFollowUp}
            onChange={(_, d) => setCreateFollowUp(Boolean(d.checked))}
            label={t('segments.log.createFollowUp')}
          />
          <NotesWarning preview={preview.data!} />
          <EmailPreview preview={preview.data!} send={send} onSendChange={setSend} />
        </>
      ) : (
        <Field
          label={t('segments.log.progress', {
            logged: format.number(progress?.logged ?? 0),
            total: format.number(total),
          })}
          validationState="none"
        >
          <ProgressBar
            value={total ? (progress?.logged ?? 0) / total : undefined}
            max={1}
            thickness="large"
            aria-label={t('segments.log.progressLabel')}
          />
        </Field>
      )}
      <ProblemBar error={action.error} />
    </DialogFrame>
  );
}
