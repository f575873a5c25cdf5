import {
  Caption1,
  InteractionTag,
  InteractionTagPrimary,
  TagGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { mergeFieldNames } from '@interlog/api-client';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  tags: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The merge fields as chips; choosing one inserts `{field}` into the text. */
export function MergeFieldChips({ onInsert }: { onInsert: (token: string) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text id="merge-fields-label" size={200} weight="semibold">
        {t('correspondence.email.fields')}
      </Text>
      <TagGroup
        className={styles.tags}
        size="extra-small"
        aria-labelledby="merge-fields-label"
        aria-describedby="merge-fields-hint"
      >
        {mergeFieldNames.map((name) => {
          const token = `{${name}}`;
          const label = t('correspondence.email.insert', { field: token, meaning: t(`correspondence.fields.${name}`) });
          return (
            <InteractionTag key={name} value={name} appearance="brand">
              <InteractionTagPrimary aria-label={label} title={label} onClick={() => onInsert(token)}>
                {token}
              </InteractionTagPrimary>
            </InteractionTag>
          );
        })}
      </TagGroup>
      <Caption1 id="merge-fields-hint" className={styles.hint}>
        {t('correspondence.email.fieldsHint')}
      </Caption1>
    </div>
  );
}
