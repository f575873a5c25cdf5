import { Divider, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { LoggedSegment } from '@interlog/api-client';
import { ViewDialog } from '@interlog/ui-kit';
import { LettersList } from '../correspondence/LettersList';
import { DeliveryProgress } from '../segments/DeliveryProgress';

const useStyles = makeStyles({
  surface: { maxWidth: '680px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** What a logged segment sent: its letters documents to download, and how its emails went. */
export function LoggedCorrespondenceDialog({ logged, onClose }: { logged: LoggedSegment; onClose: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <ViewDialog
      title={t('correspondence.logged.title', { entryNo: logged.entryNo })}
      onClose={onClose}
      className={styles.surface}
    >
      <LettersList loggedSegmentEntryNo={logged.entryNo} emptyText={t('correspondence.letters.none')} />
      <Divider />
      <section className={styles.section} aria-labelledby="logged-emails-heading">
        <Text as="h3" id="logged-emails-heading" weight="semibold" className={styles.heading}>
          {t('correspondence.logged.emails')}
        </Text>
        <DeliveryProgress loggedSegmentEntryNo={logged.entryNo} emptyText={t('correspondence.logged.noEmails')} />
      </section>
    </ViewDialog>
  );
}
