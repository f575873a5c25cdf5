import { screen } from '@testing-library/react';
import { CreateFromCorrespondentDialog, type CreateChoices } from './CreateFromCorrespondentDialog';
import { renderUi } from '../../../../../test/support/components/render-ui';

const correspondent = (over: Partial<{ address: string; name: string; itemCount: number }> = {}) => ({
  address: 'lena.kivi@tailspin.example',
  name: 'Lena Kivi',
  firstSeenAt: '2026-12-01T10:00:00.000Z',
  lastSeenAt: '2026-12-02T10:00:00.000Z',
  itemCount: 4,
  seenBy: ['user-1'],
  ...over,
});

type Props = Partial<Parameters<typeof CreateFromCorrespondentDialog>[0]>;
const renderDialog = (props: Props = {}, options?: Parameters<typeof renderUi>[1]) =>
  renderUi(
    <CreateFromCorrespondentDialog
      correspondent={correspondent()}
      busy={false}
      error={null}
      onCreate={jest.fn()}
      onCancel={jest.fn()}
      {...props}
    />,
    options,
  );

describe('CreateFromCorrespondentDialog', () => {
  test('When it opens, then the name is prefilled and recording the missed interactions is offered and ticked; Create sends both', async () => {
    const onCreate = jest.fn();
    const { user } = await renderDialog({ onCreate });

    expect((screen.getByRole('textbox', { name: /Name/ }) as HTMLInputElement).value).toBe('Lena Kivi');
    const box = screen.getByRole('checkbox', { name: 'Also record the 4 missed interactions' });
    expect((box as HTMLInputElement).checked).toBe(true);
    screen.getByText('The company is found from the domain tailspin.example, or created with its name.');
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Create contact' }));

    expect(onCreate.mock.calls).toEqual([[{ name: 'Lena Kivi', recordMissed: false }]]);
  });

  test('An address at a public mail service says it gets no company; without a display name the name starts from the address', async () => {
    await renderDialog(
      { correspondent: correspondent({ address: 'someone@gmail.com', name: '' }) },
      { language: 'fi' },
    );

    expect((screen.getByRole('textbox', { name: /Nimi/ }) as HTMLInputElement).value).toBe('someone');
    screen.getByText('Julkisen sähköpostipalvelun osoite ei saa yritystä.');
  });

  const template = (code: string, description: string) =>
    ({ code, description, interactionGroupCode: '', unitCostLcy: 0, unitDurationMin: 0 }) as never;
  const choices: CreateChoices = {
    companies: [{ no: 'C0009', name: 'Tailspin Toys', type: 'company' } as never],
    kinds: ['sent', 'meeting'],
    templates: [template('EMAIL', 'Email'), template('MEET', 'Meeting'), template('CALL', 'Phone call')],
    groups: [],
    templateSetup: { emails: 'EMAIL', meetingInvitation: 'MEET' } as never,
  };

  test('When another company or none is chosen, then Create sends it; the domain company is the default and sends none', async () => {
    const onCreate = jest.fn();
    const { user } = await renderDialog({ correspondent: correspondent({ itemCount: 0 }), choices, onCreate });

    await user.click(screen.getByRole('combobox', { name: 'Company' }));
    await user.click(screen.getByRole('option', { name: 'No company' }));
    await user.click(screen.getByRole('button', { name: 'Create contact' }));
    await user.click(screen.getByRole('combobox', { name: 'Company' }));
    await user.click(screen.getByRole('option', { name: 'Tailspin Toys (C0009)' }));
    await user.click(screen.getByRole('button', { name: 'Create contact' }));

    expect(onCreate.mock.calls).toEqual([
      [{ name: 'Lena Kivi', companyNo: '', recordMissed: false }],
      [{ name: 'Lena Kivi', companyNo: 'C0009', recordMissed: false }],
    ]);
  });

  test('Recording the missed interactions asks a template per kind of kept item, the setup’s first; the ones chosen are sent', async () => {
    const onCreate = jest.fn();
    const { user } = await renderDialog({ choices, onCreate });

    expect((await screen.findByRole('combobox', { name: /Template for sent emails/ })).textContent).toContain(
      'Email (EMAIL)',
    );
    await user.click(screen.getByRole('combobox', { name: /Template for meetings/ }));
    await user.click(screen.getByRole('option', { name: 'Phone call' }));
    expect(screen.queryByLabelText(/Template for received emails/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Create contact' }));

    expect(onCreate.mock.calls).toEqual([
      [{ name: 'Lena Kivi', recordMissed: true, templates: { sent: 'EMAIL', meeting: 'CALL' } }],
    ]);
  });

  test('With no template for a kind of kept item, Create waits until one is chosen', async () => {
    const { user } = await renderDialog(
      { choices: { ...choices, kinds: ['received'], templateSetup: {} as never } },
      { language: 'ru' },
    );

    const create = screen.getByRole('button', { name: 'Создать контакт' });
    expect(create.hasAttribute('disabled') || create.getAttribute('aria-disabled') === 'true').toBe(true);
    await user.click(await screen.findByRole('combobox', { name: /Шаблон для полученных писем/ }));
    await user.click(screen.getByRole('option', { name: 'Email' }));
    expect(create.hasAttribute('disabled') || create.getAttribute('aria-disabled') === 'true').toBe(false);
  });
});
