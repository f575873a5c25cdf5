import { useMemo } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys, type Contact } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';

export type SegmentState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'done'; segmentNo: string; noOfLines: number }
  | { status: 'error'; error: unknown };

/** Turns the meeting's known attendees into a segment, to log later (e.g. a follow-up mailing). */
export function useAttendeeSegment(meetingKey: string) {
  const { api } = useInterlog();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: async ({ description, contacts }: { description: string; contacts: Contact[] }) => {
      const segment = await api.segments.create(
        { description: description.slice(0, 100) },
        `meeting-segment:${meetingKey}`,
      );
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
  const create = (description: string, contacts: Contact[]) => {
    if (status !== 'pending') mutate({ description, contacts });
  };
  return { state, create };
}
