/**
 * API keys: kept in config only as SHA-256 hashes, each with a name and a role
 * (`API_KEYS=name:role:hex,...`). A presented key is hashed and compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Role } from './roles';

export interface ApiKey {
  name: string;
  role: Role;
  hash: Buffer;
}

/** The SHA-256 hash (hex) to put in API_KEYS for `key`. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The keys of an API_KEYS setting (already validated by config.ts). */
export function parseApiKeys(raw: string): ApiKey[] {
  return raw.split(',').map((s) => s.trim()).filter(Boolean).map((entry) => {
    const [name = '', role, hex = ''] = entry.split(':');
    return { name, role: role as Role, hash: Buffer.from(hex, 'hex') };
  });
}

/** The key `presented` is, or null. Every key is compared, so timing says nothing about which. */
export function matchApiKey(keys: readonly ApiKey[], presented: string): ApiKey | null {
  const hash = createHash('sha256').update(presented, 'utf8').digest();
  let found: ApiKey | null = null;
  for (const key of keys) if (timingSafeEqual(key.hash, hash) && !found) found = key;
  return found;
}
