import { useState } from 'react';
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowLeftRegular, DeleteRegular, SendRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { LogSegmentResult, SegmentLine } from '@interlog/api-client';
import { ConfirmDialog, ProblemBar, useAction } from '@interlog/ui-kit';
import { useInterlog } from '@interlog/app-shell';
import { useReferenceData } from '@interlog/interactions';
import { useFormat } from '@interlog/i18n';
import type { Navigate } from '../tab/tab-location';
import { AddContactDialog } from './AddContactDialog';
import { CriteriaBar } from './CriteriaBar';
import { CriteriaSteps } from './CriteriaSteps';
import { LineEditDialog } from './LineEditDialog';
import { LinesTable } from './LinesTable';
import { LogSegmentDialog } from './LogSegmentDialog';
import { LoggedResult } from './LoggedResult';
import { SegmentHeaderForm } from './SegmentHeaderForm';
import { useSegment } from './use-segment';

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
  const action = useAction();
  const [dialog, setDialog] = useState<Dialog>(null);
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
        {loaded.status === 'loading' && <Spinner label={t('common.loading')} />}
      </div>
    );
  }
  const { segment, steps, lines, nextCursor } = data;
  const closeDialog = () => {
    setDialog(null);
    action.clearError();
  };
  const change = (request: () => Promise<unknown>) =>
    void action.run(async () => {
      await request();
      setDialog(null);
      loaded.reload();
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
      {!dialog && <ProblemBar error={action.error} onDismiss={action.clearError} />}
      <SegmentHeaderForm
        key={JSON.stringify(segment)}
        segment={segment}
        reference={reference.data}
        onSaved={() => loaded.reload()}
      />
      <section className={styles.stack} aria-labelledby="segment-contacts-heading">
        <div className={styles.linesBar}>
          <Text as="h3" id="segment-contacts-heading" weight="semibold" className={styles.title}>
            {t('segments.lines.heading', { count: segment.noOfLines, formatted: format.number(segment.noOfLines) })}
          </Text>
          <Button icon={<AddRegular />} onClick={() => setDialog({ kind: 'addContact' })}>
            {t('segments.lines.addOpen')}
          </Button>
        </div>
        <CriteriaBar segment={segment} reference={reference.data} onChanged={loaded.reload} />
        <CriteriaSteps steps={steps} />
        {lines.length > 0 ? (
          <LinesTable
            lines={lines}
            onEdit={(line) => setDialog({ kind: 'editLine', line })}
            onRemove={(line) => setDialog({ kind: 'removeLine', line })}
          />
        ) : (
          <Text>{t('segments.lines.empty')}</Text>
        )}
        {nextCursor && (
          <Button onClick={() => void action.run(loaded.loadMore)}>
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
          busy={action.busy}
          error={action.error}
          onCancel={closeDialog}
          onAdd={(contact) => change(() => api.segments.addLine(segment.no, contact.no))}
        />
      )}
      {dialog?.kind === 'editLine' && (
        <LineEditDialog
          line={dialog.line}
          reference={reference.data}
          busy={action.busy}
          error={action.error}
          onCancel={closeDialog}
          onSave={(input) =>
            void action.run(async () => {
              loaded.replaceLine(await api.segments.patchLine(segment.no, dialog.line.lineNo, input));
              setDialog(null);
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
          void action.run(async () => {
            await api.segments.remove(segment.no);
            onClose();
          })
        }
      />
    </div>
  );
}
