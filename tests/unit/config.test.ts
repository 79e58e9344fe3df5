import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { ConfigError, loadConfig } from '../../api/src/config';

/** The lines of loadConfig's error for `env`, without its heading. */
function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message.split('\n').slice(1);
  }
  throw new Error('loadConfig accepted the settings');
}

describe('loadConfig', () => {
  test('when a switch is written yes/no, on/off, 1/0 or true/false in any case, then it reads as a boolean; other words are refused', () => {
    expect(loadConfig({ SEED_ON_EMPTY: 'OFF', INTROSPECTION: 'Yes' })).toMatchObject({ seedOnEmpty: false, introspection: true });
    expect(loadConfig({ SEED_ON_EMPTY: '0', INTROSPECTION: '1' })).toMatchObject({ seedOnEmpty: false, introspection: true });
    expect(problems({ SEED_ON_EMPTY: 'maybe' })).toEqual([expect.stringMatching(/^SEED_ON_EMPTY="maybe": must be true or false \(/)]);
  });

  test('when a number is not whole or out of range, then the line says the range', () => {
    expect(problems({ MAX_DEPTH: '2.5', PORT: '70000' })).toEqual([
      expect.stringMatching(/^PORT="70000": must be a whole number from 0 to 65535 \(/),
      expect.stringMatching(/^MAX_DEPTH="2.5": must be a whole number from 1 to 50 \(/),
    ]);
  });

  test('when one API key of several is malformed, then the line names that key', () => {
    const good = `reader:viewer:${'a'.repeat(64)}`;
    expect(loadConfig({ API_KEYS: good }).apiKeys).toBe(good);
    expect(problems({ API_KEYS: `${good}, bob:root:123` })).toEqual([expect.stringMatching(/^API_KEYS=.*: "bob:root:123" must be name:viewer\|editor\|admin:64 hex digits/)]);
  });

  test('when a value is read, then it is shaped: enum checked, PEM line breaks restored, data dir made absolute', () => {
    expect(problems({ READ_ACCESS: 'closed' })).toEqual([expect.stringMatching(/^READ_ACCESS="closed": must be one of open, token \(/)]);
    const c = loadConfig({ JWT_RS256_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\\nAAAA', NEO4J_DATA_DIR: 'some/dir' });
    expect(c.jwtPublicKey).toBe('-----BEGIN PUBLIC KEY-----\nAAAA');
    expect(c.neo4jDataDir).toBe(path.resolve('some/dir'));
  });

  test('when a variable is empty, then the default applies, and overrides win over the environment', () => {
    expect(loadConfig({ PORT: '', BODY_LIMIT: '' })).toMatchObject({ port: 4000, bodyLimit: '1mb' });
    expect(loadConfig({ PORT: '5000' }, { port: 0 }).port).toBe(0);
  });
});
