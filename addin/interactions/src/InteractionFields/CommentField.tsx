import { Suspense } from 'react';
import { Field, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { lazyPart } from '@interlog/ui-kit';
import type { CommentBoxProps } from './CommentBox';

const CommentBox = lazyPart(() => import('./CommentBox'));
export const loadCommentBox = CommentBox.load;

// Fluent's medium Textarea, empty, until its code is there: the same box, so nothing moves.
const useStyles = makeStyles({
  standIn: {
    display: 'block',
    boxSizing: 'border-box',
    height: '56px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** The entry's comment. */
export function CommentField(props: CommentBoxProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Field label={t('form.comment')}>
      <Suspense fallback={<span className={styles.standIn} />}>
        <CommentBox {...props} />
      </Suspense>
    </Field>
  );
}
