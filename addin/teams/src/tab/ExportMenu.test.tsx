import { screen } from '@testing-library/react';
import { ExportMenu } from './ExportMenu';
import { renderUi } from '../../../../test/support/components/render-ui';

describe('ExportMenu', () => {
  test('When the user opens Export, then it offers Excel and CSV, and a pick exports that format', async () => {
    const onExport = jest.fn();
    const { user } = await renderUi(<ExportMenu busy={false} onExport={onExport} />);

    await user.click(screen.getByRole('button', { name: 'Export' }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['Excel workbook (.xlsx)', 'CSV file (.csv)']);
    await user.click(screen.getByRole('menuitem', { name: 'CSV file (.csv)' }));

    expect(onExport.mock.calls).toEqual([['csv']]);
  });

  test('While a file downloads, then the button says so and cannot start another', async () => {
    await renderUi(<ExportMenu busy onExport={jest.fn()} />, { language: 'fi' });

    const button = screen.getByRole('button', { name: 'Viedään…' });
    expect(button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true').toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
  });
});
