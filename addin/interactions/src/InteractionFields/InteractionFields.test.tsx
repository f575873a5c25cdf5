import { useState } from 'react';
import { fireEvent, screen } from '@testing-library/react';
import type { Salesperson } from '@interlog/api-client';
import { InteractionFields, type InteractionValues } from '@interlog/interactions';
import { renderUi } from '../../../../test/support/components/render-ui';

const salespeople: Salesperson[] = [
  { code: 'AA', name: 'Annette Hill', email: '' },
  { code: 'JR', name: 'Jim Olive', email: '' },
];

const values: InteractionValues = {
  templateCode: 'MEETING',
  description: 'Meeting with Ann',
  subject: 'Quarterly review',
  date: '2026-05-04T09:30',
  durationMin: 30,
  cost: 2.5,
  informationFlow: 'outbound',
  initiatedBy: 'us',
  evaluation: '',
  attemptFailed: false,
  salespersonCode: '',
  comment: '',
};

/** The fields as a form holds them: every change is applied and passed on. */
function Held({ onChange }: { onChange: (change: Partial<InteractionValues>) => void }) {
  const [current, setCurrent] = useState(values);
  return (
    <InteractionFields
      values={current}
      salespeople={salespeople}
      onChange={(change) => {
        onChange(change);
        setCurrent((previous) => ({ ...previous, ...change }));
      }}
    />
  );
}

describe('InteractionFields', () => {
  test('When a template filled the form, then its defaults are shown in labelled fields', async () => {
    const { i18n } = await renderUi(<Held onChange={() => {}} />);

    const shown = {
      description: (screen.getByRole('textbox', { name: i18n.t('form.description') }) as HTMLInputElement).value,
      date: (screen.getByLabelText(i18n.t('form.date')) as HTMLInputElement).value,
      time: ((await screen.findByRole('combobox', { name: i18n.t('form.time') })) as HTMLInputElement).value,
      duration: (screen.getByRole('spinbutton', { name: i18n.t('form.duration') }) as HTMLInputElement).value,
      cost: (screen.getByRole('spinbutton', { name: i18n.t('form.cost') }) as HTMLInputElement).value,
    };

    // In the UI language's formats (en here), not the browser's: the same value as 2026-05-04T09:30.
    expect(shown).toEqual({
      description: 'Meeting with Ann',
      date: 'May 4, 2026',
      time: '9:30 AM',
      duration: '30',
      cost: '2.5',
    });
  });

  test('When the user edits the description, then each change reaches onChange', async () => {
    const onChange = jest.fn();
    const { user, i18n } = await renderUi(<Held onChange={onChange} />);
    const description = screen.getByRole('textbox', { name: i18n.t('form.description') });

    await user.clear(description);
    await user.type(description, 'Call');

    expect(onChange.mock.calls.at(-1)).toEqual([{ description: 'Call' }]);
    expect((description as HTMLInputElement).value).toBe('Call');
  });

  test('When the duration or cost would go below zero, then zero is passed on', async () => {
    const onChange = jest.fn();
    const { i18n } = await renderUi(<Held onChange={onChange} />);

    fireEvent.input(screen.getByRole('spinbutton', { name: i18n.t('form.duration') }), { target: { value: '-5' } });
    fireEvent.input(screen.getByRole('spinbutton', { name: i18n.t('form.cost') }), { target: { value: '-0.5' } });

    expect(onChange.mock.calls).toEqual([[{ durationMin: 0 }], [{ cost: 0 }]]);
  });

  test('When the user types a cost, then it is passed on as a number', async () => {
    const onChange = jest.fn();
    const { user, i18n } = await renderUi(<Held onChange={onChange} />);
    const cost = screen.getByRole('spinbutton', { name: i18n.t('form.cost') });

    await user.clear(cost);
    await user.type(cost, '12.75');

    expect(onChange.mock.calls.at(-1)).toEqual([{ cost: 12.75 }]);
    expect((cost as HTMLInputElement).value).toBe('12.75');
  });

  test('When the form opens, then the details are folded away until the user opens More details', async () => {
    const { user, i18n } = await renderUi(<Held onChange={() => {}} />);
    const more = screen.getByRole('button', { name: i18n.t('form.moreDetails') });

    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('combobox', { name: i18n.t('form.informationFlow') })).toBeNull();

    await user.click(more);

    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect((await screen.findByRole('combobox', { name: i18n.t('form.informationFlow') })).textContent).toBe(
      i18n.t('flow.outbound'),
    );
    expect(screen.getByRole('combobox', { name: i18n.t('form.evaluation') }).textContent).toBe(
      i18n.t('evaluation.none'),
    );
  });

  test('When no salesperson is chosen, then the field says it comes from the contact; picking one passes its code', async () => {
    const onChange = jest.fn();
    const { user, i18n } = await renderUi(<Held onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: i18n.t('form.moreDetails') }));
    const salesperson = await screen.findByRole('combobox', { name: i18n.t('form.salesperson') });

    expect(salesperson.textContent).toBe(i18n.t('form.salespersonDefault'));

    await user.click(salesperson);
    await user.click(await screen.findByRole('option', { name: 'Jim Olive' }));

    expect(onChange.mock.calls).toEqual([[{ salespersonCode: 'JR' }]]);
    expect(salesperson.textContent).toBe('Jim Olive');
  });

  test('When the user marks the attempt failed, then onChange says so', async () => {
    const onChange = jest.fn();
    const { user, i18n } = await renderUi(<Held onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: i18n.t('form.moreDetails') }));

    await user.click(await screen.findByRole('checkbox', { name: i18n.t('form.attemptFailed') }));

    expect(onChange.mock.calls).toEqual([[{ attemptFailed: true }]]);
  });
});
