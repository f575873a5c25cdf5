import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const schemas = join(__dirname, 'schemas');
const ROOT_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/**
 * Checks an add-in-only manifest against Microsoft's XML schemas vendored in manifest/schemas
 * (libxml2 compiled to WebAssembly: offline, nothing downloaded). Returns the errors, none when valid.
 */
export async function validateXmlManifest(xml: string): Promise<string[]> {
  const file = (fileName: string) => ({ fileName, contents: readFileSync(join(schemas, fileName), 'utf8') });
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [file(ROOT_SCHEMA)],
    preload: readdirSync(schemas)
      .filter((name) => name.endsWith('.xsd') && name !== ROOT_SCHEMA)
      .map(file),
  });
  return result.errors.map((error) => error.rawMessage);
}
