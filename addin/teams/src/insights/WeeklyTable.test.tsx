import { screen, within } from '@testing-library/react';
import type { InteractionInsights } from '@interlog/api-client';
import { renderUi } from '../../../../test/support/components/render-ui';
import { WeeklyTable } from './WeeklyTable';

const sums = { costLcy: 0, durationMin: 0 };
const byTemplate: InteractionInsights = {
  from: '2026-11-02',
  to: '2026-11-15',
  by: 'template',
  weeks: ['2026-11-02', '2026-11-09'],
  series: [
    { key: 'EMAIL', name: 'E-mail', points: [{ week: '2026-11-09', noOfInteractions: 1200, ...sums }] },
    {
      key: 'OUTGCALL',
      name: 'Outgoing call',
      points: [
        { week: '2026-11-02', noOfInteractions: 2, ...sums },
        { week: '2026-11-09', noOfInteractions: 3, ...sums },
      ],
    },
    { key: '', name: '', points: [{ week: '2026-11-09', noOfInteractions: 1, ...sums }] },
  ],
  totals: { noOfInteractions: 1206, ...sums },
};

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('WeeklyTable', () => {
  test('When split by template, then each series is a column named with its code, a week without a point reads 0, and the total adds them', async () => {
    await renderUi(<WeeklyTable insights={byTemplate} label="Interactions per week" />);

    const table = screen.getByRole('table', { name: 'Interactions per week' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    const [, first, second] = within(table).getAllByRole('row');

    expect(headers).toEqual(['Week from', 'E-mail (EMAIL)', 'Outgoing call (OUTGCALL)', '(none)', 'Total']);
    expect(cells(first)).toEqual(['Nov 2, 2026', '0', '2', '0', '2']);
    expect(cells(second)).toEqual(['Nov 9, 2026', '1,200', '3', '1', '1,204']);
  });

  test('When the page is in Finnish, then the weeks and numbers are written the Finnish way', async () => {
    await renderUi(<WeeklyTable insights={byTemplate} label="Vuorovaikutukset" />, { language: 'fi' });

    const [, , second] = screen.getAllByRole('row');

    expect(cells(second)).toEqual(['9.11.2026', '1\u00a0200', '3', '1', '1\u00a0204']);
  });
});
