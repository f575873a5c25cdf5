import type { Client } from '@microsoft/microsoft-graph-client';
import { graphProblem } from '../../lib/graph/graph-errors';
import { filterValue, odataString } from '../../lib/graph/odata-query';
import type { MeetingGateway } from '../domain/meeting-gateway';
import type { Attendee } from '../domain/meeting-schema';

interface GraphIdentitySet {
  user?: { displayName?: string | null } | null;
}
interface GraphParticipant {
  upn?: string | null;
  identity?: GraphIdentitySet | null;
}

const toAttendee = (p: GraphParticipant | null | undefined, role: Attendee['role']): Attendee | null =>
  p?.upn ? { email: p.upn, name: p.identity?.user?.displayName || p.upn, role } : null;

/** The meeting gateway over Microsoft Graph (chats, onlineMeetings, chat members). */
export function graphMeetingGateway(graph: Client): MeetingGateway {
  const call = async <T>(request: () => Promise<T>, notFoundIsNull = false): Promise<T | null> => {
    try {
      return await request();
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (notFoundIsNull && status === 404) return null;
      throw graphProblem(error);
    }
  };
  return {
    async chatMeeting(chatId) {
      const chat = await call(
        () =>
          graph
            .api(`/chats/${encodeURIComponent(chatId)}`)
            .select('topic,onlineMeetingInfo')
            .get() as Promise<{ topic?: string | null; onlineMeetingInfo?: { joinWebUrl?: string | null } | null }>,
      );
      if (!chat?.onlineMeetingInfo?.joinWebUrl) return chat ? { subject: chat.topic ?? '', joinWebUrl: '' } : null;
      return { subject: chat.topic ?? '', joinWebUrl: chat.onlineMeetingInfo.joinWebUrl };
    },
    async meetingParticipants(joinWebUrl) {
      const page = await call(
        () =>
          graph
            .api('/me/onlineMeetings')
            .filter(filterValue(`JoinWebUrl eq ${odataString(joinWebUrl)}`))
            .get() as Promise<{
            value: {
              startDateTime?: string | null;
              endDateTime?: string | null;
              participants?: { organizer?: GraphParticipant; attendees?: GraphParticipant[] };
            }[];
          }>,
        true,
      );
      const meeting = page?.value?.[0];
      if (!meeting?.participants) return null;
      const attendees = [
        toAttendee(meeting.participants.organizer, 'organizer'),
        ...(meeting.participants.attendees ?? []).map((a) => toAttendee(a, 'attendee')),
      ].filter((a): a is Attendee => a !== null);
      return { attendees, start: meeting.startDateTime ?? '', end: meeting.endDateTime ?? '' };
    },
    async calendarEventICalUId(joinWebUrl, window) {
      // The caller's own copy of the event (organizer or invitee): its iCalUId is the same in every calendar.
      const minute = 60_000;
      const from = new Date(Date.parse(window.start) - minute).toISOString();
      const to = new Date(Date.parse(window.end || window.start) + minute).toISOString();
      const page = await call(
        () =>
          graph
            .api('/me/calendarView')
            .query({ startDateTime: from, endDateTime: to })
            .select('iCalUId,onlineMeeting')
            .top(50)
            .get() as Promise<{ value: { iCalUId?: string | null; onlineMeeting?: { joinUrl?: string | null } }[] }>,
        true,
      );
      const event = page?.value?.find((e) => e.onlineMeeting?.joinUrl === joinWebUrl && e.iCalUId);
      return event?.iCalUId ?? '';
    },
    async eventICalUId(eventId) {
      const event = await call(
        () =>
          graph
            .api(`/me/events/${encodeURIComponent(eventId)}`)
            .select('iCalUId')
            .get() as Promise<{ iCalUId?: string | null }>,
        true,
      );
      return event?.iCalUId ?? '';
    },
    async chatMembers(chatId) {
      const page = await call(
        () =>
          graph.api(`/chats/${encodeURIComponent(chatId)}/members`).get() as Promise<{
            value: { displayName?: string | null; email?: string | null }[];
          }>,
      );
      return (page?.value ?? [])
        .filter((m) => m.email)
        .map((m) => ({ email: m.email!, name: m.displayName || m.email!, role: 'attendee' as const }));
    },
  };
}
