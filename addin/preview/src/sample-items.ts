import type { MailItem } from '@interlog/outlook';

export const PREVIEW_USER = { email: 'annette.hill@demo.interlog.local', name: 'Annette Hill' };

/** The demo Teams meeting; the local Graph stand-in knows its attendees. */
export const PREVIEW_MEETING = {
  chatId: '19:meeting_demo-qbr@thread.v2',
  meetingId: 'MCMxOTptZWV0aW5nX2RlbW8tcWJyQHRocmVhZC52Mg==',
};

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const base = { mailboxOwner: PREVIEW_USER.email, sharedMailbox: false, occurrence: false, webLink: '', end: null };

/**
 * Realistic items for the demo tenant's contacts (see server/src/demo/seed-demo-tenant.ts).
 * A variant makes another item of the same kind (another email from the same people).
 */
export const sampleItems = {
  inboundKnown: (variant = ''): MailItem => ({
    ...base,
    kind: 'message',
    mode: 'read',
    subject: 'Re: Quote for the spring catalogue',
    itemId: `AAMkAGPreviewInboundKnown${variant}`,
    internetMessageId: `<preview-inbound-known${variant}@fabrikam.example>`,
    webLink: `https://outlook.office.com/mail/deeplink/read/AAMkAGPreviewInboundKnown${variant}`,
    date: hoursAgo(2),
    people: [
      { email: 'robin.bauer@fabrikam.example', name: 'Robin Bauer', role: 'from' },
      { email: PREVIEW_USER.email, name: PREVIEW_USER.name, role: 'to' },
    ],
  }),
  outboundMixed: (variant = ''): MailItem => ({
    ...base,
    kind: 'message',
    mode: 'read',
    subject: 'Contoso rollout: next steps',
    itemId: `AAMkAGPreviewOutboundMixed${variant}`,
    internetMessageId: `<preview-outbound-mixed${variant}@demo.interlog.local>`,
    date: hoursAgo(26),
    people: [
      { email: PREVIEW_USER.email, name: PREVIEW_USER.name, role: 'from' },
      { email: 'olga.smirnova@contoso.example', name: 'Olga Smirnova', role: 'to' },
      { email: 'mikko.virtanen@contoso.example', name: 'Mikko Virtanen', role: 'to' },
      { email: 'jana.svobodova@contoso.example', name: 'Jana Svobodová', role: 'cc' },
    ],
  }),
  meeting: (variant = ''): MailItem => ({
    ...base,
    kind: 'appointment',
    mode: 'read',
    subject: 'Quarterly business review',
    itemId: `AAMkAGPreviewMeeting${variant}`,
    internetMessageId: '',
    date: inHours(20),
    end: inHours(21),
    people: [
      { email: PREVIEW_USER.email, name: PREVIEW_USER.name, role: 'organizer' },
      { email: 'robin.bauer@fabrikam.example', name: 'Robin Bauer', role: 'required' },
      { email: 'petra.novakova@fabrikam.example', name: 'Petra Nováková', role: 'required' },
      { email: 'dana.lee@contoso.example', name: 'Dana Lee', role: 'required' },
      { email: 'olga.smirnova@contoso.example', name: 'Olga Smirnova', role: 'optional' },
    ],
  }),
  compose: (variant = ''): MailItem => ({
    ...base,
    kind: 'message',
    mode: 'compose',
    subject: 'Your invoice',
    itemId: `AAMkAGPreviewDraft${variant}`,
    internetMessageId: '',
    date: hoursAgo(0),
    people: [{ email: 'dana.lee@contoso.example', name: 'Dana Lee', role: 'to' }],
  }),
} satisfies Record<string, (variant?: string) => MailItem>;

export type SampleName = keyof typeof sampleItems;
export const sampleNames = Object.keys(sampleItems) as SampleName[];
