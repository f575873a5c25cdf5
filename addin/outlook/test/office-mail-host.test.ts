import { createOfficeMailHost } from '../src/host/office-mail-host';
import { themeFromOffice } from '../src/host/office-theme';
import { asyncValue, installOfficeMock } from './office-mock';

describe('The Outlook host', () => {
  test('When Mailbox 1.5 is missing, then the host names the missing requirement', () => {
    installOfficeMock({ item: null, requirementSets: { Mailbox: '1.4' } });
    expect(createOfficeMailHost().support()).toEqual({ missingRequirement: 'Mailbox 1.5', sharedMailboxes: false, nestedAppAuth: false });
  });

  test('When Outlook has Mailbox 1.8 and NestedAppAuth 1.1, then shared mailboxes and NAA are used', () => {
    installOfficeMock({ item: null, requirementSets: { Mailbox: '1.13', NestedAppAuth: '1.1' } });
    expect(createOfficeMailHost().support()).toEqual({ missingRequirement: '', sharedMailboxes: true, nestedAppAuth: true });
  });

  test('When no item is selected, then reading says so instead of failing', async () => {
    installOfficeMock({ item: null });
    expect(await createOfficeMailHost().readItem()).toEqual({ status: 'none' });
  });

  test('When Outlook fails to give a value, then reading reports the error', async () => {
    installOfficeMock({ item: { itemType: 'message', subject: asyncValue('x'), to: asyncValue([], 'Access denied'), cc: asyncValue([]) } });
    expect(await createOfficeMailHost().readItem()).toEqual({ status: 'error', detail: 'Access denied' });
  });

  test('When the pinned pane\'s item changes, then the listener hears it, and not after it unsubscribed', () => {
    const office = installOfficeMock({ item: null });
    const host = createOfficeMailHost();
    const listener = jest.fn();
    const stop = host.onItemChanged(listener);
    office.fire('olkItemSelectedChanged');
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    office.fire('olkItemSelectedChanged');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('When the host is asked for the language and user, then Office\'s display language and profile answer', () => {
    installOfficeMock({ item: null, displayLanguage: 'fi-FI', userEmail: 'mikko@contoso.example' });
    const host = createOfficeMailHost();
    expect(host.displayLanguage()).toBe('fi-FI');
    expect(host.userEmail()).toBe('mikko@contoso.example');
  });
});

describe('Office theme', () => {
  test.each([
    ['#1f1f1f', false, 'dark'],
    ['#ffffff', false, 'light'],
    ['#ffffff', true, 'contrast'],
    [undefined, false, 'light'],
    ['not-a-colour', false, 'light'],
  ] as const)('When the body background is %s (forced colours %s), then the theme is %s', (background, forced, theme) => {
    expect(themeFromOffice(background ? ({ bodyBackgroundColor: background } as Office.OfficeTheme) : undefined, forced)).toBe(theme);
  });
});
