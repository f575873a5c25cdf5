import { ApiError } from '@interlog/api-client';
import type { InterlogApi, Contact, CreateInteractionInput, Source } from '@interlog/api-client';
import { findContactMatches } from '@interlog/contact-matching';
import type { SendHost } from '../host/send-host';
import { RECORD_COMMAND_ID } from './manifest-ids';
import { readSendPreference, savedApiOrigin } from './send-preference';
import type { SendStrings } from './send-strings';
import { keepStrangers } from './keep-strangers';

/** Outlook shows "taking longer than expected" after about five seconds: answer before that. */
export const SEND_DEADLINE_MS = 4_000;

const ALLOW: Office.SmartAlertsEventCompletedOptions = { allowEvent: true };
const ERROR_MESSAGE_MAX = 500;
const NOTIFY_WAIT_MS = 1_000;

export interface SendDependencies {
  /** The API of the Interlog server at this origin, signed in without any window. */
  connect(origin: string): Promise<InterlogApi>;
  strings(language: string): Promise<SendStrings>;
  /** A new id for this send (a UUID). */
  newSendId(): string;
  /** How long the handler waits for Interlog before the email goes without it. */
  deadlineMs: number;
  /** Why the email went unrecorded (the runtime log). */
  report(error: unknown): void;
}

class DeadlineExceeded extends Error {
  constructor(ms: number) {
    super(`Interlog did not answer within ${ms} ms.`);
    this.name = 'DeadlineExceeded';
  }
}

/** `passed()` tells the work that nobody waits for it any more: the email went without it. */
function withDeadline<T>(work: (passed: () => boolean) => Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let passed = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      passed = true;
      reject(new DeadlineExceeded(ms));
    }, ms);
  });
  return Promise.race([work(() => passed), deadline]).finally(() => clearTimeout(timer));
}

/**
 * Decides what happens to the email the user is sending (the `messageSending` event):
 * `off` lets it go; `ask` holds it with a Smart Alert naming the contacts not yet recorded;
 * `always` records one interaction per contact, marks the message, then lets it go.
 * Interlog never stops an email: an error, a timeout or a failed sign-in lets it go
 * (with `always`, a notification on the item says it was not recorded).
 */
export async function handleMessageSend(
  host: SendHost,
  deps: SendDependencies,
): Promise<Office.SmartAlertsEventCompletedOptions> {
  let preference: ReturnType<typeof readSendPreference>;
  let strings: SendStrings;
  try {
    preference = readSendPreference(host.settings);
    if (preference === 'off') return ALLOW;
    strings = await deps.strings(host.displayLanguage());
  } catch (error) {
    deps.report(error);
    return ALLOW;
  }
  try {
    return await withDeadline((passed) => decide(host, deps, preference, strings, passed), deps.deadlineMs);
  } catch (error) {
    deps.report(error);
    if (preference === 'always')
      await withDeadline(() => host.notify(strings.notRecorded), NOTIFY_WAIT_MS).catch(deps.report);
    return ALLOW;
  }
}

async function decide(
  host: SendHost,
  deps: SendDependencies,
  preference: 'ask' | 'always',
  strings: SendStrings,
  deadlinePassed: () => boolean,
): Promise<Office.SmartAlertsEventCompletedOptions> {
  const origin = host.pageOrigin() || savedApiOrigin(host.settings);
  if (!origin) throw new Error('The Interlog server is not known yet: open the Interlog pane once.');
  const message = await host.readMessage();
  // Marked by an earlier send of this message: recorded then, and `ask` has nothing to ask.
  if (preference === 'ask' && message.recordedAs) return ALLOW;

  const api = await deps.connect(origin);
  const people = message.recipients.map((r) => ({ email: r.email, name: r.name, roleLabel: r.field }));
  // A saved draft may already be recorded from the pane (its entries carry the draft's item id).
  const source: Source = { type: 'email', ...(message.itemId ? { itemId: message.itemId.slice(0, 512) } : {}) };
  const [setup, matches] = await Promise.all([
    api.templates.setup(),
    findContactMatches(api, people, source, [host.userEmail()]),
  ]);
  const contacts = matches.filter((m) => m.contact);
  if (!setup.emails || contacts.length === 0) return ALLOW;
  // Too late: the email went with a notification that it was not recorded, so it stays so.
  if (deadlinePassed()) return ALLOW;

  const sendId = message.recordedAs || deps.newSendId();
  const open = contacts.filter((m) => !m.recorded).map((m) => m.contact!);
  if (open.length > 0 && preference === 'ask') return askFirst(host, strings, open);
  await Promise.all([
    recordEach(api, open, { templateCode: setup.emails, subject: message.subject, sendId }),
    keepStrangers(api, matches, { sendId, subject: message.subject }, deps.report),
  ]);
  if (!deadlinePassed()) await host.markRecorded(sendId);
  return ALLOW;
}

function askFirst(host: SendHost, strings: SendStrings, contacts: Contact[]): Office.SmartAlertsEventCompletedOptions {
  const names = contacts.map((c) => c.name);
  const text = (listed: string[]) =>
    strings.ask(contacts.length, listed.length < names.length ? `${listed.join(', ')}, …` : listed.join(', '));
  let shown = names.length;
  while (shown > 1 && text(names.slice(0, shown)).length > ERROR_MESSAGE_MAX) shown -= 1;
  return {
    allowEvent: false,
    errorMessage: text(names.slice(0, shown)).slice(0, ERROR_MESSAGE_MAX),
    // Mailbox 1.14: a button (Take Action, or Don't Send in older clients) that opens the pane to record.
    ...(host.support().alertButton
      ? { cancelLabel: strings.recordButton.slice(0, 20), commandId: RECORD_COMMAND_ID }
      : {}),
  };
}

/**
 * One entry per contact; the key is unique per (send, contact),
 * so a second send of the same message records nothing new.
 */
async function recordEach(
  api: InterlogApi,
  contacts: Contact[],
  { templateCode, subject, sendId }: { templateCode: string; subject: string; sendId: string },
) {
  await Promise.all(
    contacts.map(async (contact) => {
      // No date: the server takes the time of the request, and a retry's body stays the same.
      const input: CreateInteractionInput = {
        contactNo: contact.no,
        templateCode,
        source: { type: 'email' },
        ...(subject ? { subject: subject.slice(0, 250) } : {}),
      };
      try {
        // Encoded: a key is visible ASCII only, and a contact number may have spaces or accents.
        await api.interactions.record(input, `onsend:${sendId}:${encodeURIComponent(contact.no.toUpperCase())}`);
      } catch (error) {
        // Recorded by an earlier send of this message, whose subject was different then.
        if (!(error instanceof ApiError && error.problemName === 'idempotency-mismatch')) throw error;
      }
    }),
  );
}

/** A UUID, also where the runtime has no crypto.randomUUID. */
export function newSendId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return (
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-` +
    `${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20)}`
  );
}
