import { useState } from 'react';
import type { WordTemplateInfo } from '../../../api-client/src/resources';
import { unknownFieldsOf } from '../../../api-client/src/merge-fields';
import { useInterlog } from '../../../ui-kit/src/context/InterlogContext';
import { useAction } from '../../../ui-kit/src/hooks/use-action';
import { saveFile } from '../../../ui-kit/src/hooks/save-file';

type Done = { kind: 'uploaded'; fileName: string } | { kind: 'removed' } | null;

/** A template's Word template: the stored document's details, and uploading, downloading or removing it. */
export function useWordTemplate(templateCode: string, stored: WordTemplateInfo | null) {
  const { api } = useInterlog();
  const action = useAction();
  const [info, setInfo] = useState(stored);
  const [done, setDone] = useState<Done>(null);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const run = (request: () => Promise<Done>) => {
    setDone(null);
    void action.run(async () => setDone(await request()));
  };
  return {
    info,
    done,
    busy: action.busy,
    /** Tags of a refused document that are not merge fields. */
    unknownFields: unknownFieldsOf(action.error),
    error: action.error,
    confirmingRemove,
    upload: (file: File) =>
      run(async () => {
        setInfo(await api.wordTemplates.upload(templateCode, file, file.name));
        return { kind: 'uploaded', fileName: file.name };
      }),
    download: () =>
      run(async () => {
        saveFile(await api.wordTemplates.download(templateCode));
        return null;
      }),
    askRemove: () => setConfirmingRemove(true),
    cancelRemove: () => setConfirmingRemove(false),
    remove: () => {
      setConfirmingRemove(false);
      run(async () => {
        await api.wordTemplates.remove(templateCode);
        setInfo(null);
        return { kind: 'removed' };
      });
    },
  };
}
