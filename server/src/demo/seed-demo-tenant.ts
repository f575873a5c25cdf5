import {
  createInteractionGroup,
  createInteractionTemplate,
  putInteractionTemplateSetup,
  templateLookup,
} from '../templates';
import { createNumberSeries, putMarketingSetup } from '../setup';
import { createContact, createSalesperson } from '../contacts';
import { applyCriteria, createSegment } from '../segments';
import { putEmailContent } from '../correspondence';

/** A small company's relationship management data, like a standard Business Central demo company. */
export async function seedDemoTenant(tenantId: string): Promise<boolean> {
  if ((await templateLookup.list(tenantId, { limit: 1 })).items.length > 0) return false;

  await createNumberSeries(tenantId, { code: 'CONT', description: 'Contacts', startingNo: 'CT000001' });
  await createNumberSeries(tenantId, { code: 'SEGM', description: 'Segments', startingNo: 'SM00001' });
  await putMarketingSetup(tenantId, {
    contactNos: 'CONT',
    segmentNos: 'SEGM',
    defaultCorrespondenceType: 'email',
    defaultLanguageCode: 'ENU',
  });

  for (const [code, description] of [
    ['LETTER', 'Letters'],
    ['EMAIL', 'E-mails'],
    ['MEETING', 'Meetings'],
    ['PHONE', 'Telephone conversations'],
    ['SALES', 'Sales documents'],
  ]) {
    await createInteractionGroup(tenantId, { code, description });
  }
  const demoTemplates = [
    {
      code: 'COVERLETTER',
      description: 'Cover letter',
      interactionGroupCode: 'LETTER',
      informationFlow: 'outbound',
      initiatedBy: 'us',
      unitCost: 0.5,
      unitDurationMin: 5,
      correspondenceType: 'hardCopy',
    },
    {
      code: 'EMAIL',
      description: 'E-mail',
      interactionGroupCode: 'EMAIL',
      informationFlow: 'outbound',
      initiatedBy: 'us',
      unitCost: 0,
      unitDurationMin: 5,
      correspondenceType: 'email',
    },
    {
      code: 'EMAIL-IN',
      description: 'E-mail received',
      interactionGroupCode: 'EMAIL',
      informationFlow: 'inbound',
      initiatedBy: 'them',
      unitCost: 0,
      unitDurationMin: 3,
      correspondenceType: 'email',
    },
    {
      code: 'MEETINV',
      description: 'Meeting invitation',
      interactionGroupCode: 'MEETING',
      informationFlow: 'outbound',
      initiatedBy: 'us',
      unitCost: 0,
      unitDurationMin: 60,
      correspondenceType: 'email',
    },
    {
      code: 'FOLLOWUP',
      description: 'Meeting follow-up',
      interactionGroupCode: 'MEETING',
      informationFlow: 'outbound',
      initiatedBy: 'us',
      unitCost: 0,
      unitDurationMin: 15,
      correspondenceType: 'email',
    },
    {
      code: 'OUTGCALL',
      description: 'Outgoing telephone call',
      interactionGroupCode: 'PHONE',
      informationFlow: 'outbound',
      initiatedBy: 'us',
      unitCost: 0.25,
      unitDurationMin: 10,
    },
    {
      code: 'SQUOTE',
      description: 'Sales quote',
      interactionGroupCode: 'SALES',
      informationFlow: 'outbound',
      initiatedBy: 'us',
      unitCost: 0,
      unitDurationMin: 0,
      correspondenceType: 'email',
    },
    {
      code: 'SINVOICE',
      description: 'Sales invoice',
      interactionGroupCode: 'SALES',
      informationFlow: 'outbound',
      initiatedBy: 'us',
      unitCost: 0,
      unitDurationMin: 0,
      correspondenceType: 'email',
    },
  ] as const;
  for (const template of demoTemplates) await createInteractionTemplate(tenantId, template);
  await putEmailContent(tenantId, 'EMAIL', {
    subject: '[Interlog demo] {companyName}: sample email from {salespersonName}',
    body:
      'Dear {contactName},\n\nthis is a sample email of the Interlog demo tenant. It shows how the email of a ' +
      'logged segment reads, with the merge fields filled in for each contact; write your own in Setup, ' +
      'Interaction templates, Correspondence.\n\nBest regards,\n{salespersonName}\n{salespersonEmail}',
  });
  await putInteractionTemplateSetup(tenantId, {
    emails: 'EMAIL',
    emailsReceived: 'EMAIL-IN',
    meetingInvitation: 'MEETINV',
    outgoingCalls: 'OUTGCALL',
    emailDraft: '',
    salesQuotes: 'SQUOTE',
    salesInvoices: 'SINVOICE',
  });

  await createSalesperson(tenantId, { code: 'AH', name: 'Annette Hill', email: 'annette.hill@demo.interlog.local' });
  await createSalesperson(tenantId, { code: 'JO', name: 'Jim Olive', email: 'jim.olive@demo.interlog.local' });

  const fabrikam = await createContact(tenantId, {
    type: 'company',
    name: 'Fabrikam Inc.',
    email: 'info@fabrikam.example',
    phone: '+1 425 555 0100',
    salespersonCode: 'AH',
  });
  const contoso = await createContact(tenantId, {
    type: 'company',
    name: 'Contoso Ltd.',
    email: 'office@contoso.example',
    phone: '+44 20 7946 0000',
    salespersonCode: 'JO',
    correspondenceType: 'hardCopy',
  });
  const people = [
    { name: 'Robin Bauer', email: 'robin.bauer@fabrikam.example', companyNo: fabrikam.no, salespersonCode: 'AH' },
    {
      name: 'Petra Nováková',
      email: 'petra.novakova@fabrikam.example',
      companyNo: fabrikam.no,
      salespersonCode: 'AH',
      languageCode: 'CSY',
    },
    {
      name: 'Olga Smirnova',
      email: 'olga.smirnova@contoso.example',
      companyNo: contoso.no,
      salespersonCode: 'JO',
      languageCode: 'RUS',
    },
    {
      name: 'Mikko Virtanen',
      email: 'mikko.virtanen@contoso.example',
      companyNo: contoso.no,
      salespersonCode: 'JO',
      languageCode: 'FIN',
    },
    { name: 'Dana Lee', email: 'dana.lee@contoso.example', companyNo: contoso.no, salespersonCode: 'JO' },
  ];
  for (const person of people) await createContact(tenantId, { type: 'person', ...person });

  const segment = await createSegment(tenantId, {
    description: 'Spring product launch',
    salespersonCode: 'AH',
    interaction: { templateCode: 'COVERLETTER', subject: 'Our spring collection' },
  });
  await applyCriteria(tenantId, segment.no, 'add', { filter: { type: 'person' } });
  return true;
}
