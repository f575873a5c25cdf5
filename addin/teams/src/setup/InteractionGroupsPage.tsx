import { useTranslation } from 'react-i18next';
import { ApiError, queryKeys, versionOf, type InteractionGroup } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { CodeAndDescriptionFields } from './SetupFields';
import { SetupListPage } from './SetupListPage';
import { useSetupRecords } from './use-setup-records';
import { requireCode } from './validation';

type Draft = { code: string; description: string };

/** The templates a refused delete names (the server's 409 lists them in `usedBy`). */
function templatesUsing(error: unknown): string {
  const usedBy = error instanceof ApiError ? error.problem?.usedBy : undefined;
  if (!Array.isArray(usedBy)) return '';
  return (usedBy as { code: string; description: string }[])
    .map((t) => (t.description ? `${t.description} (${t.code})` : t.code))
    .join(', ');
}

/** Interaction groups: the headings the template picker groups templates under. */
export function InteractionGroupsPage() {
  const { t } = useTranslation();
  const { api } = useInterlog();
  const records = useSetupRecords<InteractionGroup, Draft>({
    queryKey: queryKeys.groups,
    load: async () => (await api.templates.groups()).items,
    codeOf: (group) => group.code,
    toDraft: (group) => ({ code: group?.code ?? '', description: group?.description ?? '' }),
    validate: (draft, isNew) => requireCode(t, draft.code, isNew),
    save: (draft, original) =>
      original
        ? api.setup.interactionGroups.patch(
            original.code,
            { description: draft.description.trim() },
            versionOf(original),
          )
        : api.setup.interactionGroups.create({ code: draft.code.trim(), description: draft.description.trim() }),
    remove: (group) => api.setup.interactionGroups.remove(group.code),
    sharesReferenceData: true,
  });
  return (
    <SetupListPage
      statistics="interaction-groups"
      id="setup-groups-heading"
      records={records}
      texts={{
        title: t('setup.nav.groups'),
        add: t('setup.groups.add'),
        empty: t('setup.groups.empty'),
        newTitle: t('setup.groups.newTitle'),
        editTitle: (code) => t('setup.groups.editTitle', { code }),
        deleteTitle: (code) => t('setup.groups.deleteTitle', { code }),
        deleteBody: t('setup.groups.deleteBody'),
        deleteProblem: (error) => {
          const templates = templatesUsing(error);
          return templates ? t('setup.groups.inUse', { templates }) : undefined;
        },
      }}
      columns={[
        { label: t('setup.form.code'), render: (group) => group.code },
        { label: t('form.description'), render: (group) => group.description, wide: true },
      ]}
      fields={({ draft, change, isNew, errors }) => (
        <>
          <CodeAndDescriptionFields draft={draft} change={change} isNew={isNew} errors={errors} />
        </>
      )}
    />
  );
}
