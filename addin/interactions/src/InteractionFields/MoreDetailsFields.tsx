import { Checkbox, Dropdown, Field, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
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
  const label = {
    flow: (v: InformationFlow) => t(`flow.${v || 'none'}`),
    initiated: (v: InitiatedBy) => t(`initiated.${v || 'none'}`),
    evaluation: (v: Evaluation) => t(`evaluation.${v || 'none'}`),
  };
  const salesperson = salespeople.find((s) => s.code === values.salespersonCode);
  return (
    <>
      <div className={styles.grid}>
        <Field label={t('form.informationFlow')}>
          <Dropdown
            className={styles.control}
            value={label.flow(values.informationFlow)}
            selectedOptions={[values.informationFlow]}
            onOptionSelect={(_, d) => onChange({ informationFlow: d.optionValue as InformationFlow })}
          >
            {flows.map((v) => (
              <Option key={v} value={v}>
                {label.flow(v)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t('form.initiatedBy')}>
          <Dropdown
            className={styles.control}
            value={label.initiated(values.initiatedBy)}
            selectedOptions={[values.initiatedBy]}
            onOptionSelect={(_, d) => onChange({ initiatedBy: d.optionValue as InitiatedBy })}
          >
            {initiators.map((v) => (
              <Option key={v} value={v}>
                {label.initiated(v)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t('form.evaluation')}>
          <Dropdown
            className={styles.control}
            value={label.evaluation(values.evaluation)}
            selectedOptions={[values.evaluation]}
            onOptionSelect={(_, d) => onChange({ evaluation: d.optionValue as Evaluation })}
          >
            {evaluations.map((v) => (
              <Option key={v} value={v}>
                {label.evaluation(v)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t('form.salesperson')}>
          <Dropdown
            className={styles.control}
            value={salesperson ? salesperson.name : t('form.salespersonDefault')}
            selectedOptions={[values.salespersonCode]}
            onOptionSelect={(_, d) => onChange({ salespersonCode: d.optionValue ?? '' })}
          >
            <Option value="">{t('form.salespersonDefault')}</Option>
            {salespeople.map((s) => (
              <Option key={s.code} value={s.code}>
                {s.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Checkbox
        label={t('form.attemptFailed')}
        checked={values.attemptFailed}
        onChange={(_, d) => onChange({ attemptFailed: !!d.checked })}
      />
    </>
  );
}
