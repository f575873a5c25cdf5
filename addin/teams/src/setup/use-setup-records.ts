import { useState } from 'react';
import { useMutation, useQuery, useQueryClient, type QueryKey, type UseMutationResult } from '@tanstack/react-query';
import { queryKeys } from '@interlog/api-client';
import { serverFieldErrors } from './field-errors';

export type FieldErrors = Partial<Record<string, string>>;

export interface SetupRecordsOptions<T, D> {
  /** Where the records are cached; saving or deleting one invalidates it. */
  queryKey: QueryKey;
  load: () => Promise<T[]>;
  codeOf: (item: T) => string;
  /** The form's values for a new record (null) or an existing one. */
  toDraft: (item: T | null) => D;
  /** Client-side checks, shown after the first Save. */
  validate?: (draft: D, isNew: boolean) => FieldErrors;
  save: (draft: D, original: T | null) => Promise<T>;
  remove?: (item: T) => Promise<void>;
  /** Other screens read these records (templates, groups, salespeople): their reference data is invalidated too. */
  sharesReferenceData?: boolean;
}

export interface Editing<T, D> {
  original: T | null;
  draft: D;
  attempted: boolean;
}

export type Done = { kind: 'saved' | 'deleted'; code: string } | null;

/** A write's state as the forms show it: running, its error (until the next write or `clearError`). */
export const writeState = <A>(mutation: UseMutationResult<unknown, Error, A>) => ({
  busy: mutation.isPending,
  error: mutation.error,
  clearError: mutation.reset,
});

/** A setup list's state: the records, the record being edited or deleted, and what was last done. */
export function useSetupRecords<T, D>(options: SetupRecordsOptions<T, D>) {
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: options.queryKey, queryFn: options.load });
  const [editing, setEditing] = useState<Editing<T, D> | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const [done, setDone] = useState<Done>(null);

  const changed = (kind: 'saved' | 'deleted', code: string) => {
    setDone({ kind, code });
    void queryClient.invalidateQueries({ queryKey: options.queryKey });
    if (options.sharesReferenceData) void queryClient.invalidateQueries({ queryKey: queryKeys.referenceData });
  };
  const save = useMutation({
    mutationFn: ({ draft, original }: { draft: D; original: T | null }) => options.save(draft, original),
    onSuccess: (saved) => {
      setEditing(null);
      changed('saved', options.codeOf(saved));
    },
  });
  const remove = useMutation({
    mutationFn: (item: T) => options.remove!(item),
    onSuccess: (_, item) => changed('deleted', options.codeOf(item)),
  });
  const saving = writeState(save);
  const removing = writeState(remove);
  const open = (original: T | null) => {
    saving.clearError();
    removing.clearError();
    setDone(null);
    setEditing({ original, draft: options.toDraft(original), attempted: false });
  };
  const clientErrors = editing ? (options.validate?.(editing.draft, editing.original === null) ?? {}) : {};
  const errors: FieldErrors = { ...serverFieldErrors(saving.error), ...(editing?.attempted ? clientErrors : {}) };

  return {
    list,
    editing,
    deleting,
    done,
    saving,
    removing,
    errors,
    canDelete: Boolean(options.remove),
    codeOf: options.codeOf,
    startNew: () => open(null),
    startEdit: (item: T) => open(item),
    change: (patch: Partial<D>) => setEditing((e) => e && { ...e, draft: { ...e.draft, ...patch } }),
    cancel: () => setEditing(null),
    /** After a save refused because someone else changed the record: the form again, with the record as it is now. */
    reload: async () => {
      if (!editing?.original) return;
      const code = options.codeOf(editing.original);
      const fresh = (await list.refetch()).data?.find((item) => options.codeOf(item) === code);
      if (fresh) open(fresh);
      else setEditing(null);
    },
    submit: () => {
      if (!editing) return;
      if (Object.values(clientErrors).some(Boolean)) {
        saving.clearError();
        setEditing({ ...editing, attempted: true });
        return;
      }
      if (!save.isPending) save.mutate({ draft: editing.draft, original: editing.original });
    },
    askDelete: (item: T) => {
      removing.clearError();
      setDone(null);
      setDeleting(item);
    },
    cancelDelete: () => setDeleting(null),
    confirmDelete: () => {
      const item = deleting;
      setDeleting(null);
      if (!item || !options.remove || remove.isPending) return;
      remove.mutate(item);
    },
  };
}

export type SetupRecords<T, D> = ReturnType<typeof useSetupRecords<T, D>>;
