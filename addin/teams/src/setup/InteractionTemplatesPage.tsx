import { useState } from 'react';
import { MenuItem } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { queryKeys, versionOf, type InteractionTemplate } from '@interlog/api-client';
import { useFormat } from '@interlog/i18n';
import { useInterlog } from '@interlog/app-shell';
import { useQuery } from '@tanstack/react-query';
import { RowMenu } from '@interlog/ui-kit';
import { TemplateCorrespondenceDialog } from '../correspondence/TemplateCorrespondenceDialog';
import { SetupListPage } from './SetupListPage';
import { TemplateFields, type TemplateDraft } from './TemplateFields';
import { useSetupRecords } from './use-setup-records';
import { notNegative, requireCode, toAmount } from './validation';

function toDraft(template: InteractionTemplate | null): TemplateDraft {
  return {
    code: template?.code ?? '',
    description: template?.description ?? '',
    interactionGroupCode: template?.interactionGroupCode ?? '',
    informationFlow: template?.informationFlow ?? '',
    initiatedBy: template?.initiatedBy ?? '',
    unitCost: String(template?.unitCost ?? 0),
    unitDurationMin: String(template?.unitDurationMin ?? 0),
    correspondenceType: template?.correspondenceType ?? '',
    ignoreContactCorrespondenceType: template?.ignoreContactCorrespondenceType ?? false,
    languageCode: template?.languageCode ?? '',
    campaignNo: template?.campaignNo ?? '',
  };
}

function toInput({ code: _code, ...draft }: TemplateDraft) {
  return {
    ...draft,
    description: draft.description.trim(),
    unitCost: toAmount(draft.unitCost),
    unitDurationMin: toAmount(draft.unitDurationMin),
    languageCode: draft.languageCode.trim(),
    campaignNo: draft.campaignNo.trim(),
  };
}

/** Interaction templates: what an interaction is (group, direction, cost, duration, correspondence). */
export function InteractionTemplatesPage() {
  const { t } = useTranslation();
  const { api } = useInterlog();
  const format = useFormat();
  const groups = useQuery({ queryKey: queryKeys.groups, queryFn: async () => (await api.templates.groups()).items });
  const records = useSetupRecords<InteractionTemplate, TemplateDraft>({
    queryKey: queryKeys.templates.list,
    load: async () => (await api.templates.list()).items,
    codeOf: (template) => template.code,
    toDraft,
    validate: (draft, isNew) => ({
      ...requireCode(t, draft.code, isNew),
      ...notNegative(t, { unitCost: draft.unitCost, unitDurationMin: draft.unitDurationMin }),
    }),
    save: (draft, original) =>
      original
        ? api.setup.interactionTemplates.patch(original.code, toInput(draft), versionOf(original))
        : api.setup.interactionTemplates.create({ code: draft.code.trim(), ...toInput(draft) }),
    remove: (template) => api.setup.interactionTemplates.remove(template.code),
    sharesReferenceData: true,
  });
  const [correspondenceOf, setCorrespondenceOf] = useState<InteractionTemplate | null>(null);
  return (
    <>
      <SetupListPage
        statistics="interaction-templates"
        id="setup-templates-heading"
        records={records}
        texts={{
          title: t('setup.nav.templates'),
          add: t('setup.templates.add'),
          empty: t('setup.templates.empty'),
          newTitle: t('setup.templates.newTitle'),
          editTitle: (code) => t('setup.templates.editTitle', { code }),
          deleteTitle: (code) => t('setup.templates.deleteTitle', { code }),
          deleteBody: t('setup.templates.deleteBody'),
        }}
        columns={[
          { label: t('setup.form.code'), render: (template) => template.code },
          { label: t('form.description'), render: (template) => template.description, wide: true },
          { label: t('setup.templates.group'), render: (template) => template.interactionGroupCode },
          { label: t('form.informationFlow'), render: (template) => t(`flow.${template.informationFlow || 'none'}`) },
          { label: t('form.initiatedBy'), render: (template) => t(`initiated.${template.initiatedBy || 'none'}`) },
          {
            label: t('setup.templates.unitCost'),
            render: (template) => format.amount(template.unitCost),
            numeric: true,
          },
          {
            label: t('setup.templates.unitDuration'),
            render: (template) => format.number(template.unitDurationMin),
            numeric: true,
          },
          {
            label: t('setup.templates.correspondenceType'),
            render: (template) => t(`correspondenceType.${template.correspondenceType || 'none'}`),
          },
        ]}
        fields={(context) => <TemplateFields {...context} groups={groups.data ?? []} />}
        rowActions={(template) => (
          <RowMenu label={t('correspondence.template.moreFor', { code: template.code })}>
            <MenuItem onClick={() => setCorrespondenceOf(template)}>{t('correspondence.template.open')}</MenuItem>
          </RowMenu>
        )}
      />
      {correspondenceOf && (
        <TemplateCorrespondenceDialog template={correspondenceOf} onClose={() => setCorrespondenceOf(null)} />
      )}
    </>
  );
}
