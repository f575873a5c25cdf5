import { useTranslation } from 'react-i18next';
import { queryKeys, type MarketingSetup } from '@interlog/api-client';
import { useQuery } from '@tanstack/react-query';
import { ChoiceField } from '@interlog/ui-kit';
import { useInterlog } from '@interlog/app-shell';
import { interactionChoices } from '../segments/interaction-choices';
import { TextField } from './SetupFields';
import { SetupFormPage } from './SetupFormPage';

/** Marketing setup: the number series of contacts and segments and the interaction defaults. */
export function MarketingSetupPage() {
  const { t } = useTranslation();
  const { api } = useInterlog();
  const series = useQuery({
    queryKey: queryKeys.numberSeries,
    queryFn: async () => (await api.setup.numberSeries.list()).items,
  });
  const seriesChoices = [
    { value: '', label: t('setup.none') },
    ...(series.data ?? []).map((s) => ({
      value: s.code,
      label: s.description ? `${s.code} · ${s.description}` : s.code,
    })),
  ];
  const { correspondence } = interactionChoices(t, []);
  return (
    <SetupFormPage<MarketingSetup>
      id="setup-marketing-heading"
      title={t('setup.nav.marketingSetup')}
      intro={t('setup.marketingSetup.intro')}
      queryKey={queryKeys.marketingSetup}
      load={() => api.setup.marketingSetup.get()}
      save={(values, version) =>
        api.setup.marketingSetup.put({ ...values, defaultLanguageCode: values.defaultLanguageCode.trim() }, version)
      }
    >
      {(values, change, errors) => (
        <>
          <ChoiceField
            label={t('setup.marketingSetup.contactNos')}
            value={values.contactNos}
            choices={seriesChoices}
            onChange={(contactNos) => change({ contactNos })}
          />
          <ChoiceField
            label={t('setup.marketingSetup.segmentNos')}
            value={values.segmentNos}
            choices={seriesChoices}
            onChange={(segmentNos) => change({ segmentNos })}
          />
          <ChoiceField
            label={t('setup.marketingSetup.defaultCorrespondenceType')}
            value={values.defaultCorrespondenceType}
            choices={correspondence}
            onChange={(defaultCorrespondenceType) => change({ defaultCorrespondenceType })}
          />
          <TextField
            label={t('setup.marketingSetup.defaultLanguageCode')}
            hint={t('setup.form.languageCodeHint')}
            value={values.defaultLanguageCode}
            onChange={(defaultLanguageCode) => change({ defaultLanguageCode })}
            maxLength={10}
            error={errors.defaultLanguageCode}
          />
        </>
      )}
    </SetupFormPage>
  );
}
