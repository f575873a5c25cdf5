import { useQuery, useQueryClient } from '@tanstack/react-query';
import { orNullWhenNotFound, queryKeys, type EmailContent, type WordTemplateInfo } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';

export interface TemplateCorrespondence {
  email: EmailContent | null;
  word: WordTemplateInfo | null;
}

/** A template's email and Word template as the server has them (null: none yet). */
export function useTemplateCorrespondence(templateCode: string) {
  const { api } = useInterlog();
  return useQuery({
    queryKey: queryKeys.templates.correspondence(templateCode),
    queryFn: async (): Promise<TemplateCorrespondence> => {
      const [email, word] = await Promise.all([
        orNullWhenNotFound(api.emailContents.get(templateCode)),
        orNullWhenNotFound(api.wordTemplates.info(templateCode)),
      ]);
      return { email, word };
    },
  });
}

/** Puts what a write answered in the cache, so the dialog shows it without reading again. */
export function useStoreCorrespondence(templateCode: string) {
  const queryClient = useQueryClient();
  return (change: Partial<TemplateCorrespondence>) =>
    queryClient.setQueryData<TemplateCorrespondence>(
      queryKeys.templates.correspondence(templateCode),
      (stored) => stored && { ...stored, ...change },
    );
}
