import { useTranslation } from 'react-i18next';
import { queryKeys, type InteractionTemplateSetup } from '@interlog/api-client';
import { useQuery } from '@tanstack/react-query';
import { ChoiceField } from '@interlog/ui-kit';
import { useInterlog } from '@interlog/app-shell';
import { SetupFormPage } from './SetupFormPage';

const kinds = [
  'emails',
  'emailsReceived',
  'meetingInvitation',
  'outgoingCalls',
  'emailDraft',
  'salesQuotes',
  'salesInvoices',
] as const satisfies readonly (keyof InteractionTemplateSetup)[];

/** Interaction template setup: which template records each kind of automatic interaction ('' = off). */
export function TemplateSetupPage() {
  const { t } = useTranslation();
  const { api } = useInterlog();
  const templates = useQuery({
    queryKey: queryKeys.templates.list,
    queryFn: async () => (await api.templates.list()).items,
  });
  const choices = [
    { value: '', label: t('setup.templateSetup.off') },
    ...(templates.data ?? []).map((template) => ({
      value: template.code,
      label: `${template.description} (${template.code})`,
    })),
  ];
  return (
    <SetupFormPage<InteractionTemplateSetup>
      id="setup-template-setup-heading"
      title={t('setup.nav.templateSetup')}
      intro={t('setup.templateSetup.intro')}
      queryKey={queryKeys.templateSetup}
      load={() => api.templates.setup()}
      save={(values, version) => api.setup.templateSetup.put(values, version)}
      sharesReferenceData
    >
      {(values, change) =>
        kinds.map((kind) => (
          <ChoiceField
            key={kind}
            label={t(`setup.templateSetup.kind.${kind}`)}
            value={values[kind]}
            choices={choices}
            onChange={(code) => change({ [kind]: code })}
          />
        ))
      }
    </SetupFormPage>
  );
}
