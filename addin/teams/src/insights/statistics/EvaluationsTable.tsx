import { TableCell, TableRow } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { RecordStatistics } from '@interlog/api-client';
import { useFormat } from '@interlog/i18n';
import { DataTable, useDataTableStyles } from '@interlog/ui-kit';
import { evaluationKeys } from './statistics-figures';

/** How many entries got each evaluation (very positive … very negative, none). */
export function EvaluationsTable({
  evaluations,
  label,
  className,
}: {
  evaluations: RecordStatistics['evaluations'];
  label: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const table = useDataTableStyles();
  return (
    <DataTable
      aria-label={label}
      className={className}
      columns={[
        { key: 'evaluation', label: t('insights.statistics.evaluation') },
        { key: 'entries', label: t('insights.statistics.entries'), numeric: true },
      ]}
    >
      {evaluationKeys.map((key) => (
        <TableRow key={key}>
          <TableCell>{t(`evaluation.${key}`)}</TableCell>
          <TableCell className={table.number}>{format.number(evaluations[key] ?? 0)}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
