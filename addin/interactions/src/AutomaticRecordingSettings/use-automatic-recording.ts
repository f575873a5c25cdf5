import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys, type RecordingKind } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';

/** The caller's automatic recording as the server has it, and switching one kind on or off. */
export function useAutomaticRecording() {
  const { api } = useInterlog();
  const queryClient = useQueryClient();
  const loaded = useQuery({ queryKey: queryKeys.automaticRecording, queryFn: () => api.me.automaticRecording.get() });
  const action = useMutation({
    mutationFn: ({ kind, on }: { kind: RecordingKind; on: boolean }) => api.me.automaticRecording.put({ [kind]: on }),
    onSuccess: (recording) => queryClient.setQueryData(queryKeys.automaticRecording, recording),
    // The template setup or the server may have changed since the page read them.
    onError: () => queryClient.invalidateQueries({ queryKey: queryKeys.automaticRecording }),
  });

  const toggle = (kind: RecordingKind, on: boolean) => {
    if (!action.isPending) action.mutate({ kind, on });
  };

  return {
    recording: loaded.data ?? null,
    loadError: loaded.status === 'error' ? loaded.error : null,
    changing: action.isPending ? action.variables.kind : null,
    busy: action.isPending,
    error: action.error,
    clearError: action.reset,
    toggle,
  };
}
