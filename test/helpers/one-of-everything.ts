import { randomUUID } from 'node:crypto';
import type { ApiClient } from '../support/test-app';
import { factories } from '../support/factories';

const unique = () => randomUUID().replace(/-/g, '').slice(0, 8).toUpperCase();

/**
 * Gives the caller's tenant one record of every kind, made through the API, and returns their
 * keys: a setup, a number series, a group, a template used by the template setup, a salesperson,
 * a company with a person, entries (plain, canceled, postponed), a segment with two lines and a
 * criteria step, saved criteria, a logged segment, an empty segment and one whose line has no
 * template.
 */
export async function oneOfEverything(api: ApiClient) {
  const make = factories(api);
  const series = await make.numberSeries({ startingNo: 'N00001' });
  await make.ok(
    api.put('/marketing-setup', { contactNos: series.code, segmentNos: series.code, defaultLanguageCode: 'ENU' }),
  );
  const group = await make.group();
  const template = await make.template({ interactionGroupCode: group.code });
  await make.ok(api.put('/interaction-template-setup', { emails: template.code }));
  const salesperson = await make.salesperson();
  const company = await make.company();
  const contact = await make.contact({ salespersonCode: salesperson.code, companyNo: company.no });
  const other = await make.contact();
  const entry = await make.interaction({ contactNo: contact.no, templateCode: template.code });
  const canceled = await make.interaction({ contactNo: contact.no, templateCode: template.code });
  await make.ok(api.patch(`/interaction-log-entries/${canceled.entryNo}`, { canceled: true }));
  const postponed = await make.interaction({ contactNo: contact.no, templateCode: template.code, postpone: true });

  const segment = await make.segment({ interaction: { templateCode: template.code } });
  const line = await make.ok(api.post(`/segments/${segment.no}/lines`, { contactNo: contact.no }));
  await make.ok(api.post(`/segments/${segment.no}/add-contacts`, { filter: { contactNos: [other.no] } }));
  const saved = await make.ok(api.post(`/segments/${segment.no}/save-criteria`, { code: `CR${unique()}` }));

  const toLog = await make.segment({ interaction: { templateCode: template.code } });
  await make.ok(api.post(`/segments/${toLog.no}/lines`, { contactNo: contact.no }));
  const logged = await make.ok(api.post(`/segments/${toLog.no}/log`, {}));

  const unknownAddress = 'fuzz.stranger@northwind.example';
  await make.ok(
    api.post('/unknown-correspondents/sightings', {
      item: {
        kind: 'sent',
        internetMessageId: '<fuzz@one-of-everything>',
        subject: 'Fuzz',
        date: '2026-12-01T10:00:00Z',
      },
      people: [{ address: unknownAddress, name: 'Fuzz Stranger' }],
    }),
  );

  const emptySegment = await make.segment();
  const segmentWithoutTemplate = await make.segment();
  await make.ok(api.post(`/segments/${segmentWithoutTemplate.no}/lines`, { contactNo: contact.no }));

  return {
    series: series.code as string,
    group: group.code as string,
    template: template.code as string,
    salesperson: salesperson.code as string,
    company: company.no as string,
    contact: contact.no as string,
    contactEmail: contact.email as string,
    contactName: contact.name as string,
    otherContact: other.no as string,
    entryNo: entry.entryNo as number,
    canceledEntryNo: canceled.entryNo as number,
    postponedEntryNo: postponed.entryNo as number,
    segment: segment.no as string,
    lineNo: line.lineNo as number,
    savedCriteria: saved.code as string,
    loggedSegmentEntryNo: logged.loggedSegmentEntryNo as number,
    loggedSegmentNo: toLog.no as string,
    emptySegment: emptySegment.no as string,
    segmentWithoutTemplate: segmentWithoutTemplate.no as string,
    unknownAddress,
  };
}

export type Keys = Awaited<ReturnType<typeof oneOfEverything>>;

/** Fills `{key}` placeholders of a path (URI-encoded) from the keys; `{key|lower}` and `{key|upper}` change case. */
export function fillPath(path: string, keys: Keys) {
  return path.replace(/\{(\w+)(?:\|(lower|upper))?\}/g, (_, key: keyof Keys, change?: string) => {
    const value = String(keys[key]);
    return encodeURIComponent(
      change === 'lower' ? value.toLowerCase() : change === 'upper' ? value.toUpperCase() : value,
    );
  });
}
