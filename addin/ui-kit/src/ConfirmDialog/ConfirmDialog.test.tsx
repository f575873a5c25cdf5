import { screen } from '@testing-library/react';
import { ConfirmDialog } from '@interlog/ui-kit';
import { renderUi } from '../../../../test/support/components/render-ui';

function renderDialog(open = true) {
  const onConfirm = jest.fn();
  const onCancel = jest.fn();
  const rendered = renderUi(
    <ConfirmDialog
      open={open}
      title="Delete the segment?"
      body="Its lines go with it."
      confirmLabel="Delete"
      cancelLabel="Keep"
      onConfirm={onConfirm}
      onCancel={onCancel}
    />,
  );
  return { rendered, onConfirm, onCancel };
}

describe('ConfirmDialog', () => {
  test('When it is open, then it asks its question as an alert dialog named by its title', async () => {
    const { rendered } = renderDialog();
    await rendered;

    const dialog = await screen.findByRole('alertdialog', { name: 'Delete the segment?' });

    expect(dialog.textContent).toContain('Its lines go with it.');
  });

  test('When it is closed, then nothing is shown', async () => {
    const { rendered } = renderDialog(false);
    await rendered;

    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  test('When the user confirms, then onConfirm runs once and onCancel does not', async () => {
    const { rendered, onConfirm, onCancel } = renderDialog();
    const { user } = await rendered;

    await user.click(await screen.findByRole('button', { name: 'Delete' }));

    expect({ confirmed: onConfirm.mock.calls.length, cancelled: onCancel.mock.calls.length }).toEqual({
      confirmed: 1,
      cancelled: 0,
    });
  });

  test('When the user cancels, then onCancel runs once and onConfirm does not', async () => {
    const { rendered, onConfirm, onCancel } = renderDialog();
    const { user } = await rendered;

    await user.click(await screen.findByRole('button', { name: 'Keep' }));

    expect({ confirmed: onConfirm.mock.calls.length, cancelled: onCancel.mock.calls.length }).toEqual({
      confirmed: 0,
      cancelled: 1,
    });
  });

  test('When the user presses Escape, then the question is cancelled', async () => {
    const { rendered, onConfirm, onCancel } = renderDialog();
    const { user } = await rendered;
    await screen.findByRole('alertdialog');

    await user.keyboard('{Escape}');

    expect({ confirmed: onConfirm.mock.calls.length, cancelled: onCancel.mock.calls.length }).toEqual({
      confirmed: 0,
      cancelled: 1,
    });
  });
});
