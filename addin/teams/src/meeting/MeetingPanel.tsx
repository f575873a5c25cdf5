import { useMemo } from 'react';
import { MessageBar, MessageBarBody, Spinner, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useInterlog } from '@interlog/app-shell';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '@interlog/api-client';
import { problemText } from '@interlog/ui-kit';
import { RecordPanel, QueueBar } from '@interlog/interactions';
import type { TeamsHost } from '../host/teams-host';
import { segmentSubPage } from '../tab/tab-location';
import { AttendeeSegmentButton } from './AttendeeSegmentButton';
import { meetingRecordKey } from './meeting-record-key';
import { MeetingHeading } from './MeetingHeading';
import { useRememberedTemplate } from './use-remembered-template';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

/** The meeting side panel: record the meeting (or its follow-up) for the attendees at once. */
export function MeetingPanel({ host }: { host: TeamsHost }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api } = useInterlog();
  const { chatId, userPrincipalName } = host.context();
  const template = useRememberedTemplate(userPrincipalName);
  const meeting = useQuery({
    queryKey: queryKeys.meetingAttendees(chatId ?? ''),
    queryFn: () => api.meetings.attendees(chatId!),
    enabled: Boolean(chatId),
  });
  const people = useMemo(
    () =>
      (meeting.data?.items ?? []).map((a) => ({
        email: a.email,
        name: a.name,
        roleLabel: t(a.role === 'organizer' ? 'people.role.organizer' : 'teams.meeting.attendee'),
      })),
    [meeting.data, t],
  );

  const body = () => {
    if (!chatId)
      return (
        <MessageBar intent="info">
          <MessageBarBody>{t('teams.meeting.noMeeting')}</MessageBarBody>
        </MessageBar>
      );
    if (meeting.status === 'error')
      return (
        <MessageBar intent="error">
          <MessageBarBody>{problemText(t, meeting.error)}</MessageBarBody>
        </MessageBar>
      );
    if (!meeting.data) return <Spinner label={t('common.loading')} />;
    const identity = `teams-meeting:${meeting.data.joinWebUrl || chatId}`;
    return (
      <>
        <MeetingHeading meeting={meeting.data} />
        <RecordPanel
          people={people}
          {...meetingRecordKey(meeting.data, identity)}
          subject={meeting.data.subject}
          date={meeting.data.start ? new Date(meeting.data.start).toISOString() : new Date().toISOString()}
          defaultTemplate={template.defaultTemplate}
          onTemplateChosen={template.remember}
          exclude={userPrincipalName ? [userPrincipalName] : []}
          footer={(contacts) => (
            <AttendeeSegmentButton
              meetingKey={identity}
              subject={meeting.data!.subject}
              templateCode={template.chosen}
              contacts={contacts}
              onOpen={(no) => host.openTab(segmentSubPage(no))}
            />
          )}
        />
      </>
    );
  };

  return (
    <main className={styles.panel}>
      <Title3 as="h1">{t('app.title')}</Title3>
      <QueueBar />
      {body()}
    </main>
  );
}
