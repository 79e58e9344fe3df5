/**
 * Nothing from a request is spliced into Cypher: every query the API runs is a static `.cypher` file of
 * the registry, sent with parameters. This reads the API's source and fails on any `run(` whose query
 * text is built with `${...}`, and on any registered name without its file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { cypher } from '../../api/src/db/queries';

const API = path.resolve(__dirname, '..', '..', 'api', 'src');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const full = path.join(dir, e);
    return statSync(full).isDirectory() ? (e === 'generated' ? [] : sources(full)) : e.endsWith('.ts') ? [full] : [];
  });
}

describe('Cypher takes parameters only', () => {
  test('when the API source runs a query, then its text is never a template with ${...} nor a string concatenation', () => {
    const offenders: string[] = [];
    // What serves requests: the GraphQL layer, auth, domain logic and the driver wrapper.
    const served = [...sources(path.join(API, 'graphql')), ...sources(path.join(API, 'auth')), ...sources(path.join(API, 'domain')), path.join(API, 'db', 'driver.ts')];
    for (const file of served) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\.run\(\s*(`[^`]*\$\{|['"][^'"]*['"]\s*\+)/g)) offenders.push(`${path.relative(API, file)}: ${m[0]}`);
      for (const m of text.matchAll(/executeQuery\(\s*(`[^`]*\$\{|['"][^'"]*['"]\s*\+)/g)) offenders.push(`${path.relative(API, file)}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });

  test('when a resolver names a registered query, then its .cypher file exists', () => {
    const names = sources(API).filter((f) => !f.endsWith(path.join('queries', 'index.ts'))).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/cypher<[\s\S]*?>\('([^']+)'\)/g)].map((m) => m[1]!));
    expect(names.length).toBeGreaterThan(30);
    for (const name of names) expect(() => cypher(name)).not.toThrow();
  });
});
