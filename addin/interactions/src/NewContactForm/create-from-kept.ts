import { useQuery } from '@tanstack/react-query';
import {
  ApiError,
  createCorrespondentsApi,
  queryKeys,
  type Contact,
  type CreateContactInput,
  type InterlogApi,
} from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import type { CompanySource } from './use-company-choice';

/**
 * Creates the contact through the unknown correspondents list (the address leaves it, and its kept items are
 * recorded when asked: `recorded` says how many). No company chosen or found: the server finds or makes the one of
 * the domain. An address no longer listed (cleared meanwhile) is created the usual way.
 */
export async function createFromKept(
  api: InterlogApi,
  email: string,
  input: CreateContactInput,
  companySource: CompanySource,
  recordMissed: boolean,
): Promise<{ contact: Contact; recorded: number }> {
  const { name, type, phone, companyNo } = input;
  try {
    const result = await createCorrespondentsApi(api.http).createContact(email, {
      name,
      ...(type ? { type } : {}),
      ...(phone ? { phone } : {}),
      ...(type === 'person' && companySource !== null ? { companyNo: companyNo ?? '' } : {}),
      recordMissed,
    });
    return { contact: result.contact, recorded: result.recorded };
  } catch (caught) {
    if (caught instanceof ApiError && caught.status === 404)
      return { contact: await api.contacts.create(input, `contact:${email.toLowerCase()}`), recorded: 0 };
    throw caught;
  }
}

/** How many items Interlog keeps for the address (0 when it keeps none). */
export function useKeptCount(email: string): number {
  const { api } = useInterlog();
  const address = email.toLowerCase();
  const kept = useQuery({
    queryKey: queryKeys.unknownCorrespondents.one(address),
    queryFn: () =>
      createCorrespondentsApi(api.http)
        .get(address)
        .then((c) => c.itemCount)
        .catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 404) return 0;
          throw error;
        }),
    enabled: address.includes('@'),
    retry: false,
  });
  return kept.data ?? 0;
}
