import { useCallback, useState } from 'react';
import type { Contact } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';

export type SegmentState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'done'; segmentNo: string; noOfLines: number }
  | { status: 'error'; error: unknown };

/** Turns the meeting's known attendees into a segment, to log later (e.g. a follow-up mailing). */
export function useAttendeeSegment(meetingKey: string) {
  const { api } = useInterlog();
  const [state, setState] = useState<SegmentState>({ status: 'idle' });
  const create = useCallback(
    async (description: string, contacts: Contact[]) => {
      setState({ status: 'saving' });
      try {
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
        setState({ status: 'done', segmentNo: segment.no, noOfLines: result.noOfLines });
      } catch (error) {
        setState({ status: 'error', error });
      }
    },
    [api, meetingKey],
  );
  return { state, create };
}
