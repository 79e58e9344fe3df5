/**
 * Opaque page cursors. A cursor is the offset of the item after which the next page starts, written
 * as base64url text so clients treat it as opaque.
 */

/** The cursor for the item at `offset` (0-based). */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor stands for, or null when it is not a cursor this API made. */
export function decodeCursor(cursor: string): number | null {
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m ? Number(m[1]) : null;
}
