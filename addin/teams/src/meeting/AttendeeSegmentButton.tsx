import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { PeopleListRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@interlog/api-client';
import { problemText } from '@interlog/ui-kit';
import { useAttendeeSegment } from './use-attendee-segment';

export interface AttendeeSegmentButtonProps {
  meetingKey: string;
  subject: string;
  /** The attendees already matched to contacts. */
  contacts: Contact[];
}

/** "Make a segment of these attendees": the known contacts among them, to log later. */
export function AttendeeSegmentButton({ meetingKey, subject, contacts }: AttendeeSegmentButtonProps) {
  const { t } = useTranslation();
  const segment = useAttendeeSegment(meetingKey);
  const create = () => segment.create(t('teams.meeting.segmentDescription', { subject }), contacts);
  return (
    <>
      <Button
        icon={segment.state.status === 'saving' ? <Spinner size="tiny" /> : <PeopleListRegular />}
        disabled={segment.state.status === 'saving'}
        onClick={() => void create()}
      >
        {t('teams.meeting.createSegment')}
      </Button>
      {segment.state.status === 'done' && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t('teams.meeting.segmentCreated', { no: segment.state.segmentNo, count: segment.state.noOfLines })}
          </MessageBarBody>
        </MessageBar>
      )}
      {segment.state.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{problemText(t, segment.state.error)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
