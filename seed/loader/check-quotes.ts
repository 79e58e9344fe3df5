/**
 * Checks that every quote appears word for word in its source's text.
 *
 * Where a source's text is looked for, in order (the first folder that has `file` wins):
 * 1. a `text/` folder beside the file that declares the source (`<data folder>/text/<file>`), so a
 *    test fixture or a private dataset can carry its own articles;
 * 2. the folders in `textDirs` (an option of validateDataset);
 * 3. `../shared/seeds/` from the project root, where the project's articles are.
 *
 * Comparison ignores runs of white space and Unicode normalisation (NFC), and treats typographic
 * quotes and apostrophes (’ ‘ “ ”) as their plain forms; everything else must match exactly,
 * including case and punctuation.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from './dataset';
import { KINDS } from './kinds';
import { problemAt } from './read-dataset';
import type { Problem } from './problem';

/** The project's articles: ../shared/seeds from the project root. */
export const SHARED_SEEDS_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');

/** The text as compared: NFC, plain quotes, single spaces. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Checks each source's text file exists and each quote is in its source's text. */
export async function checkQuotes(dataset: Dataset, textDirs: string[] = []): Promise<Problem[]> {
  const problems: Problem[] = [];
  const texts = new Map<string, string>();
  for (const src of dataset.sources) {
    const dirs = [path.join(path.dirname(src.raw.file), 'text'), ...textDirs, SHARED_SEEDS_DIR];
    const text = await firstReadable(dirs.map((d) => path.join(d, src.value.file)));
    if (text === undefined) {
      problems.push(problemAt(src.raw, ['file'], `article text '${src.value.file}' not found in ${dirs.join(', ')}; put the article there or fix \`file\``));
    } else {
      texts.set(src.value.id, normalizeText(text));
    }
  }
  for (const kind of KINDS) {
    for (const rec of dataset[kind]) {
      if (!('citations' in rec.value)) continue;
      rec.value.citations.forEach((c, i) => {
        const text = c.source === undefined ? undefined : texts.get(c.source);
        if (text === undefined || c.quote === undefined) return; // unknown source: reported elsewhere
        const quote = normalizeText(c.quote);
        if (!text.includes(quote)) problems.push(problemAt(rec.raw, ['citations', i, 'quote'], quoteMessage(c.source!, text, quote)));
      });
    }
  }
  return problems;
}

async function firstReadable(files: string[]): Promise<string | undefined> {
  for (const f of files) {
    const text = await readFile(f, 'utf8').catch(() => undefined);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** Says where the quote stops matching, so it can be fixed without hunting. */
function quoteMessage(source: string, text: string, quote: string): string {
  const words = quote.split(' ');
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(words.slice(0, mid).join(' '))) lo = mid;
    else hi = mid - 1;
  }
  const where = lo === 0
    ? `not even its first word "${clip(words[0] ?? '')}" is there`
    : `the article has "${clip(words.slice(Math.max(0, lo - 6), lo).join(' '))}" but not followed by "${clip(words[lo] ?? '')}"`;
  return `quote not found word for word in source '${source}' (${where}); copy the exact words from the article`;
}

function clip(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
