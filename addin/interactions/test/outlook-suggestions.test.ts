import { ApiError } from '@interlog/api-client';
import type { Contact, PersonSuggestion } from '@interlog/api-client';
import {
  bestMatchFor,
  companyNamed,
  contactPhone,
  outlookUnavailable,
} from '../src/NewContactForm/outlook-suggestions';

const suggestion = (changes: Partial<PersonSuggestion>): PersonSuggestion => ({
  name: 'Jana Svobodová',
  email: 'jana.svobodova@contoso.example',
  companyName: 'Contoso Ltd.',
  jobTitle: '',
  phone: '',
  source: 'contacts',
  contactNo: null,
  ...changes,
});
const company = (no: string, name: string, type: Contact['type'] = 'company'): Contact => ({
  no,
  type,
  name,
  companyNo: no,
  companyName: name,
  email: '',
  phone: '',
  salespersonCode: '',
  correspondenceType: '',
  languageCode: '',
});
const problem = (status: number, name: string) =>
  new ApiError('problem', status, { type: `https://interlog.example/problems/${name}`, title: name, status }, name);

describe('bestMatchFor', () => {
  test('When Outlook knows the address in another letter case, then that entry is the match, before any other', () => {
    const other = suggestion({ email: 'jana@svobodova.example', name: 'Jana (home)' });
    const exact = suggestion({ email: 'Jana.Svobodova@Contoso.example', source: 'people' });

    expect(bestMatchFor('jana.svobodova@contoso.example', [other, exact])).toBe(exact);
  });

  test('When the only entry with the address is an Interlog contact already, or none has it, then there is no match', () => {
    expect(bestMatchFor('jana.svobodova@contoso.example', [suggestion({ contactNo: 'CT000007' })])).toBeNull();
    expect(bestMatchFor('jana.svobodova@contoso.example', [suggestion({ email: 'jan@contoso.example' })])).toBeNull();
  });
});

describe('companyNamed', () => {
  test('When Outlook writes the company name with other case or punctuation, then the company contact is found', () => {
    const contoso = company('CT000002', 'Contoso Ltd.');

    expect(companyNamed('CONTOSO LTD', [company('CT000001', 'Fabrikam Inc.'), contoso])).toBe(contoso);
  });

  test('When only a person has that name, or the Outlook company is empty, then no company is found', () => {
    expect(companyNamed('Contoso Ltd.', [company('CT000003', 'Contoso Ltd.', 'person')])).toBeUndefined();
    expect(companyNamed(' ', [company('CT000002', 'Contoso Ltd.')])).toBeUndefined();
  });
});

describe('outlookUnavailable', () => {
  test('When the server answers 503 unavailable, then Outlook is unavailable; a consent or Graph problem is not that', () => {
    expect(outlookUnavailable(problem(503, 'unavailable'))).toBe(true);
    expect(outlookUnavailable(problem(403, 'consent-required'))).toBe(false);
    expect(outlookUnavailable(problem(502, 'graph-error'))).toBe(false);
    expect(outlookUnavailable(new Error('boom'))).toBe(false);
  });
});

describe('contactPhone', () => {
  test('When an Outlook phone number is longer than a contact phone may be, then it is cut to 30 characters', () => {
    expect(contactPhone(' +420 602 123 456 ext. 1234 (reception desk) ')).toBe('+420 602 123 456 ext. 1234 (re');
  });
});
