/**
 * Turns what a person types into a Lucene query for the `unit_search` full-text index. Words are
 * folded (no diacritics, lower case) and reduced to letters and digits, so no Lucene syntax from the
 * input survives; each word matches whole (boosted) or as the start of a word, and all must match.
 */
import { foldDiacritics } from './fold-diacritics';

/** The words of a search, folded; empty when nothing searchable is left. */
export function searchWords(input: string): string[] {
  return foldDiacritics(input).split(/[^a-z0-9]+/).filter(Boolean).slice(0, 16);
}

/**
 * The Lucene query for `words` (from searchWords): every word required, whole or as a prefix, and
 * the words side by side as an optional phrase, so "bo cong an" ranks "Bộ Công an" above a longer
 * name that merely contains the three words.
 */
export function luceneQuery(words: string[]): string {
  const required = words.map((w) => `+(${w}^2 OR ${w}*)`).join(' ');
  return words.length > 1 ? `${required} "${words.join(' ')}"^4` : required;
}
