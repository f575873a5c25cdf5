import { makeStyles } from '@fluentui/react-components';

// The address moves to the next line as a whole, and breaks after its "@" when still too long (a narrow card then
// shows "<alex@" over "demo.interlog.local>", never a lone ">").
const useStyles = makeStyles({ address: { display: 'inline-block', maxWidth: '100%' } });

/** Who an email is from or to, as mail programs write it: `Name <address>`. */
export function Addressee({ name, address }: { name: string; address: string }) {
  const styles = useStyles();
  if (!address) return <>{name}</>;
  const at = address.lastIndexOf('@') + 1;
  return (
    <>
      {name}{' '}
      <span className={styles.address}>
        {`<${address.slice(0, at)}`}
        <wbr />
        {`${address.slice(at)}>`}
      </span>
    </>
  );
}
