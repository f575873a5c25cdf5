import { Badge, Menu, MenuItem, MenuItemRadio, MenuList, MenuPopover, MenuTrigger, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { RowMenu } from '../../../ui-kit/src/RowMenu/RowMenu';
import { useTranslation } from 'react-i18next';
import type { Evaluation, InteractionLogEntry } from '../../../api-client/src/resources';
import { useFormat } from '../../../i18n/src/use-format';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  // Columns sized to their content (Fluent's default fixed layout squeezes dates and overlaps long headers).
  table: { tableLayout: 'auto' },
  number: { textAlign: 'end', whiteSpace: 'nowrap' },
  nowrap: { whiteSpace: 'nowrap' },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  canceled: { color: tokens.colorNeutralForeground3 },
});

const evaluations: Evaluation[] = ['veryPositive', 'positive', 'neutral', 'negative', 'veryNegative', ''];

export interface LogTableProps {
  entries: InteractionLogEntry[];
  onCancel: (entry: InteractionLogEntry, canceled: boolean) => void;
  onEvaluate: (entry: InteractionLogEntry, evaluation: Evaluation) => void;
}

/** Interaction log entries, newest first, each with Cancel/Restore and Evaluate. */
export function LogTable({ entries, onCancel, onEvaluate }: LogTableProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const format = useFormat();
  return (
    <div className={styles.scroll}>
      <Table className={styles.table} size="small" aria-label={t('log.title')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('segments.logged.entryNo')}</TableHeaderCell>
            <TableHeaderCell>{t('form.date')}</TableHeaderCell>
            <TableHeaderCell>{t('segments.lines.contactNo')}</TableHeaderCell>
            <TableHeaderCell>{t('form.description')}</TableHeaderCell>
            <TableHeaderCell>{t('segments.lines.field.templateCode')}</TableHeaderCell>
            <TableHeaderCell>{t('form.informationFlow')}</TableHeaderCell>
            <TableHeaderCell>{t('form.initiatedBy')}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t('form.cost')}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t('log.duration')}</TableHeaderCell>
            <TableHeaderCell>{t('form.evaluation')}</TableHeaderCell>
            <TableHeaderCell>{t('form.salesperson')}</TableHeaderCell>
            <TableHeaderCell>{t('log.segment')}</TableHeaderCell>
            <TableHeaderCell>{t('segments.logged.status')}</TableHeaderCell>
            <TableHeaderCell>{t('segments.lines.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.entryNo} data-testid={`log-entry-${entry.entryNo}`} className={entry.canceled ? styles.canceled : undefined}>
              <TableCell>{entry.entryNo}</TableCell>
              <TableCell className={styles.nowrap}>{format.dateTime(entry.date)}</TableCell>
              <TableCell>{entry.contactNo}</TableCell>
              <TableCell>{entry.description}</TableCell>
              <TableCell>{entry.templateCode}</TableCell>
              <TableCell>{t(`flow.${entry.informationFlow || 'none'}`)}</TableCell>
              <TableCell>{t(`initiated.${entry.initiatedBy || 'none'}`)}</TableCell>
              <TableCell className={styles.number}>{format.amount(entry.cost)}</TableCell>
              <TableCell className={styles.number}>{format.number(entry.durationMin)}</TableCell>
              <TableCell>{entry.evaluation ? t(`evaluation.${entry.evaluation as Exclude<Evaluation, ''>}`) : ''}</TableCell>
              <TableCell>{entry.salespersonCode}</TableCell>
              <TableCell>{[entry.segmentNo, entry.loggedSegmentEntryNo ? `#${entry.loggedSegmentEntryNo}` : ''].filter(Boolean).join(' ')}</TableCell>
              <TableCell>
                <span className={styles.badges}>
                  {entry.canceled && <Badge color="danger" appearance="tint">{t('segments.logged.canceled')}</Badge>}
                  {entry.postponed && <Badge color="warning" appearance="tint">{t('log.postponedBadge')}</Badge>}
                </span>
              </TableCell>
              <TableCell>
                <RowMenu label={t('log.actionsFor', { entryNo: entry.entryNo })}>
                      {!entry.postponed && <MenuItem onClick={() => onCancel(entry, !entry.canceled)}>{t(entry.canceled ? 'log.restore' : 'log.cancel')}</MenuItem>}
                      <Menu>
                        <MenuTrigger disableButtonEnhancement>
                          <MenuItem>{t('log.evaluate')}</MenuItem>
                        </MenuTrigger>
                        <MenuPopover>
                          <MenuList checkedValues={{ evaluation: [entry.evaluation] }} onCheckedValueChange={(_, d) => onEvaluate(entry, d.checkedItems[0] as Evaluation)}>
                            {evaluations.map((value) => (
                              <MenuItemRadio key={value || 'none'} name="evaluation" value={value}>{t(`evaluation.${value || 'none'}`)}</MenuItemRadio>
                            ))}
                          </MenuList>
                        </MenuPopover>
                      </Menu>
                </RowMenu>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
