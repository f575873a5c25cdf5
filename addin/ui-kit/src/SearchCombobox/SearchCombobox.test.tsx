import { screen } from '@testing-library/react';
import { Field, Option } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { SearchCombobox } from '@interlog/ui-kit';
import { renderUi } from '../../../../test/support/components/render-ui';

describe('SearchCombobox', () => {
  test.each([
    ['cs', 'Zobrazit nalezené'],
    ['ru', 'Показать найденное'],
    ['fi', 'Näytä osumat'],
  ])('When the page is in %s, then the list button is named in that language, not "Open"', async (language, name) => {
    await renderUi(
      <Field label="Kontakt">
        <SearchCombobox freeform>
          <Option value="CT1">Robin Bauer</Option>
        </SearchCombobox>
      </Field>,
      { language },
    );

    expect({
      named: screen.queryAllByRole('button', { name }).length,
      open: screen.queryAllByRole('button', { name: 'Open' }).length,
    }).toEqual({ named: 1, open: 0 });
  });

  test('When it shows its own icon, then the list button keeps that icon and is still named', async () => {
    await renderUi(<SearchCombobox aria-label="Find in Outlook" expandIcon={<SearchRegular data-testid="search" />} />);

    const button = screen.getByRole('button', { name: 'Show the matches' });
    expect(button.querySelector('[data-testid="search"]')).not.toBeNull();
  });

  test('When a name is pasted, then the list of matches opens without a key being pressed', async () => {
    const { user } = await renderUi(
      <SearchCombobox aria-label="Contact" freeform>
        <Option value="CT3">Robin Bauer</Option>
      </SearchCombobox>,
    );
    await user.click(screen.getByRole('combobox', { name: 'Contact' }));
    await user.keyboard('{Escape}');

    await user.paste('Robin');

    expect(screen.getByRole('combobox', { name: 'Contact' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('option', { name: 'Robin Bauer' })).toBeTruthy();
  });
});
