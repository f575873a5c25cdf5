import { Badge, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
});

/** Merge field names as they are written, `{contactName}`. */
export function FieldTokens({ names }: { names: readonly string[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {names.map((name) => (
        <li key={name}>
          <Badge appearance="tint" color="brand" shape="rounded">{`{${name}}`}</Badge>
        </li>
      ))}
    </ul>
  );
}
