/**
 * `npm run docs:config`: rewrites README.md's configuration table from api/src/config.ts's own
 * declarations (describeSettings), between the config-table marker comments. The unit test
 * tests/unit/readme-config-table.test.ts fails when the README's table differs from this output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeSettings } from '../api/src/config';

/** Where the README is. */
export const README = path.resolve(__dirname, '..', 'README.md');
const START = '<!-- config-table:start -->';
const END = '<!-- config-table:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The table: one row per setting, in config.ts's order. */
export function configTable(): string {
  const rows = describeSettings().map((s) => `| \`${s.env}\` | ${s.default === '' ? '(empty)' : `\`${cell(s.default)}\``} | ${cell(s.doc)} |`);
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}

/**
 * `readme` with the text between the markers replaced by the table.
 * @throws Error when the markers are missing or out of order.
 */
export function withConfigTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} and then ${END} around the configuration table.`);
  return `${readme.slice(0, start + START.length)}\n${configTable()}\n${readme.slice(end)}`;
}

if (require.main === module) {
  const before = readFileSync(README, 'utf8');
  const after = withConfigTable(before);
  if (after === before) console.log('README.md: the configuration table is up to date.');
  else {
    writeFileSync(README, after);
    console.log(`README.md: the configuration table was rewritten (${describeSettings().length} settings).`);
  }
}
