import { screen } from '@testing-library/react';
import { Button, TableCell, TableRow } from '@fluentui/react-components';
import { DataTable } from '@interlog/ui-kit';
import { renderUi } from '../../../../test/support/components/render-ui';

const columns = [
  { key: 'no', label: 'Entry no.' },
  { key: 'actions', label: 'Actions', labelHidden: true },
];

describe('DataTable', () => {
  test("When a column's heading is for screen readers only, then the column is still named and its cells carry the name for a phone's cards", async () => {
    await renderUi(
      <DataTable columns={columns} aria-label="Entries">
        <TableRow>
          <TableCell>7</TableCell>
          <TableCell>
            <Button aria-label="Actions for entry 7">…</Button>
          </TableCell>
        </TableRow>
      </DataTable>,
    );

    const heading = screen.getByRole('columnheader', { name: 'Actions' });
    const shown = heading.querySelector('span');
    const menuCell = screen.getByRole('button', { name: 'Actions for entry 7' }).closest('td');

    expect({ hiddenSpan: shown?.textContent, cardLabel: menuCell?.getAttribute('data-label') }).toEqual({
      hiddenSpan: 'Actions',
      cardLabel: 'Actions',
    });
    expect(getComputedStyle(shown!).position).toBe('absolute');
  });
});
