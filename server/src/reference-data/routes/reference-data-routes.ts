import { defineRoute } from '../../lib/http/route-registry';
import { withVersion } from '../../lib/http/etag';
import { ReferenceDataSchema } from '../domain/reference-data-schema';
import { readReferenceData } from '../domain/reference-data-service';

export const referenceDataRoutes = [
  defineRoute({
    method: 'get',
    path: '/reference-data',
    tag: 'Reference data',
    summary:
      'The templates, groups and salespeople (the first 500 of each, by code) and the template setup, in one read',
    responses: { 200: { description: 'The reference data', schema: ReferenceDataSchema } },
    handler: async ({ ctx }) => {
      const data = await readReferenceData(ctx.tenantId);
      return {
        status: 200,
        body: {
          templates: data.templates.map(withVersion),
          groups: data.groups.map(withVersion),
          salespeople: data.salespeople.map(withVersion),
          templateSetup: withVersion(data.templateSetup),
        },
      };
    },
  }),
];
