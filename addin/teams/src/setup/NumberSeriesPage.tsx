import { useTranslation } from 'react-i18next';
import { queryKeys, versionOf, type NumberSeries } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { CodeAndDescriptionFields, TextField } from './SetupFields';
import { SetupListPage } from './SetupListPage';
import { useSetupRecords } from './use-setup-records';
import { requireCode } from './validation';

type Draft = NumberSeries;

/** Number series: where contact and segment numbers come from (SM00009 → SM00010). */
export function NumberSeriesPage() {
  const { t } = useTranslation();
  const { api } = useInterlog();
  const records = useSetupRecords<NumberSeries, Draft>({
    queryKey: queryKeys.numberSeries,
    load: async () => (await api.setup.numberSeries.list()).items,
    codeOf: (series) => series.code,
    toDraft: (series) => ({
      code: series?.code ?? '',
      description: series?.description ?? '',
      startingNo: series?.startingNo ?? '',
      lastNoUsed: series?.lastNoUsed ?? '',
    }),
    validate: (draft, isNew) => requireCode(t, draft.code, isNew),
    save: (draft, original) => {
      const values = {
        description: draft.description.trim(),
        startingNo: draft.startingNo.trim(),
        lastNoUsed: draft.lastNoUsed.trim(),
      };
      return original
        ? api.setup.numberSeries.put(original.code, values, versionOf(original))
        : api.setup.numberSeries.create({ code: draft.code.trim(), ...values });
    },
  });
  return (
    <SetupListPage
      id="setup-number-series-heading"
      records={records}
      texts={{
        title: t('setup.nav.numberSeries'),
        add: t('setup.numberSeries.add'),
        empty: t('setup.numberSeries.empty'),
        newTitle: t('setup.numberSeries.newTitle'),
        editTitle: (code) => t('setup.numberSeries.editTitle', { code }),
      }}
      columns={[
        { label: t('setup.form.code'), render: (series) => series.code },
        { label: t('form.description'), render: (series) => series.description, wide: true },
        { label: t('setup.numberSeries.startingNo'), render: (series) => series.startingNo },
        { label: t('setup.numberSeries.lastNoUsed'), render: (series) => series.lastNoUsed },
      ]}
      fields={({ draft, change, isNew, errors }) => (
        <>
          <CodeAndDescriptionFields draft={draft} change={change} isNew={isNew} errors={errors} />
          <TextField
            label={t('setup.numberSeries.startingNo')}
            hint={t('setup.numberSeries.noHint')}
            value={draft.startingNo}
            onChange={(startingNo) => change({ startingNo })}
            maxLength={20}
            error={errors.startingNo}
          />
          <TextField
            label={t('setup.numberSeries.lastNoUsed')}
            value={draft.lastNoUsed}
            onChange={(lastNoUsed) => change({ lastNoUsed })}
            maxLength={20}
            error={errors.lastNoUsed}
          />
        </>
      )}
    />
  );
}
