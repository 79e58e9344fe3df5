/**
 * Checks what joins the records: ids unique across the whole dataset, every reference naming a
 * record of the right kind, and at most one leading post per unit.
 */
import type { Dataset, Located } from './dataset';
import { KINDS, SINGULAR, type Kind } from './kinds';
import { problemAt } from './read-dataset';
import { formatLocation, type Problem } from './problem';

interface Entry {
  kind: Kind;
  rec: Located<{ id: string }>;
}

// 'a unit', 'an event': no kind name starts with a vowel sounded otherwise.
const a = (noun: string) => `${/^[aeio]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** Every id of the dataset with the first record that has it; duplicates are problems. */
export function indexIds(dataset: Dataset): { ids: Map<string, Entry>; problems: Problem[] } {
  const ids = new Map<string, Entry>();
  const problems: Problem[] = [];
  for (const kind of KINDS) {
    for (const rec of dataset[kind] as Located<{ id: string }>[]) {
      const first = ids.get(rec.value.id);
      if (first) {
        const where = formatLocation(first.rec.raw.file, first.rec.raw.lineOf());
        problems.push(problemAt(rec.raw, ['id'], `id '${rec.value.id}' is already used by ${a(SINGULAR[first.kind])} at ${where}; ids are unique across the dataset, rename one`));
      } else {
        ids.set(rec.value.id, { kind, rec });
      }
    }
  }
  return { ids, problems };
}

/**
 * Checks every reference of the dataset against `ids`. References to `rejectedIds` (records that
 * failed their schema, already reported) are let through.
 */
export function checkReferences(dataset: Dataset, ids: Map<string, Entry>, rejectedIds = new Set<string>()): Problem[] {
  const problems: Problem[] = [];
  const expect = (rec: Located<unknown>, field: PropertyKey[], id: string, kinds: Kind[]) => {
    const found = ids.get(id);
    if ((found && kinds.includes(found.kind)) || (!found && rejectedIds.has(id))) return;
    const wanted = kinds.map((k) => SINGULAR[k]).join(' or ');
    const what = found
      ? `'${id}' is ${a(SINGULAR[found.kind])}, not ${a(wanted)}; name ${a(wanted)}`
      : `unknown ${wanted} '${id}'; add it to ${kinds.map((k) => `${k}.yaml`).join(' or ')} or fix the id`;
    problems.push(problemAt(rec.raw, field, what));
  };
  for (const kind of KINDS) {
    for (const rec of dataset[kind]) {
      const citations = 'citations' in rec.value ? rec.value.citations : [];
      citations.forEach((c, i) => { if (c.source !== undefined) expect(rec, ['citations', i, 'source'], c.source, ['sources']); });
    }
  }
  for (const rec of dataset.posts) expect(rec, ['unit'], rec.value.unit, ['units']);
  for (const rec of dataset.holdings) {
    expect(rec, ['person'], rec.value.person, ['persons']);
    expect(rec, ['post'], rec.value.post, ['posts']);
  }
  for (const rec of dataset.relations) {
    expect(rec, ['from'], rec.value.from, ['units']);
    expect(rec, ['to'], rec.value.to, [rec.value.type === 'SET_UP_FOR' ? 'events' : 'units']);
    if (rec.value.from === rec.value.to) {
      problems.push(problemAt(rec.raw, ['to'], `a ${rec.value.type} line from '${rec.value.from}' to itself; name two different units`));
    }
  }
  return problems;
}

/** At most one post with `leads: true` per unit. */
export function checkLeadingPosts(dataset: Dataset): Problem[] {
  const leader = new Map<string, string>();
  const problems: Problem[] = [];
  for (const rec of dataset.posts) {
    if (!rec.value.leads) continue;
    const other = leader.get(rec.value.unit);
    if (other) {
      problems.push(problemAt(rec.raw, ['leads'], `unit '${rec.value.unit}' already has a leading post ('${other}'); a unit has at most one: set leads: false on one of them`));
    } else {
      leader.set(rec.value.unit, rec.value.id);
    }
  }
  return problems;
}
