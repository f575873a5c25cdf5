import { unknownFieldsOf } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { saveFile } from '@interlog/ui-kit';
import { useDoneAction } from './use-done-action';
import { useStoreCorrespondence, useTemplateCorrespondence } from './use-template-correspondence';

type Done = { kind: 'uploaded'; fileName: string } | { kind: 'removed' };

/** A template's Word template: the stored document's details, and uploading, downloading or removing it. */
export function useWordTemplate(templateCode: string) {
  const { api } = useInterlog();
  const action = useDoneAction<Done>();
  const info = useTemplateCorrespondence(templateCode).data?.word ?? null;
  const store = useStoreCorrespondence(templateCode);
  return {
    info,
    done: action.done,
    busy: action.busy,
    /** Tags of a refused document that are not merge fields. */
    unknownFields: unknownFieldsOf(action.error),
    error: action.error,
    confirmingRemove: action.confirmingRemove,
    upload: (file: File) =>
      action.run(async () => {
        store({ word: await api.wordTemplates.upload(templateCode, file, file.name) });
        return { kind: 'uploaded', fileName: file.name };
      }),
    download: () =>
      action.run(async () => {
        saveFile(await api.wordTemplates.download(templateCode));
        return null;
      }),
    askRemove: action.askRemove,
    cancelRemove: action.cancelRemove,
    remove: () =>
      action.remove(async () => {
        await api.wordTemplates.remove(templateCode);
        store({ word: null });
        return { kind: 'removed' };
      }),
  };
}
