import { Caption1, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MeetingAttendees } from '@interlog/api-client';

/** The meeting's title and scheduled time, in the user's language (the time as this device's clock shows it). */
export function MeetingHeading({ meeting }: { meeting: MeetingAttendees }) {
  const { t, i18n } = useTranslation();
  const when = meeting.start
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).formatRange(
        new Date(meeting.start),
        new Date(meeting.end || meeting.start),
      )
    : '';
  return (
    <div>
      <Caption1>{t('item.appointment')}</Caption1>
      <Text block weight="semibold">
        {meeting.subject || t('item.noSubject')}
      </Text>
      {when && (
        <Text block data-testid="meeting-time">
          {when}
        </Text>
      )}
    </div>
  );
}
