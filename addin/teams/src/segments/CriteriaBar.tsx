import { useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Toolbar,
  ToolbarDivider,
  makeStyles,
} from '@fluentui/react-components';
import {
  ArrowUndoRegular,
  PersonAddRegular,
  PersonDeleteRegular,
  FilterRegular,
  SaveRegular,
  HistoryRegular,
  ArrowRepeatAllRegular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { queryKeys, type CriteriaAction, type Segment, type CriteriaResult } from '@interlog/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ChoiceField, FormDialog, ProblemBar } from '@interlog/ui-kit';
import { useInterlog } from '@interlog/app-shell';
import type { ReferenceData } from '@interlog/interactions';
import { useFormat } from '@interlog/i18n';
import { useCompanies } from '../contacts/use-companies';
import { CriteriaDialog } from './CriteriaDialog';

type Open =
  | { kind: 'criteria'; action: CriteriaAction }
  | { kind: 'save' }
  | { kind: 'reuseCriteria' }
  | { kind: 'reuseLogged' }
  | null;
const useStyles = makeStyles({ toolbar: { flexWrap: 'wrap' } });

type ResultKey = 'add' | 'reduce' | 'refine' | 'undo' | 'reuseCriteria' | 'reuseLogged';
type Done = { key: ResultKey; result: CriteriaResult } | { key: 'saved'; code: string } | null;

function SaveCriteriaDialog({
  segment,
  busy,
  error,
  onSave,
  onCancel,
}: {
  segment: Segment;
  busy: boolean;
  error: unknown;
  onSave: (code: string, description: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [description, setDescription] = useState(segment.description);
  return (
    <FormDialog
      open
      title={t('segments.criteria.saveTitle')}
      submitLabel={t('segments.criteria.save')}
      busy={busy}
      error={error}
      submitDisabled={!code.trim()}
      onSubmit={() => onSave(code.trim(), description.trim())}
      onCancel={onCancel}
    >
      <Field label={t('segments.criteria.code')} required>
        <Input value={code} maxLength={20} onChange={(_, d) => setCode(d.value)} autoFocus />
      </Field>
      <Field label={t('segments.header.description')}>
        <Input value={description} maxLength={100} onChange={(_, d) => setDescription(d.value)} />
      </Field>
    </FormDialog>
  );
}

function PickDialog({
  title,
  label,
  submitLabel,
  choices,
  busy,
  error,
  onPick,
  onCancel,
}: {
  title: string;
  label: string;
  submitLabel: string;
  choices: { value: string; label: string }[] | undefined;
  busy: boolean;
  error: unknown;
  onPick: (value: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  return (
    <FormDialog
      open
      title={title}
      submitLabel={submitLabel}
      busy={busy}
      error={error}
      submitDisabled={!value}
      onSubmit={() => onPick(value)}
      onCancel={onCancel}
    >
      {choices && choices.length === 0 ? (
        <MessageBar>
          <MessageBarBody>{t('segments.criteria.nothingToPick')}</MessageBarBody>
        </MessageBar>
      ) : (
        <ChoiceField label={label} value={value} choices={choices ?? []} onChange={setValue} />
      )}
    </FormDialog>
  );
}

/**
 * Add, reduce and refine contacts by criteria, undo the last step, save the steps and reuse saved ones
 * or a logged segment.
 */
export function CriteriaBar({
  segment,
  reference,
  onChanged,
}: {
  segment: Segment;
  reference: ReferenceData;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const styles = useStyles();
  const { api } = useInterlog();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<Done>(null);
  const companies = useCompanies(open?.kind === 'criteria');
  const saved = useQuery({
    queryKey: queryKeys.savedCriteria,
    queryFn: () => api.savedCriteria.list().then((p) => p.items),
    enabled: open?.kind === 'reuseCriteria',
  });
  const logged = useQuery({
    queryKey: queryKeys.loggedSegments.choices,
    queryFn: () => api.loggedSegments.list().then((p) => p.items),
    enabled: open?.kind === 'reuseLogged',
  });

  // A criteria step changes the segment's lines and steps (the parent reads them again); saving criteria adds one.
  const action = useMutation({
    mutationFn: (request: () => Promise<Exclude<Done, null>>) => request(),
    onSuccess: (outcome) => {
      setOpen(null);
      setDone(outcome);
      if (outcome.key === 'saved') void queryClient.invalidateQueries({ queryKey: queryKeys.savedCriteria });
      onChanged();
    },
  });
  const interactionsOf = (count: number) => t('logged-segments.interactions', { count });
  const perform = (request: () => Promise<Exclude<Done, null>>) => !action.isPending && action.mutate(request);
  const step = (key: ResultKey, request: () => Promise<CriteriaResult>) =>
    perform(async () => ({ key, result: await request() }));
  const close = () => {
    setOpen(null);
    action.reset();
  };
  const show = (next: Open) => {
    action.reset();
    setDone(null);
    setOpen(next);
  };

  return (
    <>
      <Toolbar aria-label={t('segments.criteria.toolbar')} size="small" className={styles.toolbar}>
        <Button
          appearance="subtle"
          icon={<PersonAddRegular />}
          onClick={() => show({ kind: 'criteria', action: 'add' })}
        >
          {t('segments.criteria.open.add')}
        </Button>
        <Button
          appearance="subtle"
          icon={<PersonDeleteRegular />}
          onClick={() => show({ kind: 'criteria', action: 'reduce' })}
          disabled={segment.noOfLines === 0}
        >
          {t('segments.criteria.open.reduce')}
        </Button>
        <Button
          appearance="subtle"
          icon={<FilterRegular />}
          onClick={() => show({ kind: 'criteria', action: 'refine' })}
          disabled={segment.noOfLines === 0}
        >
          {t('segments.criteria.open.refine')}
        </Button>
        <Button
          appearance="subtle"
          icon={<ArrowUndoRegular />}
          disabled={segment.noOfCriteriaSteps === 0 || action.isPending}
          onClick={() => {
            setDone(null);
            step('undo', () => api.segments.undo(segment.no));
          }}
        >
          {t('segments.criteria.undo')}
        </Button>
        <ToolbarDivider />
        <Button
          appearance="subtle"
          icon={<SaveRegular />}
          disabled={segment.noOfCriteriaSteps === 0}
          onClick={() => show({ kind: 'save' })}
        >
          {t('segments.criteria.saveOpen')}
        </Button>
        <Button appearance="subtle" icon={<ArrowRepeatAllRegular />} onClick={() => show({ kind: 'reuseCriteria' })}>
          {t('segments.criteria.reuseOpen')}
        </Button>
        <Button appearance="subtle" icon={<HistoryRegular />} onClick={() => show({ kind: 'reuseLogged' })}>
          {t('segments.criteria.reuseLoggedOpen')}
        </Button>
      </Toolbar>
      {!open && <ProblemBar error={action.error} onDismiss={action.reset} />}
      {done && (
        <MessageBar intent="success" aria-live="polite">
          <MessageBarBody>
            {done.key === 'saved'
              ? t('segments.criteria.done.saved', { code: done.code })
              : t(`segments.criteria.done.${done.key}`, {
                  count: done.result.changed,
                  lines: format.number(done.result.noOfLines),
                })}
          </MessageBarBody>
        </MessageBar>
      )}
      {open?.kind === 'criteria' && (
        <CriteriaDialog
          action={open.action}
          companies={companies.data ?? []}
          salespeople={reference.salespeople}
          busy={action.isPending}
          error={action.error}
          onApply={(filter, allowExisting) =>
            step(open.action, () =>
              api.segments.applyCriteria(
                segment.no,
                open.action,
                filter,
                open.action === 'add' ? allowExisting : undefined,
              ),
            )
          }
          onCancel={close}
        />
      )}
      {open?.kind === 'save' && (
        <SaveCriteriaDialog
          segment={segment}
          busy={action.isPending}
          error={action.error}
          onCancel={close}
          onSave={(code, description) =>
            perform(async () => ({
              key: 'saved',
              code: (await api.segments.saveCriteria(segment.no, code, description)).code,
            }))
          }
        />
      )}
      {open?.kind === 'reuseCriteria' && (
        <PickDialog
          title={t('segments.criteria.reuseTitle')}
          label={t('segments.criteria.savedCriteria')}
          submitLabel={t('segments.criteria.reuse')}
          choices={saved.data?.map((c) => ({
            value: c.code,
            label: `${c.code} — ${c.description} (${t('segments.criteria.steps', { count: c.steps.length })})`,
          }))}
          busy={action.isPending}
          error={action.error ?? (saved.status === 'error' ? saved.error : null)}
          onPick={(code) => step('reuseCriteria', () => api.segments.reuseCriteria(segment.no, code))}
          onCancel={close}
        />
      )}
      {open?.kind === 'reuseLogged' && (
        <PickDialog
          title={t('segments.criteria.reuseLoggedTitle')}
          label={t('segments.criteria.loggedSegment')}
          submitLabel={t('segments.criteria.reuse')}
          choices={logged.data?.map((l) => ({
            value: String(l.entryNo),
            label: `${l.entryNo} — ${l.description || l.segmentNo} (${interactionsOf(l.noOfInteractions)})`,
          }))}
          busy={action.isPending}
          error={action.error ?? (logged.status === 'error' ? logged.error : null)}
          onPick={(entryNo) => step('reuseLogged', () => api.segments.reuseLoggedSegment(segment.no, Number(entryNo)))}
          onCancel={close}
        />
      )}
    </>
  );
}
