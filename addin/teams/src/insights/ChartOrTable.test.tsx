import { screen, within } from '@testing-library/react';
import { renderUi } from '../../../../test/support/components/render-ui';
import { ChartOrTable } from './ChartOrTable';

const shown = () => (
  <ChartOrTable
    title="Interactions per week"
    description="Stacked bars, one per week."
    chart={<svg data-testid="chart" />}
    table={<table aria-label="Interactions per week" />}
  />
);

describe('ChartOrTable', () => {
  test('When it opens, then the chart shows inside a figure named by the title and described by the description', async () => {
    await renderUi(shown());

    const figure = screen.getByRole('figure', { name: 'Interactions per week' });

    const description = document.getElementById(figure.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('Stacked bars, one per week.');
    expect(within(figure).queryByTestId('chart')).not.toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  test('When Show as table is switched on, then the table replaces the chart, and switched off the chart comes back', async () => {
    const { user } = await renderUi(shown());

    await user.click(screen.getByRole('switch', { name: 'Show as table' }));

    expect(screen.queryByRole('table', { name: 'Interactions per week' })).not.toBeNull();
    expect(screen.queryByTestId('chart')).toBeNull();
    await user.click(screen.getByRole('switch', { name: 'Show as table' }));
    expect(screen.queryByTestId('chart')).not.toBeNull();
  });
});
