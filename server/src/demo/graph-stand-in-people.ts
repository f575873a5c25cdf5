import express from 'express';
import { DEMO_USER } from '../lib/auth/local-token-issuer';
import { createFailureInjector, graphError } from './graph-stand-in-errors';

/** Someone in a user's Outlook: a contact (any number of addresses) or a relevant person (best address first). */
export interface StandInOutlookPerson {
  name: string;
  emails: string[];
  companyName?: string;
  jobTitle?: string;
  phone?: string;
  /** Relevant people include distribution lists. */
  kind?: 'Person' | 'Group';
}

export interface StandInOutlookBook {
  contacts: StandInOutlookPerson[];
  people: StandInOutlookPerson[];
}

/**
 * The demo user's Outlook: some are Interlog contacts of the demo tenant (by address), some
 * not yet (Jana Svobodová is the unknown cc of the preview's outbound email).
 */
export const demoOutlookBooks: Record<string, StandInOutlookBook> = {
  [DEMO_USER.oid]: {
    contacts: [
      {
        name: 'Jana Svobodová',
        emails: ['jana.svobodova@contoso.example'],
        companyName: 'Contoso Ltd.',
        jobTitle: 'Vedoucí nákupu',
        phone: '+420 602 123 456',
      },
      {
        name: 'Petra Nováková',
        emails: ['petra.novakova@fabrikam.example'],
        companyName: 'Fabrikam Inc.',
        jobTitle: 'Obchodní ředitelka',
        phone: '+420 777 555 010',
      },
      {
        name: 'Mikko Virtanen',
        emails: ['mikko.virtanen@contoso.example', 'mikko@virtanen.example'],
        companyName: 'Contoso Ltd.',
        jobTitle: 'Myyntipäällikkö',
        phone: '+358 40 123 4567',
      },
      {
        name: 'Aino Korhonen',
        emails: ['aino.korhonen@northwind.example'],
        companyName: 'Northwind Traders Oy',
        jobTitle: 'Hankintapäällikkö',
        phone: '+358 50 765 4321',
      },
      {
        name: 'Tomáš Dvořák',
        emails: ['tomas.dvorak@fabrikam.example'],
        companyName: 'Fabrikam Inc.',
        jobTitle: 'Servisní technik',
        phone: '+420 731 000 222',
      },
    ],
    people: [
      {
        name: 'Olga Smirnova',
        emails: ['olga.smirnova@contoso.example'],
        companyName: 'Contoso Ltd.',
        jobTitle: 'Финансовый директор',
        phone: '+7 495 123-45-67',
      },
      {
        name: 'Дмитрий Иванов',
        emails: ['dmitry.ivanov@northwind.example'],
        companyName: 'Northwind Traders Oy',
        jobTitle: 'Руководитель отдела закупок',
        phone: '+7 812 555-01-23',
      },
      { name: 'Jana Svobodová', emails: ['Jana.Svobodova@contoso.example'], companyName: 'Contoso Ltd.' },
      {
        name: 'Robin Bauer',
        emails: ['robin.bauer@fabrikam.example'],
        companyName: 'Fabrikam Inc.',
        jobTitle: 'Purchasing manager',
      },
      { name: 'Contoso purchasing', emails: ['purchasing@contoso.example'], kind: 'Group' },
      { name: 'Veikko Nieminen', emails: [], companyName: 'Northwind Traders Oy' },
    ],
  },
};

const STRING = `'((?:[^']|'')*)'`;
const BY_ADDRESS = new RegExp(`^emailAddresses/any\\(a:a/address eq ${STRING}\\)$`);
const BY_NAME = new RegExp(
  `^startswith\\(displayName,${STRING}\\) or startswith\\(givenName,${STRING}\\) or startswith\\(surname,${STRING}\\)$`,
);
const PHRASE = /^"((?:[^"\\]|\\.)*)"$/;

const nameParts = (name: string) => ({
  givenName: name.split(' ')[0] ?? '',
  surname: name.split(' ').slice(1).join(' '),
});
const startsWith = (value: string, start: string) => value.toLocaleLowerCase().startsWith(start.toLocaleLowerCase());

/** Only the filters Interlog sends: one whole address, or the start of the display, given or surname. */
function contactMatcher(filter: string): ((p: StandInOutlookPerson) => boolean) | null {
  const address = BY_ADDRESS.exec(filter);
  if (address) return (p) => p.emails.some((e) => e.toLowerCase() === address[1].replace(/''/g, "'").toLowerCase());
  const name = BY_NAME.exec(filter);
  if (!name || name[1] !== name[2] || name[2] !== name[3]) return null;
  const start = name[1].replace(/''/g, "'");
  return (p) => [p.name, nameParts(p.name).givenName, nameParts(p.name).surname].some((n) => startsWith(n, start));
}

/** Like Graph's people search: a word of the name, or an address, starts with the text. */
function personMatcher(search: string): ((p: StandInOutlookPerson) => boolean) | null {
  const phrase = PHRASE.exec(search)?.[1]?.replace(/\\(.)/g, '$1');
  if (phrase === undefined) return null;
  return (p) =>
    startsWith(p.name, phrase) ||
    p.name.split(' ').some((w) => startsWith(w, phrase)) ||
    p.emails.some((e) => startsWith(e, phrase));
}

const contactJson = (p: StandInOutlookPerson, i: number) => ({
  id: `contact-${i}`,
  displayName: p.name,
  ...nameParts(p.name),
  emailAddresses: p.emails.map((address) => ({ name: p.name, address })),
  companyName: p.companyName ?? null,
  jobTitle: p.jobTitle ?? null,
  businessPhones: p.phone ? [p.phone] : [],
  mobilePhone: null,
  homePhones: [],
});

const personJson = (p: StandInOutlookPerson, i: number) => ({
  id: `person-${i}`,
  displayName: p.name,
  ...nameParts(p.name),
  scoredEmailAddresses: p.emails.map((address) => ({ address, relevanceScore: 8 })),
  companyName: p.companyName ?? null,
  jobTitle: p.jobTitle ?? null,
  phones: p.phone ? [{ type: 'business', number: p.phone }] : [],
  personType: {
    class: p.kind ?? 'Person',
    subclass: p.kind === 'Group' ? 'PublicDistributionList' : 'PersonalContact',
  },
});

/**
 * The people half of the Graph stand-in: each user's Outlook contacts (`/me/contacts` with
 * Interlog's `$filter`) and relevant people (`/me/people?$search="…"`). Test hooks add
 * people to a user's Outlook and make calls fail.
 */
export function createStandInPeople(initial: Record<string, StandInOutlookBook> = {}) {
  const books = new Map(
    Object.entries(initial).map(([userId, book]) => [
      userId,
      { contacts: [...book.contacts], people: [...book.people] },
    ]),
  );
  const bookOf = (userId: string) => books.get(userId) ?? books.set(userId, { contacts: [], people: [] }).get(userId)!;
  const failures = createFailureInjector();

  const router = express.Router();
  router.use(failures.middleware);

  const list =
    (
      kind: keyof StandInOutlookBook,
      parameter: '$filter' | '$search',
      toJson: (p: StandInOutlookPerson, i: number) => object,
    ) =>
    (req: express.Request, res: express.Response) => {
      const { userId } = res.locals.identity as { userId: string | null };
      if (!userId)
        return graphError(res, 400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
      const matches = (kind === 'contacts' ? contactMatcher : personMatcher)(String(req.query[parameter] ?? ''));
      if (!matches)
        return graphError(res, 400, 'ErrorInvalidUrlQuery', `The stand-in does not understand this ${parameter}.`);
      const top = Number(req.query.$top ?? 10);
      res.json({ value: bookOf(userId)[kind].filter(matches).slice(0, top).map(toJson) });
    };
  router.get('/me/contacts', list('contacts', '$filter', contactJson));
  router.get('/me/people', list('people', '$search', personJson));

  const hooks = {
    /** The user saved someone in their Outlook contacts. */
    addContact: (userId: string, person: StandInOutlookPerson) => void bookOf(userId).contacts.push(person),
    /** Someone became relevant to the user (they corresponded). */
    addPerson: (userId: string, person: StandInOutlookPerson) => void bookOf(userId).people.push(person),
    failNext: failures.failNext,
  };
  return { router, hooks };
}
