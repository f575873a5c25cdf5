import { screen, within } from '@testing-library/react';
import type { Contact, InteractionLogEntry } from '@interlog/api-client';
import type { PersonMatch } from '@interlog/contact-matching';
import { ContactList } from '@interlog/interactions';
import { renderUi } from '../../../../test/support/components/render-ui';

const contact = (no: string, name: string, email: string, companyName = ''): Contact => ({
  no,
  type: 'person',
  name,
  companyNo: '',
  companyName,
  email,
  phone: '',
  salespersonCode: '',
  correspondenceType: '',
  languageCode: '',
});

const known: PersonMatch = {
  person: { email: 'Ann@Example.com', name: 'Ann from the mail', roleLabel: 'From' },
  contact: contact('CT0001', 'Ann Archer', 'ann@example.com', 'Archer Ltd'),
  recorded: null,
};
const recorded: PersonMatch = {
  person: { email: 'bob@example.com', name: 'Bob', roleLabel: 'To' },
  contact: contact('CT0002', 'Bob Baker', 'bob@example.com'),
  recorded: { entryNo: 7 } as InteractionLogEntry,
};
const stranger: PersonMatch = {
  person: { email: 'carol@elsewhere.example', name: 'Carol', roleLabel: 'Cc' },
  contact: null,
  recorded: null,
};

function renderList(props: { selected?: string[]; creatingFor?: string | null; matches?: PersonMatch[] } = {}) {
  const onToggle = jest.fn();
  const onCreate = jest.fn();
  const rendered = renderUi(
    <ContactList
      matches={props.matches ?? [known, recorded, stranger]}
      selected={new Set(props.selected ?? [])}
      onToggle={onToggle}
      onCreate={onCreate}
      creatingFor={props.creatingFor ?? null}
    />,
  );
  return { rendered, onToggle, onCreate };
}

describe('ContactList', () => {
  test('When the item has no addresses, then it says so instead of a list', async () => {
    const { i18n } = await renderList({ matches: [] }).rendered;

    expect(screen.getByText(i18n.t('people.none'))).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  test('When people are shown, then each known contact is named with its number and company', async () => {
    const { i18n } = await renderList().rendered;

    const list = screen.getByRole('list', { name: i18n.t('people.title') });
    const rows = within(list).getAllByRole('listitem');

    expect(rows).toHaveLength(3);
    expect(rows[0].textContent).toContain('Ann Archer');
    expect(rows[0].textContent).toContain(`${i18n.t('people.known', { no: 'CT0001' })} · Archer Ltd`);
    expect(rows[2].textContent).toContain('carol@elsewhere.example');
  });

  test('When a person is a contact, then its checkbox follows the selection, matched without case', async () => {
    const { i18n } = await renderList({ selected: ['ann@example.com'] }).rendered;

    const ann = screen.getByRole('checkbox', { name: i18n.t('people.select', { name: 'Ann Archer' }) });
    const bob = screen.getByRole('checkbox', { name: i18n.t('people.select', { name: 'Bob Baker' }) });

    expect({ ann: (ann as HTMLInputElement).checked, bob: (bob as HTMLInputElement).checked }).toEqual({
      ann: true,
      bob: false,
    });
  });

  test('When the user ticks a contact, then onToggle gets its address and the new state', async () => {
    const { rendered, onToggle } = renderList({ selected: ['ann@example.com'] });
    const { user, i18n } = await rendered;

    await user.click(screen.getByRole('checkbox', { name: i18n.t('people.select', { name: 'Bob Baker' }) }));
    await user.click(screen.getByRole('checkbox', { name: i18n.t('people.select', { name: 'Ann Archer' }) }));

    expect(onToggle.mock.calls).toEqual([
      ['bob@example.com', true],
      ['Ann@Example.com', false],
    ]);
  });

  test('When an address is not a contact, then it cannot be ticked and is marked unknown', async () => {
    const { rendered, onToggle } = renderList();
    const { user, i18n } = await rendered;

    const carol = screen.getByRole('checkbox', { name: i18n.t('people.select', { name: 'Carol' }) });
    await user.click(carol);

    expect((carol as HTMLInputElement).disabled).toBe(true);
    expect(onToggle).not.toHaveBeenCalled();
    expect(screen.getByText(i18n.t('people.unknown'))).toBeTruthy();
  });

  test('When the item already has an entry for a contact, then that contact is marked already recorded', async () => {
    const { i18n } = await renderList().rendered;

    const rows = screen.getAllByRole('listitem');

    expect(rows.map((row) => row.textContent?.includes(i18n.t('people.alreadyRecorded')))).toEqual([
      false,
      true,
      false,
    ]);
  });

  test('When the user creates a contact for an unknown address, then onCreate gets that person', async () => {
    const { rendered, onCreate } = renderList();
    const { user, i18n } = await rendered;

    await user.click(screen.getByRole('button', { name: i18n.t('people.create') }));

    expect(onCreate.mock.calls).toEqual([[stranger]]);
  });

  test('When a contact is being created for an address, then its create button is gone', async () => {
    const { i18n } = await renderList({ creatingFor: 'carol@elsewhere.example' }).rendered;

    expect(screen.queryByRole('button', { name: i18n.t('people.create') })).toBeNull();
  });
});
