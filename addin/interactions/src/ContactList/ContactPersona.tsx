import { Suspense } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { lazyPart } from '@interlog/ui-kit';

// The avatar's initials and colours are most of a persona's weight: a circle of its size stands in meanwhile.
const ContactAvatar = lazyPart(() => import('./ContactAvatar'));
export const loadContactAvatar = ContactAvatar.load;

const AVATAR_PX = 28;

// Fluent's small Persona with its text beside the avatar, centred on it (the same grid, sizes and colours).
const useStyles = makeStyles({
  root: {
    display: 'inline-grid',
    gridAutoFlow: 'column',
    gridAutoRows: 'max-content',
    justifyItems: 'start',
    gridTemplateColumns: 'max-content [middle] auto',
    gridTemplateRows: '1fr [primary] max-content [secondary] max-content [tertiary] max-content 1fr',
  },
  avatar: {
    gridRowStart: 'span 5',
    alignSelf: 'center',
    marginRight: tokens.spacingHorizontalS,
    width: `${AVATAR_PX}px`,
    height: `${AVATAR_PX}px`,
  },
  standIn: { borderRadius: tokens.borderRadiusCircular, backgroundColor: tokens.colorNeutralBackground6 },
  primary: {
    gridRowStart: 'primary',
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  optional: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  secondary: { gridRowStart: 'secondary', marginTop: '-2px' },
  tertiary: { gridRowStart: 'tertiary' },
});

export interface ContactPersonaProps {
  name: string;
  secondaryText?: string;
  tertiaryText?: string;
  className?: string;
}

/** A person as Fluent's small Persona shows one: avatar, name, and up to two lines below it. */
export function ContactPersona({ name, secondaryText, tertiaryText, className }: ContactPersonaProps) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.root, className)}>
      <Suspense fallback={<span aria-hidden className={mergeClasses(styles.avatar, styles.standIn)} />}>
        <ContactAvatar name={name} className={styles.avatar} />
      </Suspense>
      <span className={styles.primary}>{name}</span>
      {secondaryText && <span className={mergeClasses(styles.optional, styles.secondary)}>{secondaryText}</span>}
      {tertiaryText && <span className={mergeClasses(styles.optional, styles.tertiary)}>{tertiaryText}</span>}
    </div>
  );
}
