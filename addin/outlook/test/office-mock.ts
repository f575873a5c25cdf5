import { OfficeMockObject } from 'office-addin-mock';

type Callback<T> = (result: { status: string; value: T; error?: { message: string } }) => void;

/** An Office.js async getter: `getAsync(callback)` answering `value`, or failing with `error`. */
export const asyncValue = <T>(value: T, error?: string) => ({
  getAsync: (callback: Callback<T>) =>
    callback(
      error ? { status: 'failed', value: undefined as T, error: { message: error } } : { status: 'succeeded', value },
    ),
});

export const asyncCall =
  <T>(value: T, error?: string) =>
  (optionsOrCallback: unknown, maybeCallback?: Callback<T>) => {
    const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as Callback<T>;
    callback(
      error ? { status: 'failed', value: undefined as T, error: { message: error } } : { status: 'succeeded', value },
    );
  };

/** Requirement set versions compare part by part: 1.13 is later than 1.5. */
const atLeast = (have: string, want: string) => {
  const [a, b] = [have, want].map((v) => v.split('.').map(Number));
  return a[0] !== b[0] ? a[0] > b[0] : (a[1] ?? 0) >= (b[1] ?? 0);
};

export interface MailboxMockOptions {
  item: Record<string, unknown> | null;
  requirementSets?: Record<string, string>;
  userEmail?: string;
  officeTheme?: { bodyBackgroundColor: string } | undefined;
  displayLanguage?: string;
  /** Office.context.roamingSettings: `get`, `set` and `saveAsync`. */
  roamingSettings?: unknown;
}

/** A global `Office` as Outlook would give it, built with office-addin-mock. */
export function installOfficeMock({
  item,
  requirementSets = { Mailbox: '1.13', NestedAppAuth: '1.1' },
  userEmail = 'annette.hill@contoso.example',
  officeTheme,
  displayLanguage = 'cs-CZ',
  roamingSettings,
}: MailboxMockOptions) {
  const handlers = new Map<string, (event: unknown) => void>();
  const data = {
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: {
      ItemChanged: 'olkItemSelectedChanged',
      OfficeThemeChanged: 'officeThemeChanged',
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
    },
    MailboxEnums: { ItemType: { Message: 'message', Appointment: 'appointment' }, RestVersion: { v2_0: 'v2.0' } },
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name in requirementSets && atLeast(requirementSets[name], version),
      },
      mailbox: {
        userProfile: { emailAddress: userEmail, displayName: 'Annette Hill' },
        convertToRestId: (id: string) => `rest-${id}`,
        addHandlerAsync: (type: string, handler: (event: unknown) => void, callback?: () => void) => {
          handlers.set(type, handler);
          callback?.();
        },
        removeHandlerAsync: (type: string) => {
          handlers.delete(type);
        },
      },
    },
  };
  const mock = new OfficeMockObject(data) as unknown as {
    context: { mailbox: { item: unknown }; officeTheme?: unknown; roamingSettings?: unknown };
  };
  // Items carry Dates and nulls, which the mock object would rebuild: they go in as they are.
  mock.context.mailbox.item = item;
  mock.context.officeTheme = officeTheme;
  mock.context.roamingSettings = roamingSettings;
  (globalThis as unknown as { Office: unknown }).Office = mock;
  return { mock, fire: (type: string) => handlers.get(type)?.({ type }), handlers };
}
