import { useMemo } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, queryKeys, type Contact, type InterlogApi, type Segment } from '@interlog/api-client';
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
 * The meeting's segment as it is now. It is made with a request that is the same in every language (the key names the
 * meeting, the body only its subject), so whoever asks gets the same one; once that one was logged or deleted, the
 * next is keyed after it, so again everyone gets the same new one.
 */
async function liveMeetingSegment(api: InterlogApi, meetingKey: string, subject: string): Promise<Segment> {
  // Not the `meeting-segment:` keys of before, whose bodies were in the language of whoever asked first.
  let key = `meeting-attendees:${meetingKey}`;
  for (let made = 0; made < 50; made += 1) {
    const { no } = await api.segments.create({ description: subject.slice(0, 100) }, key);
    try {
      return await api.segments.get(no);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
      key = `meeting-attendees:${meetingKey}:after:${no}`;
    }
  }
  throw new Error(`No live segment for meeting ${meetingKey}`);
}

/**
 * Turns the meeting's known attendees into a segment with the meeting's interaction, to log later (e.g. a follow-up
 * mailing). One segment per meeting at a time: creating it again answers with the same segment.
 */
export function useAttendeeSegment(meetingKey: string) {
  const { api } = useInterlog();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: async ({ description, templateCode, subject, contacts }: AttendeeSegmentInput) => {
      let segment = await liveMeetingSegment(api, meetingKey, subject);
      if (!segment.interaction.templateCode) {
        // Made just now: described in the user's language, with the meeting's interaction.
        const template = templateCode || (await api.templates.setup()).meetingInvitation;
        segment = await api.segments.patch(segment.no, {
          description: description.slice(0, 100),
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
