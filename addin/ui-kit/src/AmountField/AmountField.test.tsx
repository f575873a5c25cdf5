import { useState } from 'react';
import { screen } from '@testing-library/react';
import { AmountField, amountOf } from '@interlog/ui-kit';
import { renderUi } from '../../../../test/support/components/render-ui';

/** The field as a form holds it: the value comes back through onChange. */
function Held({ initial, onChange }: { initial: number; onChange: (value: number) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <AmountField
      label="Cost"
      step={0.01}
      value={value}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  );
}

describe('AmountField', () => {
  test('When it shows a value, then the number box named by its label holds it and takes nothing below 0', async () => {
    await renderUi(<Held initial={12.5} onChange={() => {}} />);

    const input = screen.getByRole('spinbutton', { name: 'Cost' });

    expect(input).toHaveProperty('value', '12.5');
    expect(input.getAttribute('min')).toBe('0');
    expect(input.getAttribute('step')).toBe('0.01');
  });

  test('When the user types an amount, then the form gets it as a number', async () => {
    const changes: number[] = [];
    const { user } = await renderUi(<Held initial={0} onChange={(value) => changes.push(value)} />);
    const input = screen.getByRole('spinbutton', { name: 'Cost' });

    await user.clear(input);
    await user.type(input, '2.75');

    expect(changes.at(-1)).toBe(2.75);
  });

  test('When the user types a negative amount, then the form gets 0', async () => {
    const changes: number[] = [];
    const { user } = await renderUi(<Held initial={5} onChange={(value) => changes.push(value)} />);
    const input = screen.getByRole('spinbutton', { name: 'Cost' });

    await user.clear(input);
    await user.type(input, '-3');

    expect(changes.at(-1)).toBe(0);
  });
});

describe('amountOf', () => {
  test.each([
    ['1,5', 1.5],
    ['0.25', 0.25],
    ['', 0],
    ['abc', 0],
    ['-4', 0],
  ])('When the text is %j, then the amount is %d', (text, amount) => {
    expect(amountOf(text)).toBe(amount);
  });
});
