import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

export interface Figure {
  label: string;
  value: string;
}

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 8rem), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  // Values level across a row when a label wraps to two lines.
  figure: { display: 'flex', flexDirection: 'column', justifyContent: 'space-between' },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
});

/** Named figures (No. of interactions 12, Cost 30.00…) as a definition list, tiles that wrap on a phone. */
export function Figures({ figures, className }: { figures: Figure[]; className?: string }) {
  const styles = useStyles();
  return (
    <dl className={mergeClasses(styles.list, className)}>
      {figures.map((figure) => (
        <div key={figure.label} className={styles.figure}>
          <dt className={styles.label}>{figure.label}</dt>
          <dd className={styles.value}>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
