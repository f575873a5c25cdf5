import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createCorrespondentsApi, queryKeys, type KeptItemKind } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { useReferenceData } from '@interlog/interactions';
import { useCompanies } from '../../contacts/use-companies';
import type { CreateChoices } from './CreateFromCorrespondentDialog';

/** What creating a contact from a correspondent offers: the companies, and a template per kind of kept item. */
export function useCreateChoices(address: string | null): CreateChoices | undefined {
  const { api } = useInterlog();
  const correspondents = useMemo(() => createCorrespondentsApi(api.http), [api]);
  const companies = useCompanies(address !== null);
  const reference = useReferenceData();
  const detail = useQuery({
    queryKey: queryKeys.unknownCorrespondents.one(address ?? ''),
    queryFn: () => correspondents.get(address!),
    enabled: address !== null,
  });
  if (!companies.data || !reference.data || !detail.data) return undefined;
  const kinds = [...new Set(detail.data.items.map((item) => item.kind))] as KeptItemKind[];
  const { templates, groups, templateSetup } = reference.data;
  return { companies: companies.data, kinds, templates, groups, templateSetup };
}
