import { Suspense, lazy, useId, useState } from 'react';
import { Button, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronRightRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { AmountField, DateField, TimeField } from '@interlog/ui-kit';
import type { Salesperson } from '@interlog/api-client';
import type { InteractionValues } from './interaction-values';
import { CommentField } from './CommentField';
import { DescriptionField } from './DescriptionField';
import { useFieldGridStyles } from './useFieldGridStyles.styles';

export interface InteractionFieldsProps {
  values: InteractionValues;
  salespeople: Salesperson[];
  onChange: (change: Partial<InteractionValues>) => void;
  /** Other descriptions to offer beside the one in the field. */
  descriptionChoices?: string[];
}

// Four listboxes with positioned popups, shown when the user opens More details: not in the pane's first paint.
const MoreDetailsFields = lazy(() => import('./MoreDetailsFields'));

const useStyles = makeStyles({
  // The date (long in some languages: "5 дек. 2026 г.") gets more of the row than the time.
  dateTime: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Fluent's small accordion header: a disclosure button, its chevron turning down when open.
  more: {
    justifyContent: 'flex-start',
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalM} 0 ${tokens.spacingHorizontalMNudge}`,
    fontWeight: tokens.fontWeightRegular,
    // The header's text, not a link's blue, when pointed at or pressed.
    color: tokens.colorNeutralForeground1,
    ':hover': {
      color: tokens.colorNeutralForeground1,
      '& .fui-Button__icon': { color: tokens.colorNeutralForeground1 },
    },
    ':hover:active': {
      color: tokens.colorNeutralForeground1,
      '& .fui-Button__icon': { color: tokens.colorNeutralForeground1 },
    },
  },
  chevron: { transitionProperty: 'transform', transitionDuration: tokens.durationNormal },
  open: { transform: 'rotate(90deg)' },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    // Fluent's accordion panel: indented as far as the header's text, with a gap below.
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
  },
});

/** The template's defaults, shown and editable. */
export function InteractionFields({ values, salespeople, onChange, descriptionChoices }: InteractionFieldsProps) {
  const { t } = useTranslation();
  const styles = { ...useFieldGridStyles(), ...useStyles() };
  const [day, time = '00:00'] = values.date.split('T');
  const [more, setMore] = useState(false);
  const panelId = useId();
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
        <AmountField
          label={t('form.duration')}
          inputClassName={styles.control}
          step={1}
          value={values.durationMin}
          onChange={(durationMin) => onChange({ durationMin })}
        />
        <AmountField
          label={t('form.cost')}
          inputClassName={styles.control}
          step={0.01}
          value={values.cost}
          onChange={(cost) => onChange({ cost })}
        />
      </div>
      <CommentField value={values.comment} onChange={(comment) => onChange({ comment })} />
      <Button
        appearance="transparent"
        size="small"
        className={styles.more}
        icon={<ChevronRightRegular className={mergeClasses(styles.chevron, more && styles.open)} />}
        aria-expanded={more}
        aria-controls={more ? panelId : undefined}
        onClick={() => setMore(!more)}
      >
        {t('form.moreDetails')}
      </Button>
      {more && (
        <div id={panelId} className={styles.panel}>
          <Suspense fallback={<Spinner size="tiny" />}>
            <MoreDetailsFields values={values} salespeople={salespeople} onChange={onChange} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
