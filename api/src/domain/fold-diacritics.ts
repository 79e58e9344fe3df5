/**
 * Folds Vietnamese (and other Latin) diacritics away: "Bộ Công an" -> "bo cong an", "Đà Nẵng" ->
 * "da nang". Used both when a unit is written (its `searchText`) and when a search is asked, so the
 * full-text index compares like with like.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/**
 * The text the full-text index searches for a unit: its names and abbreviation, folded, as words of
 * letters and digits separated by single spaces (the index's `whitespace` analyzer keeps every word:
 * a stop-word list would drop the "an" of "Bộ Công an"), the names separated by " | " so a search
 * can rank a name that is exactly, or starts with, what was typed (search/search-units.cypher).
 */
export function unitSearchText(unit: { name: string; nameVi?: string | null; abbreviation?: string | null }): string {
  return [unit.name, unit.nameVi, unit.abbreviation]
    .filter(Boolean)
    .map((s) => foldDiacritics(s as string).split(/[^a-z0-9]+/).filter(Boolean).join(' '))
    .join(' | ');
}
