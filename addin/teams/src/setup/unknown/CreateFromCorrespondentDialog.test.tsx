import { screen } from '@testing-library/react';
import { CreateFromCorrespondentDialog } from './CreateFromCorrespondentDialog';
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

describe('CreateFromCorrespondentDialog', () => {
  test('When it opens, then the name is prefilled and recording the missed interactions is offered and ticked; Create sends both', async () => {
    const onCreate = jest.fn();
    const { user } = await renderUi(
      <CreateFromCorrespondentDialog
        correspondent={correspondent()}
        busy={false}
        error={null}
        onCreate={onCreate}
        onCancel={jest.fn()}
      />,
    );

    expect((screen.getByRole('textbox', { name: /Name/ }) as HTMLInputElement).value).toBe('Lena Kivi');
    const box = screen.getByRole('checkbox', { name: 'Also record the 4 missed interactions' });
    expect((box as HTMLInputElement).checked).toBe(true);
    screen.getByText('The company is found from the domain tailspin.example, or created with its name.');
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Create contact' }));

    expect(onCreate.mock.calls).toEqual([[{ name: 'Lena Kivi', recordMissed: false }]]);
  });

  test('An address at a public mail service says it gets no company; without a display name the name starts from the address', async () => {
    await renderUi(
      <CreateFromCorrespondentDialog
        correspondent={correspondent({ address: 'someone@gmail.com', name: '' })}
        busy={false}
        error={null}
        onCreate={jest.fn()}
        onCancel={jest.fn()}
      />,
      { language: 'fi' },
    );

    expect((screen.getByRole('textbox', { name: /Nimi/ }) as HTMLInputElement).value).toBe('someone');
    screen.getByText('Julkisen sähköpostipalvelun osoite ei saa yritystä.');
  });
});
