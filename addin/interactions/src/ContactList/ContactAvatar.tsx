import { Avatar } from '@fluentui/react-components';

/** Fluent's avatar (initials) at the size a small persona has; loaded after the pane's first paint. */
export default function ContactAvatar({ name, className }: { name: string; className?: string }) {
  return <Avatar name={name} size={28} className={className} />;
}
