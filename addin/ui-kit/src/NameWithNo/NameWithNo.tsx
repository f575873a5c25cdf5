import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'inline-flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, alignItems: 'baseline' },
  no: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
});

/** "Name (NO)" in running text: the name people look for, the number after it; the number alone without a name. */
export const nameWithNo = (name: string | undefined, no: string) => (name && no ? `${name} (${no})` : name || no);

export interface NameWithNoProps {
  name?: string;
  no: string;
  className?: string;
}

/** A record's name with its number secondary (smaller, dimmer), or its number alone when it has no name. */
export function NameWithNo({ name, no, className }: NameWithNoProps) {
  const styles = useStyles();
  if (!no && !name) return null;
  return (
    <span className={mergeClasses(styles.root, className)}>
      <span>{name || no}</span>
      {name && no && <span className={styles.no}>{no}</span>}
    </span>
  );
}
