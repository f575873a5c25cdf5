import { useId, useState, type ReactNode } from 'react';
import { Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  description: { color: tokens.colorNeutralForeground3 },
});

export interface ChartOrTableProps {
  title: string;
  /** What the chart shows, in words (its accessible description). */
  description: string;
  chart: ReactNode;
  /** The same numbers as a table, for screen readers and for reading exact values. */
  table: ReactNode;
}

/** A chart under its title, with a "Show as table" switch that puts the same numbers in a table instead. */
export function ChartOrTable({ title, description, chart, table }: ChartOrTableProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const titleId = useId();
  const descriptionId = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <figure className={styles.figure} aria-labelledby={titleId} aria-describedby={descriptionId}>
      <div className={styles.head}>
        <Text as="h3" id={titleId} size={400} weight="semibold">
          {title}
        </Text>
        <Switch label={t('insights.showTable')} checked={asTable} onChange={(_, d) => setAsTable(d.checked)} />
      </div>
      <Text as="p" id={descriptionId} size={200} className={styles.description}>
        {description}
      </Text>
      {asTable ? table : chart}
    </figure>
  );
}
