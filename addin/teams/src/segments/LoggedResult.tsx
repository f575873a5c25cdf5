import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { LogSegmentResult } from '@interlog/api-client';
import { useFormat } from '@interlog/i18n';
import type { Navigate } from '../tab/tab-location';
import { LettersList } from '../correspondence/LettersList';
import { DeliveryProgress } from './DeliveryProgress';

/**
 * What logging made: the logged segment with its entries, the follow-up segment if one was asked for, how its emails
 * go, and its letters.
 */
export function LoggedResult({
  segmentNo,
  result,
  delivered,
  onOpenSegment,
  navigate,
}: {
  segmentNo: string;
  result: LogSegmentResult;
  delivered: boolean;
  onOpenSegment: (no: string) => void;
  navigate: Navigate;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <MessageBar intent="success" layout="multiline" aria-live="polite">
        <MessageBarBody>
          <MessageBarTitle>
            {t('segments.log.done', {
              no: segmentNo,
              entryNo: result.loggedSegmentEntryNo,
              count: result.noOfInteractions,
              formatted: format.number(result.noOfInteractions),
            })}
          </MessageBarTitle>
          {result.followUpSegmentNo && t('segments.log.followUpCreated', { no: result.followUpSegmentNo })}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={() => navigate({ section: 'log', filter: { loggedSegmentEntryNo: result.loggedSegmentEntryNo } })}
          >
            {t('segments.log.showEntries')}
          </Button>
          {result.followUpSegmentNo && (
            <Button onClick={() => onOpenSegment(result.followUpSegmentNo!)}>
              {t('segments.log.openFollowUp', { no: result.followUpSegmentNo })}
            </Button>
          )}
          <Button onClick={() => navigate({ section: 'logged' })}>{t('tab.nav.logged')}</Button>
        </MessageBarActions>
      </MessageBar>
      {delivered && <DeliveryProgress loggedSegmentEntryNo={result.loggedSegmentEntryNo} />}
      <LettersList loggedSegmentEntryNo={result.loggedSegmentEntryNo} />
    </>
  );
}
