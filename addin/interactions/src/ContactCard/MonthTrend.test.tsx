import { screen, within } from '@testing-library/react';
import { renderUi } from '../../../../test/support/components/render-ui';
import { MonthTrend } from './MonthTrend';

const year = (counts: number[]) =>
  counts.map((noOfInteractions, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, noOfInteractions }));

describe('MonthTrend', () => {
  test('When months have interactions, then each month is a bar and the words name the total and the busiest month', async () => {
    await renderUi(<MonthTrend months={year([0, 1, 0, 0, 2, 0, 0, 0, 0, 4, 1, 0])} />);

    const trend = screen.getByRole('img', { name: '8 interactions in the last 12 months, most in October 2026' });
    expect(trend.querySelectorAll('rect')).toHaveLength(12);
    expect(trend.querySelector('rect[data-month="2026-10"]')!.getAttribute('height')).toBe('28');
  });

  test('When two months have the most, then the later one is named', async () => {
    await renderUi(<MonthTrend months={year([3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0])} />);

    screen.getByRole('img', { name: '6 interactions in the last 12 months, most in November 2026' });
  });

  test('When no month has an interaction, then the words say so', async () => {
    await renderUi(<MonthTrend months={year(Array(12).fill(0))} />);

    screen.getByRole('img', { name: 'No interactions in the last 12 months' });
  });

  test('The numbers are a table for screen readers, one row per month, in the user language', async () => {
    await renderUi(<MonthTrend months={year([0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0])} />, { language: 'fi' });

    const table = screen.getByRole('table', { name: 'Vuorovaikutukset kuukausittain' });
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    expect(within(table).getByRole('row', { name: 'lokakuu 2026 2' })).toBeTruthy();
  });
});
