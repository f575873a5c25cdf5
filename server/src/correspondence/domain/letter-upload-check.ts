import { AppError } from '../../lib/errors/app-error';
import { mainDocumentPath, openZip } from './docx-merge';

/** An uploaded letter must be a Word document: a zip whose main part is a <w:document>. */
export function checkWordDocument(bytes: Buffer): void {
  const zip = openZip(bytes);
  const main = zip.file(mainDocumentPath(zip))?.asText() ?? '';
  if (!/<w:document\b/.test(main)) {
    throw new AppError('validation', 400, 'The file is not a Word document (.docx): it has no word/document.xml.', {
      errors: [{ path: '/body', message: 'has no word/document.xml' }],
    });
  }
}
