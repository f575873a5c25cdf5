import { createCorrespondentsApi, type InterlogApi } from '@interlog/api-client';
import type { PersonMatch } from '@interlog/contact-matching';

/**
 * The recipients who match no contact, kept with this send (its key is the send's, as the entries'), so that
 * they are not lost: automatic recording skips an email the on-send event marked. A failure loses the list
 * entry, never the email.
 */
export async function keepStrangers(
  api: InterlogApi,
  matches: PersonMatch[],
  send: { sendId: string; subject: string },
  report: (error: unknown) => void,
): Promise<void> {
  const people = matches
    .filter((m) => !m.contact && m.person.email.includes('@'))
    .map((m) => ({ address: m.person.email, name: m.person.name.slice(0, 100) }))
    .slice(0, 100);
  if (people.length === 0) return;
  const item = {
    kind: 'sent' as const,
    sendId: send.sendId,
    subject: send.subject.slice(0, 250),
    date: new Date().toISOString(),
  };
  await createCorrespondentsApi(api.http).sighted({ item, people }).catch(report);
}
