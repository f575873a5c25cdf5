import type { ReactNode } from 'react';
import {
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
} from '@fluentui/react-components';

export const useDataTableStyles = makeStyles({
  // Narrow pages scroll the table sideways instead of squeezing it.
  scroll: { overflowX: 'auto' },
  // Columns sized to their content (Fluent's default fixed layout squeezes dates and overlaps long headers).
  table: { tableLayout: 'auto' },
  number: { textAlign: 'end' },
});

export interface DataTableColumn {
  key: string;
  label: ReactNode;
  /** A number or an amount: the heading aligns to the end like its values. */
  numeric?: boolean;
  className?: string;
}

export interface DataTableProps {
  columns: DataTableColumn[];
  /** The rows (TableRow elements). */
  children: ReactNode;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  /** For the scrolling box around the table. */
  className?: string;
}

/** A small table that scrolls sideways on a narrow page, with one header row of the given columns. */
export function DataTable({ columns, children, className, ...aria }: DataTableProps) {
  const styles = useDataTableStyles();
  return (
    <div className={mergeClasses(styles.scroll, className)}>
      <Table className={styles.table} size="small" {...aria}>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell
                key={column.key}
                className={mergeClasses(column.numeric && styles.number, column.className)}
              >
                {column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </div>
  );
}
