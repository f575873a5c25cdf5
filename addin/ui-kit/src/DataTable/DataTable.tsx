import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import {
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { visuallyHidden } from '../styles/visually-hidden';

/** Up to this width (Teams mobile) a table's rows are cards, each value under its column's name. */
const PHONE = '@media (max-width: 520px)';

export const useDataTableStyles = makeStyles({
  // Wider pages scroll the table sideways instead of squeezing it.
  scroll: { overflowX: 'auto' },
  // Columns sized to their content (Fluent's default fixed layout squeezes dates and overlaps long headers).
  table: { tableLayout: 'auto' },
  number: { textAlign: 'end' },
  hiddenLabel: visuallyHidden,
  cards: {
    [PHONE]: {
      '& thead': { display: 'none' },
      '& tbody, & tr, & td': { display: 'block', width: 'auto', height: 'auto' },
      '& tr': {
        paddingBlock: tokens.spacingVerticalS,
        borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      },
      // The column's name on the left, the cell's content stacked on the right.
      '& td': {
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 9rem) minmax(0, 1fr)',
        columnGap: tokens.spacingHorizontalS,
        alignItems: 'start',
        minHeight: 'auto',
        paddingBlock: tokens.spacingVerticalXXS,
        textAlign: 'start',
        whiteSpace: 'normal',
        overflowWrap: 'anywhere',
      },
      '& td > *': { gridColumn: 2, justifySelf: 'start' },
      '& td[data-label]::before': {
        content: 'attr(data-label)',
        gridColumn: 1,
        gridRow: '1 / span 4',
        overflowWrap: 'break-word',
        color: tokens.colorNeutralForeground3,
      },
      '& td:empty': { display: 'none' },
    },
  },
});

export interface DataTableColumn {
  key: string;
  label: ReactNode;
  /** A number or an amount: the heading aligns to the end like its values. */
  numeric?: boolean;
  /** The heading is for screen readers only (a column of row menus); a phone's cards still show it. */
  labelHidden?: boolean;
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

/** Each cell of each row gets its column's name (as text), which the phone layout shows before the value. */
function labelCells(rows: ReactNode, columns: DataTableColumn[]): ReactNode {
  return Children.map(rows, (row) => {
    if (!isValidElement<{ children?: ReactNode }>(row)) return row;
    let index = 0;
    const cells = Children.map(row.props.children, (cell) => {
      if (!isValidElement(cell)) return cell;
      const label = columns[index++]?.label;
      return typeof label === 'string'
        ? cloneElement(cell as ReactElement<{ 'data-label'?: string }>, { 'data-label': label })
        : cell;
    });
    return cloneElement(row, {}, cells);
  });
}

/**
 * A small table with one header row of the given columns: it scrolls sideways on a narrow page, and on a phone its
 * rows become cards so the page never scrolls sideways.
 */
export function DataTable({ columns, children, className, ...aria }: DataTableProps) {
  const styles = useDataTableStyles();
  return (
    <div className={mergeClasses(styles.scroll, className)}>
      <Table className={mergeClasses(styles.table, styles.cards)} size="small" {...aria}>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell
                key={column.key}
                className={mergeClasses(column.numeric && styles.number, column.className)}
              >
                {column.labelHidden ? <span className={styles.hiddenLabel}>{column.label}</span> : column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{labelCells(children, columns)}</TableBody>
      </Table>
    </div>
  );
}
