import { useMemo } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys, type Contact } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';

export type SegmentState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'done'; segmentNo: string; noOfLines: number }
  | { status: 'error'; error: unknown };

export interface AttendeeSegmentInput {
  description: string;
  /** The meeting's interaction: its template ('' takes the setup's meeting template) and subject. */
  templateCode: string;
  subject: string;
  contacts: Contact[];
}

/**
 * Turns the meeting's known attendees into a segment with the meeting's interaction, to log later (e.g. a follow-up
 * mailing). One segment per meeting: creating it again (the key is the meeting) answers with the same segment.
 */
export function useAttendeeSegment(meetingKey: string) {
  const { api } = useInterlog();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: async ({ description, templateCode, subject, contacts }: AttendeeSegmentInput) => {
      // The same request every time for this meeting, so that it answers with the same segment.
      let segment = await api.segments.create(
        { description: description.slice(0, 100) },
        `meeting-segment:${meetingKey}`,
      );
      if (!segment.interaction.templateCode) {
        const template = templateCode || (await api.templates.setup()).meetingInvitation;
        segment = await api.segments.patch(segment.no, {
          interaction: { templateCode: template, subject: subject.slice(0, 250) },
        });
      }
      const result = await api.segments.applyCriteria(
        segment.no,
        'add',
        { contactNos: contacts.map((c) => c.no) },
        true,
      );
      return { segmentNo: segment.no, noOfLines: result.noOfLines };
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.segments.all }),
  });
  const { status, data, error, mutate } = mutation;
  const state = useMemo((): SegmentState => {
    if (status === 'pending') return { status: 'saving' };
    if (status === 'success') return { status: 'done', ...data };
    if (status === 'error') return { status: 'error', error };
    return { status: 'idle' };
  }, [status, data, error]);
  const create = (input: AttendeeSegmentInput) => {
    if (status !== 'pending') mutate(input);
  };
  return { state, create };
}
