import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InputStandIn } from '@interlog/ui-kit';

describe('InputStandIn', () => {
  test('When a control is drawn as its stand-in, then the keyboard passes it by (the control replaces it)', async () => {
    render(
      <>
        <button>Before</button>
        <InputStandIn value="Email (EMAIL)" />
        <button>After</button>
      </>,
    );
    const user = userEvent.setup();
    const standIn = screen.getByRole('textbox') as HTMLInputElement;

    await user.tab();
    await user.tab();

    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After' }));
    expect(standIn.readOnly).toBe(true);
    expect(standIn.value).toBe('Email (EMAIL)');
  });
});
