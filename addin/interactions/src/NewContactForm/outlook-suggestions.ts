import { ApiError } from '@interlog/api-client';
import type { Contact, PersonSuggestion } from '@interlog/api-client';

/** The Outlook entry for exactly this address, unless it is an Interlog contact already. */
export function bestMatchFor(email: string, suggestions: PersonSuggestion[]): PersonSuggestion | null {
  const wanted = email.trim().toLowerCase();
  return suggestions.find((s) => s.email.toLowerCase() === wanted && s.contactNo === null) ?? null;
}

/** The server has no Microsoft Graph: the form then works without suggestions, and says nothing. */
export const outlookUnavailable = (error: unknown) =>
  error instanceof ApiError && error.status === 503 && error.problemName === 'unavailable';

const comparable = (name: string) => name.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The company contact named as Outlook names the company ("Contoso Ltd" is "Contoso Ltd."). */
export function companyNamed(companyName: string, companies: Contact[]): Contact | undefined {
  const wanted = comparable(companyName);
  return wanted ? companies.find((c) => c.type === 'company' && comparable(c.name) === wanted) : undefined;
}

/** A phone number as long as a contact's phone may be. */
export const contactPhone = (phone: string) => phone.trim().slice(0, 30);
