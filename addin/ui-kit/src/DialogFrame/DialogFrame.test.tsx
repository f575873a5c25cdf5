import { useState } from 'react';
import { screen, waitFor } from '@testing-library/react';
import { Button } from '@fluentui/react-components';
import { ConfirmDialog, FormDialog } from '@interlog/ui-kit';
import { renderUi } from '../../../../test/support/components/render-ui';

/** A page button that opens a form dialog the way the pages do: rendered only while open. */
function OpensAForm() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Save criteria…</Button>
      {open && (
        <FormDialog
          open
          title="Save the criteria"
          submitLabel="Save"
          onSubmit={() => setOpen(false)}
          onCancel={() => setOpen(false)}
        >
          <input aria-label="Code" />
        </FormDialog>
      )}
    </>
  );
}

/** A page button whose question stays rendered and is shown and hidden by `open`. */
function AsksAQuestion() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Delete…</Button>
      <ConfirmDialog
        open={open}
        title="Delete it?"
        body="It goes."
        confirmLabel="Delete"
        cancelLabel="Keep"
        onConfirm={() => setOpen(false)}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}

describe('DialogFrame', () => {
  test.each([
    ['submitted', 'Save'],
    ['canceled', 'Cancel'],
  ])('When a dialog opened from a button is %s, then the keyboard is back on that button', async (_, action) => {
    const { user } = await renderUi(<OpensAForm />);
    const opener = screen.getByRole('button', { name: 'Save criteria…' });
    opener.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('dialog', { name: 'Save the criteria' });

    await user.click(screen.getByRole('button', { name: action }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  test('When a dialog is left with Escape, then the keyboard is back on the button that opened it', async () => {
    const { user } = await renderUi(<OpensAForm />);
    const opener = screen.getByRole('button', { name: 'Save criteria…' });
    await user.click(opener);
    await screen.findByRole('dialog');

    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  test('When a question that stays rendered is answered, then the keyboard is back on the button that asked it', async () => {
    const { user } = await renderUi(<AsksAQuestion />);
    const opener = screen.getByRole('button', { name: 'Delete…' });
    await user.click(opener);
    await screen.findByRole('alertdialog', { name: 'Delete it?' });

    await user.click(screen.getByRole('button', { name: 'Keep' }));

    await waitFor(() => expect(document.activeElement).toBe(opener));
  });
});
