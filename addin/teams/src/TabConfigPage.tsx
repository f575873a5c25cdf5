import { useEffect, useState } from 'react';
import { Body1, Radio, RadioGroup, Field, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { TeamsHost } from './host/teams-host';

type Content = 'meeting' | 'segments';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

/** The configurable tab's settings: meeting follow-ups (in meetings) or the segments tab (in channels). */
export function TabConfigPage({ host }: { host: TeamsHost }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [content, setContent] = useState<Content>(host.context().chatId ? 'meeting' : 'segments');
  useEffect(() => {
    const path = content === 'meeting' ? '/teams/meeting.html' : '/teams/tab.html';
    host.setTabConfiguration({
      entityId: content,
      contentUrl: `${window.location.origin}${path}`,
      suggestedDisplayName: content === 'meeting' ? t('teams.config.meetingName') : t('teams.config.segmentsName'),
    });
  }, [content, host, t]);
  return (
    <main className={styles.page}>
      <Title3 as="h1">{t('teams.config.title')}</Title3>
      <Body1>{t('teams.config.intro')}</Body1>
      <Field label={t('teams.config.content')}>
        <RadioGroup value={content} onChange={(_, d) => setContent(d.value as Content)}>
          <Radio value="meeting" label={t('teams.config.meeting')} />
          <Radio value="segments" label={t('teams.config.segments')} />
        </RadioGroup>
      </Field>
    </main>
  );
}
