import { defineRoute } from '../../lib/http/route-registry';
import type { GraphAccess } from '../../lib/graph/graph-access';
import { graphOutlookPeopleGateway } from '../data-access/graph-outlook-people-gateway';
import { searchPeople } from '../domain/search-people-use-case';
import { PeopleSearchQuery, PeopleSearchResultSchema } from '../domain/person-suggestion-schema';

const tag = 'People';

export function createPeopleRoutes(graph: GraphAccess) {
  return [
    defineRoute({
      method: 'get',
      path: '/me/people',
      tag,
      summary: "People from the caller's Outlook to make contacts of, from Microsoft Graph as the caller",
      query: PeopleSearchQuery,
      description:
        "Searches the caller's Outlook contacts (`/me/contacts`, by the start of a name or by a whole address) " +
        'and relevant people (`/me/people?$search=`); contacts come first, each address once, entries without ' +
        'an address are left out, and `contactNo` names the Interlog contact with that address. ' +
        '403 `consent-required` when Graph permissions (Contacts.Read, People.Read) are missing; ' +
        '503 when Graph is not configured.',
      responses: { 200: { description: 'The people found', schema: PeopleSearchResultSchema } },
      handler: async ({ ctx, query }) => ({
        status: 200,
        body: await searchPeople(graphOutlookPeopleGateway(graph.asUser(ctx)), ctx.tenantId, query),
      }),
    }),
  ];
}
