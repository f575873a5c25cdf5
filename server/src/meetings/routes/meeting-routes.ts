import { defineRoute } from '../../lib/http/route-registry';
import type { GraphAccess } from '../../lib/graph/graph-access';
import { graphMeetingGateway } from '../data-access/graph-meeting-gateway';
import { meetingAttendees } from '../domain/meeting-attendees-use-case';
import {
  CalendarEventKeySchema,
  CalendarEventQuery,
  MeetingAttendeesQuery,
  MeetingAttendeesSchema,
} from '../domain/meeting-schema';

const tag = 'Meetings';

export function createMeetingRoutes(graph: GraphAccess) {
  return [
    defineRoute({
      method: 'get',
      path: '/meetings/attendees',
      tag,
      summary: "A Teams meeting's attendees, from Microsoft Graph as the caller",
      query: MeetingAttendeesQuery,
      description:
        'Reads the chat (`/chats/{id}`), its online meeting (`/me/onlineMeetings?$filter=JoinWebUrl eq …`) ' +
        "and the participants; falls back to the chat members. The caller's calendar event for the meeting " +
        '(`/me/calendarView` in its time, matched by the join URL) gives `iCalUId`. ' +
        '403 `consent-required` when Graph permissions are missing.',
      responses: { 200: { description: 'The attendees', schema: MeetingAttendeesSchema } },
      handler: async ({ ctx, query }) => ({
        status: 200,
        body: await meetingAttendees(graphMeetingGateway(graph.asUser(ctx)), query.chatId),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/meetings/calendar-event',
      tag,
      summary: "A meeting's iCalUId, from the caller's calendar event (the Outlook pane's appointment)",
      query: CalendarEventQuery,
      description:
        'Reads `/me/events/{eventId}` as the caller. The Outlook pane, the Teams side panel and automatic ' +
        "recording key a meeting's interactions by its iCalUId, so each contact gets one entry. `''` when " +
        'the event is not found.',
      responses: { 200: { description: "The event's iCalUId", schema: CalendarEventKeySchema } },
      handler: async ({ ctx, query }) => ({
        status: 200,
        body: { iCalUId: await graphMeetingGateway(graph.asUser(ctx)).eventICalUId(query.eventId) },
      }),
    }),
  ];
}
