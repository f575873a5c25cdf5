import { useState } from 'react';
import { screen } from '@testing-library/react';
import { ChoiceField, type Choice } from '@interlog/ui-kit';
import { renderUi } from '../../../../test/support/components/render-ui';

type Flow = 'outbound' | 'inbound' | '';
const flows: Choice<Flow>[] = [
  { value: 'outbound', label: 'Outbound' },
  { value: 'inbound', label: 'Inbound' },
  { value: '', label: 'None' },
];

/** The field as a form holds it: the value comes back through onChange. */
function Held({ initial, onChange }: { initial: Flow; onChange: (value: Flow) => void }) {
  const [value, setValue] = useState<Flow>(initial);
  return (
    <ChoiceField
      label="Information flow"
      value={value}
      choices={flows}
      hint="Which way the information went"
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  );
}

describe('ChoiceField', () => {
  test('When it shows a value, then the combobox named by its label reads that choice', async () => {
    await renderUi(<Held initial="inbound" onChange={() => {}} />);

    const field = screen.getByRole('combobox', { name: /Information flow/ });

    expect(field.textContent).toBe('Inbound');
  });

  test('When the list opens, then every choice is offered in order with the current one selected', async () => {
    const { user } = await renderUi(<Held initial="inbound" onChange={() => {}} />);

    await user.click(screen.getByRole('combobox', { name: /Information flow/ }));
    const options = await screen.findAllByRole('option');

    expect(options.map((option) => [option.textContent, option.getAttribute('aria-selected')])).toEqual([
      ['Outbound', 'false'],
      ['Inbound', 'true'],
      ['None', 'false'],
    ]);
  });

  test('When the user picks a choice, then onChange gets its value and the field shows its label', async () => {
    const onChange = jest.fn();
    const { user } = await renderUi(<Held initial="outbound" onChange={onChange} />);

    await user.click(screen.getByRole('combobox', { name: /Information flow/ }));
    await user.click(await screen.findByRole('option', { name: 'None' }));

    expect(onChange.mock.calls).toEqual([['']]);
    expect(screen.getByRole('combobox', { name: /Information flow/ }).textContent).toBe('None');
  });

  test('When the user chooses with the keyboard, then arrow keys and Enter pick the next choice', async () => {
    const onChange = jest.fn();
    const { user } = await renderUi(<Held initial="outbound" onChange={onChange} />);

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /Information flow/ }));
    await user.keyboard('{ArrowDown}');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}{Enter}');

    expect(onChange.mock.calls).toEqual([['inbound']]);
  });

  test('When it has a hint, then the hint describes the field', async () => {
    await renderUi(<Held initial="outbound" onChange={() => {}} />);

    const field = screen.getByRole('combobox', { name: /Information flow/ });
    const describedBy = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);

    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain(
      'Which way the information went',
    );
  });
});
