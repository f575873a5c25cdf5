import { emailContentRepository } from '../data-access/email-content-repository';
import { wordTemplateRepository } from '../data-access/word-template-repository';

/**
 * The templates among `codes` that would drop a personal note: their email content or Word
 * template lacks {personalNote}, or they have neither.
 */
export async function templatesWithoutNoteField(tenantId: string, codes: string[]): Promise<string[]> {
  const lacking = await Promise.all(
    codes.map(async (code) => {
      const [email, word] = await Promise.all([
        emailContentRepository.get(tenantId, code),
        wordTemplateRepository.getInfo(tenantId, code),
      ]);
      const places = [email, word].filter((content) => content !== null).map((c) => c!.fields.includes('personalNote'));
      return places.length === 0 || places.includes(false);
    }),
  );
  return codes.filter((_, i) => lacking[i]);
}
