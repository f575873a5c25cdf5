import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import type { InteractionGroup, InteractionTemplate } from '@interlog/api-client';
import { TemplatePicker } from '@interlog/interactions';
import { renderUi } from '../../../../test/support/components/render-ui';

const template = (code: string, description: string, interactionGroupCode = ''): InteractionTemplate => ({
  code,
  description,
  interactionGroupCode,
  informationFlow: 'outbound',
  initiatedBy: 'us',
  unitCost: 0,
  unitDurationMin: 0,
  correspondenceType: 'email',
  ignoreContactCorrespondenceType: false,
  languageCode: '',
  campaignNo: '',
});

const groups: InteractionGroup[] = [
  { code: 'SALES', description: 'Sales' },
  { code: 'MEETINGS', description: 'Meetings' },
];
const templates = [
  template('QUOTE', 'Quote sent', 'SALES'),
  template('NOTE', 'Note'),
  template('VISIT', 'Customer visit', 'MEETINGS'),
  template('ORDER', 'Order confirmed', 'SALES'),
  template('CALL', 'Phone call', 'RETIRED-GROUP'),
];

/** The picker as a form holds it: the chosen code comes back through onChange. */
function Held({ initial = '', onChange }: { initial?: string; onChange: (template: InteractionTemplate) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <TemplatePicker
      templates={templates}
      groups={groups}
      value={value}
      onChange={(chosen) => {
        onChange(chosen);
        setValue(chosen.code);
      }}
    />
  );
}

describe('TemplatePicker', () => {
  test('When nothing is chosen, then the required field shows its placeholder', async () => {
    const { i18n } = await renderUi(<Held onChange={() => {}} />);

    const picker = await screen.findByRole('combobox', { name: new RegExp(i18n.t('form.template')) });

    expect({ text: picker.textContent, required: picker.getAttribute('aria-required') }).toEqual({
      text: i18n.t('form.templatePlaceholder'),
      required: 'true',
    });
  });

  test('When the list opens, then templates sit under their group in group code order, the ungrouped last', async () => {
    const { user, i18n } = await renderUi(<Held onChange={() => {}} />);

    await user.click(await screen.findByRole('combobox', { name: new RegExp(i18n.t('form.template')) }));
    const listbox = await screen.findByRole('listbox');
    const shown = within(listbox)
      .getAllByRole('group')
      .map((group) => ({
        group:
          group.getAttribute('aria-labelledby') &&
          document.getElementById(group.getAttribute('aria-labelledby')!)?.textContent,
        options: within(group)
          .getAllByRole('option')
          .map((option) => option.textContent),
      }));

    expect(shown).toEqual([
      { group: 'Meetings', options: ['Customer visit'] },
      { group: 'Sales', options: ['Quote sent', 'Order confirmed'] },
      { group: '—', options: ['Note', 'Phone call'] },
    ]);
  });

  test('When the user picks a template, then onChange gets the whole template and the field names it with its code', async () => {
    const onChange = jest.fn();
    const { user, i18n } = await renderUi(<Held onChange={onChange} />);

    await user.click(await screen.findByRole('combobox', { name: new RegExp(i18n.t('form.template')) }));
    await user.click(await screen.findByRole('option', { name: 'Order confirmed' }));

    expect(onChange.mock.calls).toEqual([[templates[3]]]);
    expect(screen.getByRole('combobox', { name: new RegExp(i18n.t('form.template')) }).textContent).toBe(
      'Order confirmed (ORDER)',
    );
  });

  test('When the user chooses with the keyboard, then arrows walk the list across groups and Enter picks', async () => {
    const onChange = jest.fn();
    const { user, i18n } = await renderUi(<Held initial="VISIT" onChange={onChange} />);

    const picker = await screen.findByRole('combobox', { name: new RegExp(i18n.t('form.template')) });
    await user.tab();
    expect(document.activeElement).toBe(picker);
    await user.keyboard('{ArrowDown}');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}{Enter}');

    expect(onChange.mock.calls.map(([chosen]) => chosen.code)).toEqual(['QUOTE']);
  });

  test('When the form says the template is missing, then the message is shown with the field', async () => {
    const { i18n } = await renderUi(
      <TemplatePicker
        templates={templates}
        groups={groups}
        value=""
        onChange={() => {}}
        validationMessage="Pick one"
      />,
    );

    const picker = await screen.findByRole('combobox', { name: new RegExp(i18n.t('form.template')) });
    const describedBy = (picker.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);

    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain('Pick one');
  });
});
