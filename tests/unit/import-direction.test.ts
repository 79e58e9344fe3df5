import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const DEPCRUISE = path.join(ROOT, 'node_modules', '.bin', 'depcruise');

interface Violation { rule: { name: string }; from: string; to: string }

/** Runs the project's dependency rules (.dependency-cruiser.cjs) over `cwd`'s folders; returns what they refuse. */
function violations(cwd: string, folders: string[]): Violation[] {
  const r = spawnSync(DEPCRUISE, ['--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...folders], { cwd, encoding: 'utf8' });
  if (!r.stdout) throw new Error(`depcruise printed nothing: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

/** A small tree laid out like the project's, with the given files (path: source). */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'import-direction-'));
  copyFileSync(path.join(ROOT, '.dependency-cruiser.cjs'), path.join(dir, '.dependency-cruiser.cjs'));
  writeFileSync(path.join(dir, 'tsconfig.json'), '{ "compilerOptions": { "module": "commonjs", "strict": true } }');
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), source);
  }
  return dir;
}

describe('imports run one way', () => {
  test('when the project is checked, then no import runs back up a layer', () => {
    expect(violations(ROOT, ['api', 'seed', 'db', 'bench', 'web/src', 'scripts']).map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
  }, 60_000);

  test('when a lower layer imports a higher one, then each such import is refused by its rule', () => {
    const dir = tree({
      'api/src/errors.ts': "import { x } from './domain/rule';\nexport const e = x;\n",
      'api/src/domain/rule.ts': "import { readFileSync } from 'node:fs';\nimport { r } from '../graphql/resolvers/unit';\nexport const x = [r, readFileSync];\n",
      'api/src/graphql/resolvers/unit.ts': "import { start } from '../../server';\nexport const r = start;\n",
      'api/src/server.ts': 'export const start = 1;\n',
      'api/src/db/driver.ts': "import { r } from '../graphql/resolvers/unit';\nexport const d = r;\n",
      'api/src/bootstrap.ts': "import { load } from '../../seed/loader/index';\nexport const b = load;\n",
      'api/src/main.ts': "import { b } from './bootstrap';\nexport const m = b;\n",
      'seed/loader/index.ts': "import { start } from '../../api/src/server';\nexport const load = start;\n",
      'db/neo4j.ts': "import { d } from '../api/src/db/driver';\nexport const n = d;\n",
      'web/src/app.ts': "import { d } from '../../api/src/db/driver';\nimport { m } from '../../api/src/main';\nexport const a = [d, m];\n",
    });
    try {
      const found = violations(dir, ['api', 'seed', 'db', 'web']).map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
      expect(found).toEqual([
        'api-does-not-import-seed: api/src/bootstrap.ts -> seed/loader/index.ts',
        'bottom-imports-only-bottom: api/src/errors.ts -> api/src/domain/rule.ts',
        'db-is-below-graphql: api/src/db/driver.ts -> api/src/graphql/resolvers/unit.ts',
        'domain-does-no-io: api/src/domain/rule.ts -> fs',
        'domain-is-pure: api/src/domain/rule.ts -> api/src/graphql/resolvers/unit.ts',
        'engine-imports-no-project-code: db/neo4j.ts -> api/src/db/driver.ts',
        'graphql-is-below-the-server: api/src/graphql/resolvers/unit.ts -> api/src/server.ts',
        'no-import-of-entry-points: web/src/app.ts -> api/src/main.ts',
        'seed-libraries-below-entry-points: seed/loader/index.ts -> api/src/server.ts',
        'web-imports-only-pure-api-code: web/src/app.ts -> api/src/db/driver.ts',
        'web-imports-only-pure-api-code: web/src/app.ts -> api/src/main.ts',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
