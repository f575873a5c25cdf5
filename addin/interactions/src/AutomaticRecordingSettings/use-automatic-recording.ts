import { useEffect, useState } from 'react';
import type { AutomaticRecording, RecordingKind } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { useAction, useAsync } from '@interlog/ui-kit';

/** The caller's automatic recording as the server has it, and switching one kind on or off. */
export function useAutomaticRecording() {
  const { api } = useInterlog();
  const loaded = useAsync(() => api.me.automaticRecording.get(), [api]);
  const action = useAction();
  const [recording, setRecording] = useState<AutomaticRecording | null>(null);
  const [changing, setChanging] = useState<RecordingKind | null>(null);
  useEffect(() => {
    if (loaded.status === 'ready') setRecording(loaded.data);
  }, [loaded.status, loaded.data]);

  const toggle = (kind: RecordingKind, on: boolean) =>
    void action.run(async () => {
      setChanging(kind);
      try {
        setRecording(await api.me.automaticRecording.put({ [kind]: on }));
      } catch (error) {
        // The template setup or the server may have changed since the page read them.
        loaded.reload();
        throw error;
      } finally {
        setChanging(null);
      }
    });

  return {
    recording,
    loadError: loaded.status === 'error' ? loaded.error : null,
    changing,
    busy: action.busy,
    error: action.error,
    clearError: action.clearError,
    toggle,
  };
}
