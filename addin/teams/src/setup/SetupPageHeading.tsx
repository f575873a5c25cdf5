import type { ReactNode } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
});

/** A setup page's heading, with its main button beside it and a line of explanation under it. */
export function SetupPageHeading({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.bar}>
        <Text as="h3" id={id} size={400} weight="semibold" className={styles.heading}>
          {title}
        </Text>
        {children}
      </div>
      {intro && <Text className={styles.intro}>{intro}</Text>}
    </>
  );
}
