import { createOfficeMailHost } from '../src/host/office-mail-host';
import { themeFromOffice } from '../src/host/office-theme';
import { asyncValue, installOfficeMock } from './office-mock';

describe('The Outlook host', () => {
  test('When Mailbox 1.5 is missing, then the host names the missing requirement', () => {
    installOfficeMock({ item: null, requirementSets: { Mailbox: '1.4' } });
    expect(createOfficeMailHost().support()).toEqual({
      platform: 'unknown',
      missingRequirement: 'Mailbox 1.5',
      sharedMailboxes: false,
      sharedMailboxesUnknown: true,
      nestedAppAuth: false,
    });
  });

  test.each([
    ['Mac', true],
    ['PC', true],
    ['Android', false],
    ['iOS', false],
  ])(
    'When Outlook on %s lacks Mailbox 1.8, then the pane says shared and delegate items read as the own mailbox: %s',
    (platform, unknown) => {
      const { mock } = installOfficeMock({ item: null, requirementSets: { Mailbox: '1.7' } });
      (mock.context as { diagnostics?: unknown }).diagnostics = { platform };
      expect(createOfficeMailHost().support()).toMatchObject({
        sharedMailboxes: false,
        sharedMailboxesUnknown: unknown,
      });
    },
  );

  test('When Outlook has Mailbox 1.8 and NestedAppAuth 1.1, then shared mailboxes and NAA are used', () => {
    installOfficeMock({ item: null, requirementSets: { Mailbox: '1.13', NestedAppAuth: '1.1' } });
    expect(createOfficeMailHost().support()).toEqual({
      platform: 'unknown',
      missingRequirement: '',
      sharedMailboxes: true,
      sharedMailboxesUnknown: false,
      nestedAppAuth: true,
    });
  });

  test('When no item is selected, then reading says so instead of failing', async () => {
    installOfficeMock({ item: null });
    expect(await createOfficeMailHost().readItem()).toEqual({ status: 'none' });
  });

  test('When Outlook fails to give a value, then reading reports the error', async () => {
    installOfficeMock({
      item: { itemType: 'message', subject: asyncValue('x'), to: asyncValue([], 'Access denied'), cc: asyncValue([]) },
    });
    expect(await createOfficeMailHost().readItem()).toEqual({ status: 'error', detail: 'Access denied' });
  });

  test('When Outlook throws instead of calling back, then reading reports the error', async () => {
    const throwing = {
      getAsync: () => {
        throw new Error('Item is not available.');
      },
    };
    installOfficeMock({ item: { itemType: 'message', subject: throwing, to: asyncValue([]), cc: asyncValue([]) } });
    expect(await createOfficeMailHost().readItem()).toEqual({ status: 'error', detail: 'Item is not available.' });
  });

  test('When an item is selected, then reading gives the mail item', async () => {
    installOfficeMock({
      item: {
        itemType: 'message',
        subject: 'Quote',
        itemId: 'AAMk1',
        internetMessageId: '<q@x.example>',
        dateTimeCreated: new Date('2026-11-20T09:30:00Z'),
        from: { emailAddress: 'robin.bauer@fabrikam.example', displayName: 'Robin Bauer' },
        to: [],
        cc: [],
      },
    });
    expect(await createOfficeMailHost().readItem()).toMatchObject({
      status: 'ok',
      item: { kind: 'message', subject: 'Quote', itemId: 'AAMk1' },
    });
  });

  test("When the pinned pane's item changes, then the listener hears it, and not after it unsubscribed", () => {
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

  test("When the host is asked for the language and user, then Office's display language and profile answer", () => {
    installOfficeMock({ item: null, displayLanguage: 'fi-FI', userEmail: 'mikko@contoso.example' });
    const host = createOfficeMailHost();
    expect(host.displayLanguage()).toBe('fi-FI');
    expect(host.userEmail()).toBe('mikko@contoso.example');
  });
});

describe("The Outlook host's theme", () => {
  const setForcedColors = (active: boolean) => {
    (globalThis as unknown as { window: unknown }).window = {
      matchMedia: (query: string) => ({ matches: active && query === '(forced-colors: active)' }),
    };
  };
  afterEach(() => {
    delete (globalThis as unknown as { window?: unknown }).window;
  });

  test.each([
    [{ bodyBackgroundColor: '#292929' }, false, 'dark'],
    [{ bodyBackgroundColor: '#fafafa' }, false, 'light'],
    [undefined, false, 'light'],
    [{ bodyBackgroundColor: '#292929' }, true, 'contrast'],
  ] as const)(
    "When Office's theme is %j (forced colours %s), then the pane's theme is %s",
    (officeTheme, forced, theme) => {
      setForcedColors(forced);
      installOfficeMock({ item: null, officeTheme });
      expect(createOfficeMailHost().theme()).toBe(theme);
    },
  );

  test('When the Office theme changes, then the listener gets the new theme', () => {
    setForcedColors(false);
    const office = installOfficeMock({ item: null, officeTheme: { bodyBackgroundColor: '#ffffff' } });
    const listener = jest.fn();
    createOfficeMailHost().onThemeChanged(listener);

    office.mock.context.officeTheme = { bodyBackgroundColor: '#1f1f1f' };
    office.fire('officeThemeChanged');

    expect(listener).toHaveBeenCalledWith('dark');
  });
});

describe('Office theme', () => {
  test.each([
    ['#1f1f1f', false, 'dark'],
    ['#ffffff', false, 'light'],
    ['#ffffff', true, 'contrast'],
    [undefined, false, 'light'],
    ['not-a-colour', false, 'light'],
  ] as const)(
    'When the body background is %s (forced colours %s), then the theme is %s',
    (background, forced, theme) => {
      expect(
        themeFromOffice(background ? ({ bodyBackgroundColor: background } as Office.OfficeTheme) : undefined, forced),
      ).toBe(theme);
    },
  );
});

describe('The Outlook host with several listeners', () => {
  test('When two listeners follow ItemChanged and one stops, then the other still hears it', () => {
    const office = installOfficeMock({ item: null });
    const host = createOfficeMailHost();
    const first = jest.fn();
    const second = jest.fn();
    const stopFirst = host.onItemChanged(first);
    const stopSecond = host.onItemChanged(second);
    stopFirst();
    office.fire('olkItemSelectedChanged');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    stopSecond();
    expect(office.handlers.has('olkItemSelectedChanged')).toBe(false);
  });
});
