/**
 * The rules about evidence in time (schema/model.md, "Dates, attestations, basis, status and
 * rank"): a date bound has the date it bounds; a citation's asOf is not after its source's own date;
 * no citation shows a fact on a day its stated bounds rule out; a body set up for an event that
 * ended is bounded by it unless its record says otherwise.
 */
import { attestationBounds, possibleSpan, periodStart } from '../../api/src/domain/basis';
import type { Dataset, Located } from './dataset';
import { problemAt } from './read-dataset';
import type { Problem } from './problem';
import type { Citation, HoldingRecord, RelationRecord, UnitRecord } from './record-schemas';

type Stated = UnitRecord | HoldingRecord | RelationRecord;

/** Every problem of the rules above. */
export function checkHistory(dataset: Dataset): Problem[] {
  const sourceDates = new Map(dataset.sources.map((s) => [s.value.id, s.value.date]));
  const problems: Problem[] = [];
  for (const list of [dataset.units, dataset.holdings, dataset.relations] as Located<Stated>[][]) {
    for (const rec of list) {
      problems.push(...checkBounds(rec), ...checkCitationDates(rec, sourceDates));
    }
  }
  for (const list of [dataset.events, dataset.persons, dataset.posts] as Located<{ citations: Citation[] }>[][]) {
    for (const rec of list) problems.push(...checkAsOf(rec, sourceDates));
  }
  problems.push(...checkEventBounds(dataset));
  return problems;
}

function checkBounds(rec: Located<Stated>): Problem[] {
  const problems: Problem[] = [];
  for (const [dateField, boundField] of [['validFrom', 'validFromBound'], ['validTo', 'validToBound']] as const) {
    const date = rec.value[dateField];
    const bound = rec.value[boundField];
    if (bound === 'UNKNOWN' && date) {
      problems.push(problemAt(rec.raw, [boundField], `${boundField} UNKNOWN says no source gives the date, but ${dateField} is ${date}; remove one of them`));
    } else if (bound && bound !== 'UNKNOWN' && !date) {
      problems.push(problemAt(rec.raw, [boundField], `${boundField} ${bound} bounds a date, but there is no ${dateField}; add it, or use UNKNOWN`));
    }
  }
  return problems;
}

function checkAsOf(rec: Located<{ citations: Citation[] }>, sourceDates: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  rec.value.citations.forEach((c, i) => {
    const sourceDate = c.source === undefined ? undefined : sourceDates.get(c.source);
    if (c.asOf && sourceDate && periodStart(c.asOf) > sourceDate) {
      problems.push(problemAt(rec.raw, ['citations', i, 'asOf'],
        `asOf ${c.asOf} is after the date of source '${c.source}' (${sourceDate}): an article shows only what was so by its own date; fix asOf or the source's date`));
    }
  });
  return problems;
}

/** asOf, then: every dated citation shows the fact on days its stated bounds allow. */
function checkCitationDates(rec: Located<Stated>, sourceDates: Map<string, string>): Problem[] {
  const problems = checkAsOf(rec, sourceDates);
  if (problems.length) return problems;
  const span = possibleSpan(rec.value);
  rec.value.citations.forEach((c, i) => {
    const sourceDate = c.source === undefined ? undefined : sourceDates.get(c.source);
    const { firstAttested, lastAttested } = attestationBounds([{ asOf: c.asOf, sourceDate }]);
    if (!firstAttested || !lastAttested) return;
    const before = span.validFrom && lastAttested < span.validFrom;
    const after = span.validTo && firstAttested >= span.validTo;
    if (!before && !after) return;
    const shown = c.asOf ? `its asOf ${c.asOf}` : `its source's date ${sourceDate} (no asOf)`;
    problems.push(problemAt(rec.raw, ['citations', i],
      `this citation shows '${rec.value.id}' on ${shown}, ${before ? `before it may have started (validFrom ${rec.value.validFrom})` : `after it may have ended (validTo ${rec.value.validTo})`}; ` +
        'give the citation the asOf of the state the article reports, or fix the dates'));
  });
  return problems;
}

/**
 * A unit set up for an event that has an end date must bound its own end (validTo or validToBound);
 * reported at the SET_UP_FOR line, which is what brings the rule in.
 */
function checkEventBounds(dataset: Dataset): Problem[] {
  const ends = new Map(dataset.events.filter((e) => e.value.endDate).map((e) => [e.value.id, e.value.endDate!]));
  const units = new Map(dataset.units.map((u) => [u.value.id, u.value]));
  const problems: Problem[] = [];
  for (const r of dataset.relations) {
    if (r.value.type !== 'SET_UP_FOR' || r.value.claimRank === 'DEPRECATED') continue;
    const end = ends.get(r.value.to);
    const unit = units.get(r.value.from);
    if (!end || !unit || unit.validTo || unit.validToBound) continue;
    problems.push(problemAt(r.raw, ['from'],
      `unit '${unit.id}' is set up for event '${r.value.to}', which ended on ${end}, but has no end of its own; a body set up for an event ` +
        `is bounded by it: give the unit validTo (e.g. validTo: ${end.slice(0, 7)}, validToBound: NOT_AFTER), or validToBound: NOT_BEFORE with a date a source shows it outlived the event`));
  }
  return problems;
}
