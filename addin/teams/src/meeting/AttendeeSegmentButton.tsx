import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { OpenRegular, PeopleListRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@interlog/api-client';
import { problemText } from '@interlog/ui-kit';
import { useAttendeeSegment } from './use-attendee-segment';

export interface AttendeeSegmentButtonProps {
  meetingKey: string;
  subject: string;
  /** The template chosen in the panel ('' for the setup's meeting template): the segment's interaction. */
  templateCode: string;
  /** The attendees already matched to contacts. */
  contacts: Contact[];
  /** Opens the segment in the Segments tab (a Teams deep link). */
  onOpen: (segmentNo: string) => void;
}

/**
 * "Make a segment of these attendees": the known contacts among them, with the meeting's interaction, to log later.
 * Once made, the same action opens it in the tab.
 */
export function AttendeeSegmentButton({
  meetingKey,
  subject,
  templateCode,
  contacts,
  onOpen,
}: AttendeeSegmentButtonProps) {
  const { t } = useTranslation();
  const segment = useAttendeeSegment(meetingKey);
  const { state } = segment;
  const create = () =>
    segment.create({
      description: t('teams.meeting.segmentDescription', { subject }),
      templateCode,
      subject,
      contacts,
    });
  if (state.status === 'done')
    return (
      <MessageBar intent="success" layout="multiline" aria-live="polite">
        <MessageBarBody>
          {t('teams.meeting.segmentCreated', { no: state.segmentNo, count: state.noOfLines })}
        </MessageBarBody>
        <MessageBarActions>
          <Button icon={<OpenRegular />} onClick={() => onOpen(state.segmentNo)}>
            {t('teams.meeting.openSegment', { no: state.segmentNo })}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  return (
    <>
      <Button
        icon={state.status === 'saving' ? <Spinner size="tiny" /> : <PeopleListRegular />}
        // Enabled once the attendees are matched to contacts: the segment is made of those.
        disabled={state.status === 'saving' || contacts.length === 0}
        onClick={create}
      >
        {t('teams.meeting.createSegment')}
      </Button>
      {state.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{problemText(t, state.error)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
