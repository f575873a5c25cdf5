import { useState } from 'react';
import { useAction } from '@interlog/ui-kit';

/**
 * One action at a time (useAction) and what the last one did, shown until the next starts;
 * removing asks first (`askRemove`, then `remove` runs the confirmed removal).
 */
export function useDoneAction<Done>() {
  const action = useAction();
  const [done, setDone] = useState<Done | null>(null);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const run = (request: () => Promise<Done | null>) => {
    setDone(null);
    void action.run(async () => setDone(await request()));
  };
  return {
    done,
    busy: action.busy,
    error: action.error,
    run,
    clearDone: () => setDone(null),
    confirmingRemove,
    askRemove: () => setConfirmingRemove(true),
    cancelRemove: () => setConfirmingRemove(false),
    remove: (request: () => Promise<Done | null>) => {
      setConfirmingRemove(false);
      run(request);
    },
  };
}
