import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DateField, TimeField } from '@interlog/ui-kit';
import type { Evaluation, InformationFlow, InitiatedBy, Salesperson } from '@interlog/api-client';
import type { InteractionValues } from './interaction-values';
import { DescriptionField } from './DescriptionField';

export interface InteractionFieldsProps {
  values: InteractionValues;
  salespeople: Salesperson[];
  onChange: (change: Partial<InteractionValues>) => void;
  /** Other descriptions to offer beside the one in the field. */
  descriptionChoices?: string[];
}

const flows: InformationFlow[] = ['outbound', 'inbound', ''];
const initiators: InitiatedBy[] = ['us', 'them', ''];
const evaluations: Evaluation[] = ['veryPositive', 'positive', 'neutral', 'negative', 'veryNegative', ''];

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    // A label that wraps to two lines pushes only itself up: the inputs of a row stay level.
    alignItems: 'end',
    '> *': { minWidth: 0 },
  },
  // The date (long in some languages: "5 дек. 2026 г.") gets more of the row than the time.
  dateTime: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
  control: { minWidth: 0, width: '100%' },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
});

const nonNegative = (text: string) => Math.max(0, Number(text.replace(',', '.')) || 0);

/** The template's defaults, shown and editable. */
export function InteractionFields({ values, salespeople, onChange, descriptionChoices }: InteractionFieldsProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const label = {
    flow: (v: InformationFlow) => t(`flow.${v || 'none'}`),
    initiated: (v: InitiatedBy) => t(`initiated.${v || 'none'}`),
    evaluation: (v: Evaluation) => t(`evaluation.${v || 'none'}`),
  };
  const [day, time = '00:00'] = values.date.split('T');
  const salesperson = salespeople.find((s) => s.code === values.salespersonCode);
  return (
    <div className={styles.stack}>
      <DescriptionField
        value={values.description}
        choices={descriptionChoices}
        onChange={(description) => onChange({ description })}
      />
      <div className={styles.dateTime}>
        <DateField
          label={t('form.date')}
          value={day}
          onChange={(date) => date && onChange({ date: `${date}T${time}` })}
        />
        <TimeField label={t('form.time')} value={time} onChange={(hhmm) => onChange({ date: `${day}T${hhmm}` })} />
      </div>
      <div className={styles.grid}>
        <Field label={t('form.duration')}>
          <Input
            className={styles.control}
            type="number"
            min={0}
            step={1}
            value={String(values.durationMin)}
            onChange={(_, d) => onChange({ durationMin: nonNegative(d.value) })}
          />
        </Field>
        <Field label={t('form.cost')}>
          <Input
            className={styles.control}
            type="number"
            min={0}
            step={0.01}
            value={String(values.cost)}
            onChange={(_, d) => onChange({ cost: nonNegative(d.value) })}
          />
        </Field>
      </div>
      <Field label={t('form.comment')}>
        <Textarea
          className={styles.control}
          resize="vertical"
          value={values.comment}
          maxLength={2000}
          onChange={(_, d) => onChange({ comment: d.value })}
        />
      </Field>
      <Accordion collapsible>
        <AccordionItem value="details">
          <AccordionHeader size="small">{t('form.moreDetails')}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
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
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
