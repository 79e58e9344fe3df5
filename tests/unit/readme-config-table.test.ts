import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { describeSettings } from '../../api/src/config';
import { README, configTable, withConfigTable } from '../../scripts/write-config-table';

describe("README.md's configuration table", () => {
  test('when the README is read, then its table is the one `npm run docs:config` writes from config.ts', () => {
    const readme = readFileSync(README, 'utf8');
    const stale = withConfigTable(readme) !== readme;
    expect(stale ? 'README.md\'s configuration table is stale: run `npm run docs:config` and commit README.md' : 'up to date').toBe('up to date');
  });

  test('when the table is written, then every setting has one row with its default, and machine paths are not shown', () => {
    const rows = configTable().split('\n').slice(2);
    expect(rows).toHaveLength(describeSettings().length);
    expect(rows).toContain('| `NEO4J_DATA_DIR` | `db/data` | data folder of the project-started Neo4j (a relative path is taken from the working directory) |');
    expect(rows).toContain('| `NEO4J_URI` | (empty) | a running Neo4j to use; empty: the project starts its own |');
    expect(rows.some((r) => r.startsWith('| `LOG_LEVEL` | `info` |'))).toBe(true);
  });
});
