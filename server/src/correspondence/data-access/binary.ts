/** A stored Buffer as the driver reads it back (a BSON Binary from lean reads), as a Node Buffer. */
export function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  const binary = value as { buffer?: Uint8Array; position?: number };
  if (binary?.buffer instanceof Uint8Array)
    return Buffer.from(binary.buffer.buffer, binary.buffer.byteOffset, binary.position ?? binary.buffer.byteLength);
  throw new Error('Stored file bytes are not binary data.');
}
