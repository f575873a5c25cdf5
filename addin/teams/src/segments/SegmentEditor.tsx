import { useState } from 'react';
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowLeftRegular, DeleteRegular, SendRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys, versionOf, type LogSegmentResult, type SegmentLine } from '@interlog/api-client';
import { ConfirmDialog, ProblemBar } from '@interlog/ui-kit';
import { useInterlog } from '@interlog/app-shell';
import { useReferenceData } from '@interlog/interactions';
import { useFormat } from '@interlog/i18n';
import type { Navigate } from '../tab/tab-location';
import { AddContactDialog } from './AddContactDialog';
import { CriteriaBar } from './CriteriaBar';
import { CriteriaSteps } from './CriteriaSteps';
import { LineEditDialog } from './LineEditDialog';
import { LinePreviewDialog } from './LinePreviewDialog';
import { LinesTable } from './LinesTable';
import { LogSegmentDialog } from './LogSegmentDialog';
import { LoggedResult } from './LoggedResult';
import { SegmentHeaderForm } from './SegmentHeaderForm';
import { useSegment } from './use-segment';
import { ExportMenu } from '../tab/ExportMenu';
import { useExport } from '../tab/use-export';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  titleBar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1 },
  linesBar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

type Dialog =
  | { kind: 'log' }
  | { kind: 'delete' }
  | { kind: 'addContact' }
  | { kind: 'editLine'; line: SegmentLine }
  | { kind: 'previewLine'; line: SegmentLine }
  | { kind: 'removeLine'; line: SegmentLine }
  | null;

/** One segment: header, criteria, lines with their overrides, and logging. */
export function SegmentEditor({
  no,
  onClose,
  onOpenSegment,
  navigate,
}: {
  no: string;
  onClose: () => void;
  onOpenSegment: (no: string) => void;
  navigate: Navigate;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const format = useFormat();
  const { api } = useInterlog();
  const reference = useReferenceData();
  const loaded = useSegment(no);
  const exporter = useExport((exports, fileFormat, lang) => exports.segmentLines(no, fileFormat, lang));
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  // The segment's writes, one at a time: each ends by reading what it changed again.
  const action = useMutation({
    mutationFn: async (request: () => Promise<() => void>) => request(),
    onSuccess: (after) => after(),
  });
  const run = (request: () => Promise<() => void>) => !action.isPending && action.mutate(request);
  const [logged, setLogged] = useState<{ result: LogSegmentResult; delivered: boolean } | null>(null);

  const back = (
    <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onClose}>
      {t('segments.editor.back')}
    </Button>
  );
  if (logged) {
    return (
      <div className={styles.stack}>
        <div className={styles.titleBar}>{back}</div>
        <LoggedResult
          segmentNo={no}
          result={logged.result}
          delivered={logged.delivered}
          onOpenSegment={onOpenSegment}
          navigate={navigate}
        />
      </div>
    );
  }
  const data = loaded.data;
  if (!data || !reference.data) {
    return (
      <div className={styles.stack}>
        <div className={styles.titleBar}>{back}</div>
        <ProblemBar error={loaded.error ?? (reference.status === 'error' ? reference.error : null)} />
        {loaded.pending && !loaded.error && <Spinner label={t('common.loading')} />}
      </div>
    );
  }
  const { segment, steps, lines, nextCursor } = data;
  const closeDialog = () => {
    setDialog(null);
    action.reset();
  };
  const change = (request: () => Promise<unknown>) =>
    run(async () => {
      await request();
      return () => {
        setDialog(null);
        loaded.reload();
      };
    });

  return (
    <div className={styles.stack}>
      <div className={styles.titleBar}>
        {back}
        <Text as="h2" size={500} weight="semibold" className={styles.title}>
          {t('segments.editor.title', { no: segment.no, description: segment.description })}
        </Text>
        <Button
          appearance="primary"
          icon={<SendRegular />}
          disabled={segment.noOfLines === 0}
          onClick={() => setDialog({ kind: 'log' })}
        >
          {t('segments.editor.log')}
        </Button>
        <Button icon={<DeleteRegular />} onClick={() => setDialog({ kind: 'delete' })}>
          {t('segments.editor.delete')}
        </Button>
      </div>
      {!dialog && <ProblemBar error={action.error ?? loaded.error} onDismiss={action.reset} />}
      <SegmentHeaderForm
        key={JSON.stringify(segment)}
        segment={segment}
        reference={reference.data}
        onSaved={() => loaded.reload()}
        onReload={() => loaded.reload()}
      />
      <section className={styles.stack} aria-labelledby="segment-contacts-heading">
        <div className={styles.linesBar}>
          <Text as="h3" id="segment-contacts-heading" weight="semibold" className={styles.title}>
            {t('segments.lines.heading', { count: segment.noOfLines, formatted: format.number(segment.noOfLines) })}
          </Text>
          <Button icon={<AddRegular />} onClick={() => setDialog({ kind: 'addContact' })}>
            {t('segments.lines.addOpen')}
          </Button>
          {segment.noOfLines > 0 && <ExportMenu busy={exporter.busy} onExport={exporter.start} />}
        </div>
        <ProblemBar error={exporter.error} onDismiss={exporter.clearError} />
        <CriteriaBar segment={segment} reference={reference.data} onChanged={loaded.reload} />
        <CriteriaSteps steps={steps} />
        {lines.length > 0 ? (
          <LinesTable
            lines={lines}
            onEdit={(line) => setDialog({ kind: 'editLine', line })}
            onPreview={(line) => setDialog({ kind: 'previewLine', line })}
            onRemove={(line) => setDialog({ kind: 'removeLine', line })}
          />
        ) : (
          <Text>{t('segments.lines.empty')}</Text>
        )}
        {nextCursor && (
          <Button onClick={loaded.loadMore} disabled={loaded.loadingMore}>
            {t('segments.lines.more', { shown: format.number(lines.length), total: format.number(segment.noOfLines) })}
          </Button>
        )}
      </section>

      {dialog?.kind === 'log' && (
        <LogSegmentDialog
          segment={segment}
          onCancel={closeDialog}
          onLogged={(result, delivered) => {
            setDialog(null);
            setLogged({ result, delivered });
          }}
        />
      )}
      {dialog?.kind === 'addContact' && (
        <AddContactDialog
          busy={action.isPending}
          error={action.error}
          onCancel={closeDialog}
          onAdd={(contact) => change(() => api.segments.addLine(segment.no, contact.no))}
        />
      )}
      {dialog?.kind === 'previewLine' && (
        <LinePreviewDialog segmentNo={segment.no} line={dialog.line} onClose={closeDialog} />
      )}
      {dialog?.kind === 'editLine' && (
        <LineEditDialog
          key={`${dialog.line.lineNo}:${versionOf(dialog.line)}`}
          segmentNo={segment.no}
          line={dialog.line}
          onLetterChanged={(hasOwnLetter) => {
            const line = { ...dialog.line, hasOwnLetter };
            loaded.replaceLine(line);
            setDialog({ kind: 'editLine', line });
          }}
          reference={reference.data}
          busy={action.isPending}
          error={action.error}
          onCancel={closeDialog}
          onReload={async () => {
            action.reset();
            const line = await loaded.refreshLine(dialog.line.lineNo);
            setDialog(line ? { kind: 'editLine', line } : null);
          }}
          onSave={(input) =>
            run(async () => {
              const line = await api.segments.patchLine(segment.no, dialog.line.lineNo, input, versionOf(dialog.line));
              return () => {
                loaded.replaceLine(line);
                setDialog(null);
              };
            })
          }
        />
      )}
      <ConfirmDialog
        open={dialog?.kind === 'removeLine'}
        title={t('segments.lines.removeTitle')}
        body={
          dialog?.kind === 'removeLine'
            ? t('segments.lines.removeBody', { name: dialog.line.contactName, no: segment.no })
            : ''
        }
        confirmLabel={t('segments.lines.removeConfirm')}
        cancelLabel={t('common.cancel')}
        onCancel={closeDialog}
        onConfirm={() =>
          dialog?.kind === 'removeLine' && change(() => api.segments.removeLine(segment.no, dialog.line.lineNo))
        }
      />
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={t('segments.editor.deleteTitle')}
        body={t('segments.editor.deleteBody', { no: segment.no, count: segment.noOfLines })}
        confirmLabel={t('segments.editor.deleteConfirm')}
        cancelLabel={t('common.cancel')}
        onCancel={closeDialog}
        onConfirm={() =>
          run(async () => {
            await api.segments.remove(segment.no);
            return () => {
              queryClient.removeQueries({ queryKey: queryKeys.segments.one(segment.no) });
              void queryClient.invalidateQueries({ queryKey: queryKeys.segments.list });
              onClose();
            };
          })
        }
      />
    </div>
  );
}
