import { ApiError, itemContactKey } from '@interlog/api-client';
import type { Contact, InterlogApi } from '@interlog/api-client';
import { findContactMatches } from '@interlog/contact-matching';
import { itemIdentity, type MailItem } from '../host/mail-item';
import { sourceOf } from '../mail-item-source';
import { withMeetingKey } from '../meeting-key';
import type { MeetingLogHost } from './meeting-log-host';
import type { MeetingStrings } from './meeting-strings';

export type MeetingLogOutcome = 'recorded' | 'already' | 'noContacts' | 'noTemplate' | 'failed';

export interface MeetingLogDependencies {
  connect(origin: string): Promise<InterlogApi>;
  strings(language: string): Promise<MeetingStrings>;
  report(error: unknown): void;
}

const NOTIFICATION_MAX = 150;

/**
 * Outlook mobile's "Log" button on a meeting (MobileLogEventAppointmentAttendee): records the
 * meeting with the meeting template for every attendee who is an Interlog contact, in one tap,
 * by the pane's rules: one entry per meeting (its iCalUId where the calendar tells it) and contact
 * (the pane's source and Idempotency-Key),
 * so a second tap, the pane or automatic recording never make another. The notification says how it went.
 */
export async function logMeetingForAttendees(
  host: MeetingLogHost,
  deps: MeetingLogDependencies,
): Promise<MeetingLogOutcome> {
  const strings = await deps.strings(host.displayLanguage());
  let outcome: MeetingLogOutcome;
  let text: string;
  try {
    ({ outcome, text } = await record(host, deps, strings));
  } catch (error) {
    deps.report(error);
    [outcome, text] = ['failed', strings.failed];
  }
  await host.notify(text.slice(0, NOTIFICATION_MAX), outcome === 'failed' ? 'error' : 'info').catch(deps.report);
  if (outcome === 'recorded' || outcome === 'already') await host.markLogged().catch(deps.report);
  return outcome;
}

async function record(host: MeetingLogHost, deps: MeetingLogDependencies, strings: MeetingStrings) {
  const api = await deps.connect(host.pageOrigin());
  // Keyed by its iCalUId where the calendar tells it, as the pane, Teams and automatic recording key it.
  const meeting = await withMeetingKey(api, await host.readMeeting());
  const source = sourceOf(meeting);
  const people = meeting.people.map((p) => ({ email: p.email, name: p.name, roleLabel: p.role }));
  const [setup, matches] = await Promise.all([
    api.templates.setup(),
    findContactMatches(api, people, source, [host.userEmail()]),
  ]);
  const contacts = matches.filter((m) => m.contact);
  if (contacts.length === 0) return { outcome: 'noContacts' as const, text: strings.noContacts };
  if (!setup.meetingInvitation) return { outcome: 'noTemplate' as const, text: strings.noTemplate };
  const open = contacts.filter((m) => !m.recorded).map((m) => m.contact!);
  const recorded = await recordEach(api, meeting, open, setup.meetingInvitation);
  if (recorded.length === 0) return { outcome: 'already' as const, text: strings.already };
  return { outcome: 'recorded' as const, text: strings.recorded(recorded.map((c) => c.name)) };
}

/** The contacts recorded now (one already recorded from another device is left out). */
async function recordEach(api: InterlogApi, meeting: MailItem, contacts: Contact[], templateCode: string) {
  const results = await Promise.all(
    contacts.map(async (contact) => {
      const key = await itemContactKey('record', itemIdentity(meeting), contact.no);
      const input = {
        contactNo: contact.no,
        templateCode,
        date: meeting.date,
        source: sourceOf(meeting),
        ...(meeting.subject ? { subject: meeting.subject.slice(0, 250) } : {}),
      };
      try {
        const result = await api.interactions.record(input, key);
        return result.replayed ? null : contact;
      } catch (error) {
        if (error instanceof ApiError && error.problemName === 'idempotency-mismatch') return null;
        throw error;
      }
    }),
  );
  return results.filter((contact): contact is Contact => contact !== null);
}
