import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';

/**
 * One write at a time (a mutation) and what the last one did, shown until the next starts;
 * removing asks first (`askRemove`, then `remove` runs the confirmed removal).
 */
export function useDoneAction<Done>() {
  const [done, setDone] = useState<Done | null>(null);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const action = useMutation({
    mutationFn: (request: () => Promise<Done | null>) => request(),
    onMutate: () => setDone(null),
    onSuccess: (outcome) => setDone(outcome),
  });
  const run = (request: () => Promise<Done | null>) => {
    setDone(null);
    if (!action.isPending) action.mutate(request);
  };
  return {
    done,
    busy: action.isPending,
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
