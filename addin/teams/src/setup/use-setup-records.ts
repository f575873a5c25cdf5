import { useState } from 'react';
import { useInterlog } from '@interlog/app-shell';
import { useAction, useAsync } from '@interlog/ui-kit';
import { forgetReferenceData } from '@interlog/interactions';
import { serverFieldErrors } from './field-errors';

export type FieldErrors = Partial<Record<string, string>>;

export interface SetupRecordsOptions<T, D> {
  load: () => Promise<T[]>;
  codeOf: (item: T) => string;
  /** The form's values for a new record (null) or an existing one. */
  toDraft: (item: T | null) => D;
  /** Client-side checks, shown after the first Save. */
  validate?: (draft: D, isNew: boolean) => FieldErrors;
  save: (draft: D, original: T | null) => Promise<T>;
  remove?: (item: T) => Promise<void>;
  /** Other screens keep these records (templates, groups, salespeople): forget them after a change. */
  sharesReferenceData?: boolean;
}

export interface Editing<T, D> {
  original: T | null;
  draft: D;
  attempted: boolean;
}

export type Done = { kind: 'saved' | 'deleted'; code: string } | null;

/** A setup list's state: the records, the record being edited or deleted, and what was last done. */
export function useSetupRecords<T, D>(options: SetupRecordsOptions<T, D>) {
  const { api } = useInterlog();
  const list = useAsync(options.load, [api]);
  const saving = useAction();
  const removing = useAction();
  const [editing, setEditing] = useState<Editing<T, D> | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const [done, setDone] = useState<Done>(null);

  const changed = (kind: 'saved' | 'deleted', code: string) => {
    if (options.sharesReferenceData) forgetReferenceData(api);
    setDone({ kind, code });
    list.reload();
  };
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
    submit: () => {
      if (!editing) return;
      if (Object.values(clientErrors).some(Boolean)) {
        saving.clearError();
        setEditing({ ...editing, attempted: true });
        return;
      }
      void saving.run(async () => {
        const saved = await options.save(editing.draft, editing.original);
        setEditing(null);
        changed('saved', options.codeOf(saved));
      });
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
      if (!item || !options.remove) return;
      void removing.run(async () => {
        await options.remove!(item);
        changed('deleted', options.codeOf(item));
      });
    },
  };
}

export type SetupRecords<T, D> = ReturnType<typeof useSetupRecords<T, D>>;
