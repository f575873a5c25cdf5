import { useCallback, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { queryKeys, type Contact } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { companyNamed } from './outlook-suggestions';

/** Why the company shown is chosen: its address domain, the company Outlook names, or the user. */
export type CompanySource = 'domain' | 'outlook' | 'user' | null;

const domainOf = (email: string) => email.split('@')[1]?.toLowerCase() ?? '';

/**
 * The company a new person belongs to: the one at their address domain, unless Outlook names another.
 * The companies are read by query; the form keeps only what happened last (a name Outlook gave, the user's pick).
 */
export function useCompanyChoice(email: string) {
  const { api } = useInterlog();
  const domain = domainOf(email);
  const order = useRef(0);
  /** The company name Outlook gave last, and when. */
  const [outlook, setOutlook] = useState({ name: '', at: 0 });
  /** The company the user picked, and when. */
  const [chosen, setChosen] = useState<{ no: string; at: number } | null>(null);

  const atDomain = useQuery({
    queryKey: queryKeys.contacts.companiesAt(domain),
    queryFn: () => api.contacts.companiesAtDomain(domain).then((page) => page.items),
    enabled: Boolean(domain),
  });
  const named = useQuery({
    queryKey: queryKeys.contacts.companyNamed(outlook.name),
    queryFn: () =>
      api.contacts
        .list({ type: 'company', search: outlook.name.slice(0, 100), limit: 20 })
        .then((page) => companyNamed(outlook.name, page.items) ?? null),
    enabled: Boolean(outlook.name),
    retry: false,
  });

  const domainCompanies = atDomain.data ?? [];
  const found = named.data ?? null;
  const outlookLast = outlook.name !== '' && outlook.at > (chosen?.at ?? -1);
  const settled = named.isSuccess || named.isError;
  const companies =
    found && !domainCompanies.some((c) => c.no === found.no) ? [...domainCompanies, found] : domainCompanies;
  const [companyNo, source]: [string, CompanySource] =
    outlookLast && found
      ? [found.no, 'outlook']
      : chosen
        ? [chosen.no, 'user']
        : domainCompanies[0]
          ? [domainCompanies[0].no, 'domain']
          : ['', null];

  const matchOutlook = useCallback((companyName: string) => {
    order.current += 1;
    setOutlook({ name: companyName.trim(), at: order.current });
  }, []);

  const choose = (no: string) => {
    order.current += 1;
    setChosen({ no, at: order.current });
  };

  return {
    companies,
    companyNo,
    company: companies.find((c: Contact) => c.no === companyNo),
    source,
    /** The company Outlook names when no company contact has that name. */
    outlookOnly: outlookLast && settled && !found ? outlook.name : '',
    choose,
    matchOutlook,
  };
}
