import {
  Badge,
  Caption1,
  MenuItem,
  mergeClasses,
  TableCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Evaluation, InteractionLogEntry } from '@interlog/api-client';
import { DataTable, NameWithNo, RowMenu, useDataTableStyles } from '@interlog/ui-kit';
import { EntryComment } from '@interlog/interactions';
import { useFormat } from '@interlog/i18n';
import { EvaluateMenu } from './EvaluateMenu';

const useStyles = makeStyles({
  // The table scrolls inside the tab instead of widening it, and no taller than the window, so its sideways
  // scroll bar is on screen with the rows; the header row stays above them.
  scroll: {
    minWidth: 0,
    maxHeight: 'max(20rem, calc(100vh - 10rem))',
    overflowY: 'auto',
    '& thead': { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  },
  nowrap: { whiteSpace: 'nowrap' },
  // A description wraps only when it is long, not into a column of single words.
  description: { minWidth: '9rem' },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  canceled: { color: tokens.colorNeutralForeground3 },
  secondary: { color: tokens.colorNeutralForeground3 },
  comment: { minWidth: '12rem' },
});

export interface LogTableProps {
  entries: InteractionLogEntry[];
  /** Changes are off while another action runs. */
  busy?: boolean;
  onCancel: (entry: InteractionLogEntry, canceled: boolean) => void;
  onEvaluate: (entry: InteractionLogEntry, evaluation: Evaluation) => void;
}

/** Interaction log entries, newest first, each with Cancel/Restore and Evaluate. */
export function LogTable({ entries, busy, onCancel, onEvaluate }: LogTableProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const table = useDataTableStyles();
  const format = useFormat();
  return (
    <DataTable
      className={styles.scroll}
      aria-label={t('interaction-log.title')}
      columns={[
        { key: 'entryNo', label: t('logged-segments.entryNo') },
        // Next to the entry, not pinned over the other columns: every column stays reachable by scrolling.
        // The column of "…" buttons is named for screen readers only: a visible title would widen it.
        { key: 'actions', label: t('segments.lines.actions'), labelHidden: true },
        { key: 'date', label: t('form.date') },
        { key: 'contact', label: t('timeline.contact') },
        { key: 'description', label: t('form.description'), className: styles.description },
        { key: 'template', label: t('form.template') },
        { key: 'informationFlow', label: t('form.informationFlow') },
        { key: 'initiatedBy', label: t('form.initiatedBy') },
        { key: 'cost', label: t('form.cost'), numeric: true },
        { key: 'duration', label: t('interaction-log.duration'), numeric: true },
        { key: 'evaluation', label: t('form.evaluation') },
        { key: 'salesperson', label: t('form.salesperson') },
        { key: 'segment', label: t('interaction-log.segment') },
        { key: 'status', label: t('logged-segments.status') },
        { key: 'comment', label: t('form.comment'), className: styles.comment },
      ]}
    >
      {entries.map((entry) => (
        <TableRow
          key={entry.entryNo}
          data-testid={`log-entry-${entry.entryNo}`}
          className={mergeClasses(entry.canceled && styles.canceled)}
        >
          <TableCell>{entry.entryNo}</TableCell>
          <TableCell>
            <RowMenu label={t('interaction-log.actionsFor', { entryNo: entry.entryNo })}>
              {!entry.postponed && (
                <MenuItem disabled={busy} onClick={() => onCancel(entry, !entry.canceled)}>
                  {t(entry.canceled ? 'interaction-log.restore' : 'interaction-log.cancel')}
                </MenuItem>
              )}
              <EvaluateMenu value={entry.evaluation} onChange={(evaluation) => onEvaluate(entry, evaluation)} />
            </RowMenu>
          </TableCell>
          <TableCell className={styles.nowrap}>{format.dateTime(entry.date)}</TableCell>
          <TableCell>
            <NameWithNo name={entry.contactName} no={entry.contactNo} />
            {entry.contactCompanyName && entry.contactCompanyNo !== entry.contactNo && (
              <Caption1 block className={styles.secondary}>
                {entry.contactCompanyName}
              </Caption1>
            )}
          </TableCell>
          <TableCell className={styles.description}>
            {entry.description}
            {entry.subject && entry.subject !== entry.description && (
              <Caption1 block className={styles.secondary}>
                {entry.subject}
              </Caption1>
            )}
          </TableCell>
          <TableCell>
            <NameWithNo name={entry.templateDescription} no={entry.templateCode} />
          </TableCell>
          <TableCell>{t(`flow.${entry.informationFlow || 'none'}`)}</TableCell>
          <TableCell>{t(`initiated.${entry.initiatedBy || 'none'}`)}</TableCell>
          <TableCell className={mergeClasses(table.number, styles.nowrap)}>{format.amount(entry.cost)}</TableCell>
          <TableCell className={mergeClasses(table.number, styles.nowrap)}>
            {format.number(entry.durationMin)}
          </TableCell>
          <TableCell>
            {entry.evaluation ? t(`evaluation.${entry.evaluation as Exclude<Evaluation, ''>}`) : ''}
          </TableCell>
          <TableCell>
            <NameWithNo name={entry.salespersonName} no={entry.salespersonCode} />
          </TableCell>
          <TableCell className={styles.nowrap}>
            {[entry.segmentNo, entry.loggedSegmentEntryNo ? `#${entry.loggedSegmentEntryNo}` : '']
              .filter(Boolean)
              .join(' ')}
          </TableCell>
          <TableCell>
            <span className={styles.badges}>
              {entry.canceled && (
                <Badge color="danger" appearance="tint">
                  {t('logged-segments.canceled')}
                </Badge>
              )}
              {entry.postponed && (
                <Badge color="warning" appearance="tint">
                  {t('interaction-log.postponedBadge')}
                </Badge>
              )}
            </span>
          </TableCell>
          <TableCell className={styles.comment}>
            <EntryComment entry={entry} />
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
