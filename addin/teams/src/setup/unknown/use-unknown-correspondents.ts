import { useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createCorrespondentsApi, queryKeys, type CreateContactFromCorrespondentInput } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { usePagedQuery } from '@interlog/ui-kit';

export type Done =
  { kind: 'ignored' | 'cleared'; address: string } | { kind: 'created'; name: string; recorded: number };

/** The unknown correspondents list and what can be done with one: make it a contact, ignore it, clear it. */
export function useUnknownCorrespondents() {
  const { api: interlog } = useInterlog();
  const api = useMemo(() => createCorrespondentsApi(interlog.http), [interlog]);
  const queryClient = useQueryClient();
  const list = usePagedQuery(queryKeys.unknownCorrespondents.list, (cursor) => api.list({ limit: 50, cursor }));
  const [done, setDone] = useState<Done | null>(null);
  const changed = () => queryClient.invalidateQueries({ queryKey: queryKeys.unknownCorrespondents.all });

  const ignore = useMutation({
    mutationFn: (address: string) => api.ignore(address),
    onSuccess: (_, address) => setDone({ kind: 'ignored', address }),
    onSettled: changed,
  });
  const clear = useMutation({
    mutationFn: (address: string) => api.clear(address),
    onSuccess: (_, address) => setDone({ kind: 'cleared', address }),
    onSettled: changed,
  });
  const create = useMutation({
    mutationFn: ({ address, input }: { address: string; input: CreateContactFromCorrespondentInput }) =>
      api.createContact(address, input),
    onSuccess: (result) => {
      setDone({ kind: 'created', name: result.contact.name, recorded: result.recorded });
      void queryClient.invalidateQueries({ queryKey: queryKeys.contacts.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.interactions.all });
      void changed();
    },
  });
  return { list, done, ignore, clear, create };
}
