import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, itemContactKey, queryKeys } from '@interlog/api-client';
import type { Contact, CreateInteractionInput, InteractionLogEntry, Source } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import type { InteractionValues } from '../InteractionFields/interaction-values';
import { toInteractionInput } from '../InteractionFields/interaction-values';

export interface ContactRef {
  name: string;
  contactNo: string;
}

export interface RecordOutcome {
  postponed: boolean;
  recorded: { entry: InteractionLogEntry; name: string }[];
  alreadyRecorded: ContactRef[];
  queued: ContactRef[];
  refused: (ContactRef & { error: ApiError })[];
}

export interface RecordRequest {
  contacts: Contact[];
  values: InteractionValues;
  source: Source;
  /** Same for the same item on every device (see itemIdentity). */
  itemIdentity: string;
  /** One per form session: a postponed interaction is kept once per form, however often Save is pressed. */
  formSessionId: string;
  postpone: boolean;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError('network', 0, null, error instanceof Error ? error.message : String(error));
}

/** Records (or postpones) one interaction per contact; what the API cannot take now waits in the offline queue. */
export function useRecordInteractions() {
  const { api, queue } = useInterlog();
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState(false);

  const record = useCallback(
    async ({
      contacts,
      values,
      source,
      itemIdentity,
      formSessionId,
      postpone,
    }: RecordRequest): Promise<RecordOutcome> => {
      setSaving(true);
      const outcome: RecordOutcome = {
        postponed: postpone,
        recorded: [],
        alreadyRecorded: [],
        queued: [],
        refused: [],
      };
      try {
        await Promise.all(
          contacts.map(async (contact) => {
            const input: CreateInteractionInput = {
              ...toInteractionInput(values),
              contactNo: contact.no,
              source,
              ...(postpone ? { postpone: true } : {}),
            };
            const idempotencyKey = postpone
              ? await itemContactKey('postpone', `${formSessionId}`, contact.no)
              : await itemContactKey('record', itemIdentity, contact.no);
            try {
              const result = await api.interactions.record(input, idempotencyKey);
              outcome.recorded.push({ entry: result.entry, name: contact.name });
            } catch (caught) {
              const error = asApiError(caught);
              if (error.retryable) {
                queue.enqueue({ idempotencyKey, input, label: contact.name });
                outcome.queued.push({ name: contact.name, contactNo: contact.no });
              } else if (error.problemName === 'idempotency-mismatch') {
                outcome.alreadyRecorded.push({ name: contact.name, contactNo: contact.no });
              } else {
                outcome.refused.push({ name: contact.name, contactNo: contact.no, error });
              }
            }
          }),
        );
        // The timeline, the log and the postponed list read again.
        void queryClient.invalidateQueries({ queryKey: queryKeys.interactions.all });
        return outcome;
      } finally {
        setSaving(false);
      }
    },
    [api, queue, queryClient],
  );

  return { record, saving };
}
