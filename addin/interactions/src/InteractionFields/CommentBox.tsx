import { Textarea, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ control: { minWidth: 0, width: '100%' } });

export interface CommentBoxProps {
  value: string;
  onChange: (comment: string) => void;
}

/** Fluent's Textarea for the entry's comment; loaded after the form's first paint. */
export default function CommentBox({ value, onChange }: CommentBoxProps) {
  const styles = useStyles();
  return (
    <Textarea
      className={styles.control}
      resize="vertical"
      value={value}
      maxLength={2000}
      onChange={(_, d) => onChange(d.value)}
    />
  );
}
