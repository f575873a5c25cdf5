import { Checkbox } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ChoiceField } from '@interlog/ui-kit';
import type { Evaluation, InformationFlow, InitiatedBy, Salesperson } from '@interlog/api-client';
import type { InteractionValues } from './interaction-values';
import { useFieldGridStyles } from './useFieldGridStyles.styles';

const flows: InformationFlow[] = ['outbound', 'inbound', ''];
const initiators: InitiatedBy[] = ['us', 'them', ''];
const evaluations: Evaluation[] = ['veryPositive', 'positive', 'neutral', 'negative', 'veryNegative', ''];

export interface MoreDetailsFieldsProps {
  values: InteractionValues;
  salespeople: Salesperson[];
  onChange: (change: Partial<InteractionValues>) => void;
}

/** More details of an interaction: its direction, who began it, how it went, the salesperson, a failed attempt. */
export default function MoreDetailsFields({ values, salespeople, onChange }: MoreDetailsFieldsProps) {
  const { t } = useTranslation();
  const styles = useFieldGridStyles();
  const labelled = <T extends string>(values: T[], label: (value: T) => string) =>
    values.map((value) => ({ value, label: label(value) }));
  return (
    <>
      <div className={styles.grid}>
        <ChoiceField
          label={t('form.informationFlow')}
          value={values.informationFlow}
          choices={labelled(flows, (v) => t(`flow.${v || 'none'}`))}
          onChange={(informationFlow) => onChange({ informationFlow })}
        />
        <ChoiceField
          label={t('form.initiatedBy')}
          value={values.initiatedBy}
          choices={labelled(initiators, (v) => t(`initiated.${v || 'none'}`))}
          onChange={(initiatedBy) => onChange({ initiatedBy })}
        />
        <ChoiceField
          label={t('form.evaluation')}
          value={values.evaluation}
          choices={labelled(evaluations, (v) => t(`evaluation.${v || 'none'}`))}
          onChange={(evaluation) => onChange({ evaluation })}
        />
        <ChoiceField
          label={t('form.salesperson')}
          value={values.salespersonCode}
          choices={[
            { value: '', label: t('form.salespersonDefault') },
            ...salespeople.map((s) => ({ value: s.code, label: s.name })),
          ]}
          onChange={(salespersonCode) => onChange({ salespersonCode })}
        />
      </div>
      <Checkbox
        label={t('form.attemptFailed')}
        checked={values.attemptFailed}
        onChange={(_, d) => onChange({ attemptFailed: !!d.checked })}
      />
    </>
  );
}
