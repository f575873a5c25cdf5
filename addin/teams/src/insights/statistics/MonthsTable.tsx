import { TableCell, TableRow } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { RecordStatistics } from '@interlog/api-client';
import { useFormat } from '@interlog/i18n';
import { DataTable, useDataTableStyles } from '@interlog/ui-kit';

/** The last twelve months' sums, a row per month, the current month first. */
export function MonthsTable({
  perMonth,
  label,
  className,
}: {
  perMonth: RecordStatistics['perMonth'];
  label: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const table = useDataTableStyles();
  const month = new Intl.DateTimeFormat(format.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <DataTable
      aria-label={label}
      className={className}
      columns={[
        { key: 'month', label: t('insights.statistics.month') },
        { key: 'count', label: t('insights.statistics.noOfInteractions'), numeric: true },
        { key: 'cost', label: t('insights.statistics.costLcy'), numeric: true },
        { key: 'duration', label: t('insights.statistics.durationMin'), numeric: true },
      ]}
    >
      {[...perMonth].reverse().map((m) => (
        <TableRow key={m.month}>
          <TableCell>{month.format(new Date(`${m.month}-01T00:00:00Z`))}</TableCell>
          <TableCell className={table.number}>{format.number(m.noOfInteractions)}</TableCell>
          <TableCell className={table.number}>{format.amount(m.costLcy)}</TableCell>
          <TableCell className={table.number}>{format.number(m.durationMin)}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
