import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceType, InformationFlow, InitiatedBy, InteractionGroup } from '@interlog/api-client';
import { ChoiceField } from '@interlog/ui-kit';
import { interactionChoices } from '../segments/interaction-choices';
import { CodeAndDescriptionFields, NumberField, TextField } from './SetupFields';
import type { FieldsContext } from './SetupListPage';

export interface TemplateDraft {
  code: string;
  description: string;
  interactionGroupCode: string;
  informationFlow: InformationFlow;
  initiatedBy: InitiatedBy;
  unitCost: string;
  unitDurationMin: string;
  correspondenceType: CorrespondenceType;
  ignoreContactCorrespondenceType: boolean;
  languageCode: string;
  campaignNo: string;
}

const useStyles = makeStyles({
  // alignItems start: a field with a hint must not stretch its neighbour's control.
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    alignItems: 'start',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  wide: { gridColumn: '1 / -1' },
});

/** Every field of an interaction template, two columns where there is room. */
export function TemplateFields({
  draft,
  change,
  isNew,
  errors,
  groups,
}: FieldsContext<TemplateDraft> & { groups: InteractionGroup[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const choices = interactionChoices(t, []);
  const groupChoices = [
    { value: '', label: t('setup.none') },
    ...groups.map((group) => ({ value: group.code, label: `${group.description || group.code} (${group.code})` })),
  ];
  return (
    <div className={styles.grid}>
      <CodeAndDescriptionFields draft={draft} change={change} isNew={isNew} errors={errors} />
      <ChoiceField
        label={t('setup.templates.group')}
        value={draft.interactionGroupCode}
        choices={groupChoices}
        onChange={(interactionGroupCode) => change({ interactionGroupCode })}
      />
      <ChoiceField
        label={t('form.informationFlow')}
        value={draft.informationFlow}
        choices={choices.flows}
        onChange={(informationFlow) => change({ informationFlow })}
      />
      <ChoiceField
        label={t('form.initiatedBy')}
        value={draft.initiatedBy}
        choices={choices.initiators}
        onChange={(initiatedBy) => change({ initiatedBy })}
      />
      <NumberField
        label={t('setup.templates.unitCost')}
        step={0.01}
        value={draft.unitCost}
        onChange={(unitCost) => change({ unitCost })}
        error={errors.unitCost}
      />
      <NumberField
        label={t('setup.templates.unitDuration')}
        value={draft.unitDurationMin}
        onChange={(unitDurationMin) => change({ unitDurationMin })}
        error={errors.unitDurationMin}
      />
      <ChoiceField
        label={t('setup.templates.correspondenceType')}
        value={draft.correspondenceType}
        choices={choices.correspondence}
        onChange={(correspondenceType) => change({ correspondenceType })}
      />
      <TextField
        label={t('setup.templates.languageCode')}
        hint={t('setup.form.languageCodeHint')}
        value={draft.languageCode}
        onChange={(languageCode) => change({ languageCode })}
        maxLength={10}
        error={errors.languageCode}
      />
      <TextField
        label={t('setup.templates.campaignNo')}
        value={draft.campaignNo}
        onChange={(campaignNo) => change({ campaignNo })}
        maxLength={20}
        error={errors.campaignNo}
      />
      <Checkbox
        className={styles.wide}
        label={t('setup.templates.ignoreContactCorrespondenceType')}
        checked={draft.ignoreContactCorrespondenceType}
        onChange={(_, d) => change({ ignoreContactCorrespondenceType: d.checked === true })}
      />
    </div>
  );
}
