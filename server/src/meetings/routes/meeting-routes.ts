import { defineRoute } from '../../lib/http/route-registry';
import type { GraphAccess } from '../../lib/graph/graph-access';
import { graphMeetingGateway } from '../data-access/graph-meeting-gateway';
import { meetingAttendees } from '../domain/meeting-attendees-use-case';
import { MeetingAttendeesQuery, MeetingAttendeesSchema } from '../domain/meeting-schema';

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
        'and the participants; falls back to the chat members. 403 `consent-required` when Graph ' +
        'permissions are missing.',
      responses: { 200: { description: 'The attendees', schema: MeetingAttendeesSchema } },
      handler: async ({ ctx, query }) => ({
        status: 200,
        body: await meetingAttendees(graphMeetingGateway(graph.asUser(ctx)), query.chatId),
      }),
    }),
  ];
}
