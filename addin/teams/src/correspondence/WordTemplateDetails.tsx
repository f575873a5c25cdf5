import type { ReactNode } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { WordTemplateInfo } from '@interlog/api-client';
import { useFormat } from '@interlog/i18n';
import { FieldTokens } from './FieldTokens';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    alignItems: 'baseline',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

/** The stored Word template: its file, size, when it came, and the merge fields it uses. */
export function WordTemplateDetails({ info }: { info: WordTemplateInfo }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const format = useFormat();
  const rows: [string, ReactNode][] = [
    [t('correspondence.word.file'), <Text weight="semibold">{info.fileName}</Text>],
    [t('correspondence.word.size'), format.fileSize(info.size)],
    [t('correspondence.word.uploadedAt'), format.dateTime(info.updatedAt)],
    [
      t('correspondence.fieldsUsed'),
      info.fields.length ? <FieldTokens names={info.fields} /> : t('correspondence.word.noFields'),
    ],
  ];
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
