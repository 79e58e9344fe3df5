/**
 * Opaque page cursors, written as base64url text so clients treat them as opaque. An offset cursor
 * is the position of the item after which the next page starts (search results, ranked by score); a
 * keyset cursor is that item's sort key (subordinates), so a page is found without counting the ones
 * before it.
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

/** Where a keyset page ends: the sort key of its last item (subordinates sort by depth, name, id). */
export interface PageKey {
  depth: number;
  name: string;
  id: string;
}

/** The cursor for the item with sort key `key`. */
export function encodeKeyCursor(key: PageKey): string {
  return Buffer.from(`k:${JSON.stringify([key.depth, key.name, key.id])}`, 'utf8').toString('base64url');
}

/** The sort key a keyset cursor stands for, or null when it is not such a cursor of this API. */
export function decodeKeyCursor(cursor: string): PageKey | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('k:')) return null;
  try {
    const v: unknown = JSON.parse(text.slice(2));
    if (Array.isArray(v) && v.length === 3 && Number.isInteger(v[0]) && typeof v[1] === 'string' && typeof v[2] === 'string') {
      return { depth: v[0] as number, name: v[1], id: v[2] };
    }
  } catch {
    // not JSON: not ours
  }
  return null;
}
