import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { PeopleListRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../api-client/src/resources';
import { useInterlog } from '../../../ui-kit/src/context/InterlogContext';
import { problemText } from '../../../ui-kit/src/StatusBar/problem-text';
import { useAttendeeSegment } from './use-attendee-segment';

export interface AttendeeSegmentButtonProps {
  meetingKey: string;
  subject: string;
  emails: string[];
}

/** "Make a segment of these attendees": the known contacts among them, to log later. */
export function AttendeeSegmentButton({ meetingKey, subject, emails }: AttendeeSegmentButtonProps) {
  const { t } = useTranslation();
  const { api } = useInterlog();
  const segment = useAttendeeSegment(meetingKey);
  const create = async () => {
    const found = await Promise.all(emails.map(async (email) => (await api.contacts.findByEmail(email)).items[0] ?? null));
    await segment.create(t('teams.meeting.segmentDescription', { subject }), found.filter((c): c is Contact => c !== null));
  };
  return (
    <>
      <Button icon={segment.state.status === 'saving' ? <Spinner size="tiny" /> : <PeopleListRegular />} disabled={segment.state.status === 'saving'} onClick={() => void create()}>
        {t('teams.meeting.createSegment')}
      </Button>
      {segment.state.status === 'done' && (
        <MessageBar intent="success"><MessageBarBody>{t('teams.meeting.segmentCreated', { no: segment.state.segmentNo, count: segment.state.noOfLines })}</MessageBarBody></MessageBar>
      )}
      {segment.state.status === 'error' && <MessageBar intent="error"><MessageBarBody>{problemText(t, segment.state.error)}</MessageBarBody></MessageBar>}
    </>
  );
}
