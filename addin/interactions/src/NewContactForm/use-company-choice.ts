import { useCallback, useEffect, useState } from 'react';
import type { Contact } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { companyNamed } from './outlook-suggestions';

/** Why the company shown is chosen: its address domain, the company Outlook names, or the user. */
export type CompanySource = 'domain' | 'outlook' | 'user' | null;

const domainOf = (email: string) => email.split('@')[1]?.toLowerCase() ?? '';
const withCompanies = (more: Contact[]) => (current: Contact[]) => [
  ...current,
  ...more.filter((c) => !current.some((known) => known.no === c.no)),
];

/** The company a new person belongs to: the one at their address domain, unless Outlook names another. */
export function useCompanyChoice(email: string) {
  const { api } = useInterlog();
  const [companies, setCompanies] = useState<Contact[]>([]);
  const [companyNo, setCompanyNo] = useState('');
  const [source, setSource] = useState<CompanySource>(null);
  /** The company Outlook names when no company contact has that name. */
  const [outlookOnly, setOutlookOnly] = useState('');

  useEffect(() => {
    const domain = domainOf(email);
    if (!domain) return;
    api.contacts.companiesAtDomain(domain).then(
      (page) => {
        setCompanies(withCompanies(page.items));
        if (!page.items[0]) return;
        setCompanyNo((current) => current || page.items[0].no);
        setSource((current) => current ?? 'domain');
      },
      () => undefined,
    );
  }, [api, email]);

  const matchOutlook = useCallback(
    async (companyName: string) => {
      const name = companyName.trim();
      const found = name
        ? await api.contacts.list({ type: 'company', search: name.slice(0, 100), limit: 20 }).then(
            (page) => companyNamed(name, page.items),
            () => undefined,
          )
        : undefined;
      setOutlookOnly(found ? '' : name);
      if (!found) return;
      setCompanies(withCompanies([found]));
      setCompanyNo(found.no);
      setSource('outlook');
    },
    [api],
  );

  const choose = (no: string) => {
    setCompanyNo(no);
    setSource('user');
    setOutlookOnly('');
  };

  return {
    companies,
    companyNo,
    company: companies.find((c) => c.no === companyNo),
    source,
    outlookOnly,
    choose,
    matchOutlook,
  };
}
