import { screen } from '@testing-library/react';
import { MenuItem } from '@fluentui/react-components';
import { RowMenu } from '@interlog/ui-kit';
import { renderUi } from '../../../../test/support/components/render-ui';

function renderMenu() {
  const onEdit = jest.fn();
  const onDelete = jest.fn();
  const rendered = renderUi(
    <RowMenu label="Actions for segment SEG0001">
      <MenuItem onClick={onEdit}>Edit</MenuItem>
      <MenuItem onClick={onDelete}>Delete</MenuItem>
    </RowMenu>,
  );
  return { rendered, onEdit, onDelete };
}

describe('RowMenu', () => {
  test('When a row is shown, then its menu button is named after the row for screen readers', async () => {
    await renderMenu().rendered;

    expect(screen.getByRole('button', { name: 'Actions for segment SEG0001' })).toBeTruthy();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  test('When the user opens the menu, then it offers the row actions', async () => {
    const { user } = await renderMenu().rendered;

    await user.click(screen.getByRole('button', { name: 'Actions for segment SEG0001' }));
    const items = await screen.findAllByRole('menuitem');

    expect(items.map((item) => item.textContent)).toEqual(['Edit', 'Delete']);
  });

  test('When the user picks an action, then only that action runs and the menu closes', async () => {
    const { rendered, onEdit, onDelete } = renderMenu();
    const { user } = await rendered;

    await user.click(screen.getByRole('button', { name: 'Actions for segment SEG0001' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));

    expect({ edits: onEdit.mock.calls.length, deletes: onDelete.mock.calls.length }).toEqual({
      edits: 0,
      deletes: 1,
    });
    expect(screen.queryByRole('menu')).toBeNull();
  });

  test('When the user opens it with the keyboard, then Enter opens the menu and Escape closes it', async () => {
    const { user } = await renderMenu().rendered;

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Actions for segment SEG0001' }));
    await user.keyboard('{Enter}');
    await screen.findByRole('menu');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('menu')).toBeNull();
  });
});
