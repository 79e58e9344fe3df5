/**
 * `npm run seed -- --check`: the data checks (api/src/domain/data-checks.ts) over a validated
 * dataset, as a report grouped by check with file:line for every record involved, or as JSON.
 */
import { countByCode, runDataChecks, type CheckFacts, type CitationKind, type FactKind, type Finding } from '../../api/src/domain/data-checks';
import type { Dataset, Located } from './dataset';
import { formatLocation } from './problem';
import type { Citation } from './record-schemas';
import { attestedOf, type SourceDates } from './stated-props';

/** A record a finding names, and where it is. */
export interface LocatedSubject {
  kind: FactKind;
  id: string;
  /** The data file (absolute), or undefined when no record of the dataset has that id. */
  file?: string;
  line?: number;
}

/** A finding with its records located. */
export interface LocatedFinding extends Omit<Finding, 'subjects'> {
  subjects: LocatedSubject[];
}

/** What the checks found over a dataset. */
export interface CheckReport {
  findings: LocatedFinding[];
  summary: ReturnType<typeof countByCode>;
  errors: number;
  warnings: number;
  infos: number;
}

// Every source has a date (its schema requires one), so a source citation is dated.
const kindsOf = (citations: Citation[]): CitationKind[] =>
  citations.map((c) => ({ note: c.note !== undefined, publicKnowledge: c.publicKnowledge === true, dated: c.source !== undefined || c.asOf !== undefined }));

/** The facts the checks read, from a validated dataset (attestations as the loader stores them). */
export function factsOf(dataset: Dataset): CheckFacts {
  const dates: SourceDates = new Map(dataset.sources.map((s) => [s.value.id, s.value.date]));
  const cited = <T extends { citations: Citation[] }>(v: T) => ({ ...v, ...attestedOf(v.citations, dates), citations: kindsOf(v.citations) });
  return {
    units: dataset.units.map((u) => cited(u.value)),
    relations: dataset.relations.map((r) => cited(r.value)),
    holdings: dataset.holdings.map((h) => cited(h.value)),
    posts: dataset.posts.map(({ value: p }) => ({ id: p.id, unit: p.unit, leads: p.leads ?? false, collective: p.collective ?? false })),
    events: dataset.events.map(({ value: e }) => ({ id: e.id, endDate: e.endDate ?? null })),
  };
}

const LISTS: Record<FactKind, keyof Dataset> = { unit: 'units', relation: 'relations', post: 'posts', holding: 'holdings', event: 'events' };

/** Runs every check over `dataset` and locates each record a finding names. */
export function checkDataset(dataset: Dataset): CheckReport {
  const where = new Map<string, Located<{ id: string }>>();
  for (const [kind, list] of Object.entries(LISTS)) for (const rec of dataset[list] as Located<{ id: string }>[]) where.set(`${kind} ${rec.value.id}`, rec);
  const found = runDataChecks(factsOf(dataset));
  const findings = found.map((f) => ({
    ...f,
    subjects: f.subjects.map((s) => {
      const rec = where.get(`${s.kind} ${s.id}`);
      return rec ? { ...s, file: rec.raw.file, line: rec.raw.lineOf([]) } : s;
    }),
  }));
  const count = (severity: string) => found.filter((f) => f.severity === severity).length;
  return { findings, summary: countByCode(found), errors: count('ERROR'), warnings: count('WARNING'), infos: count('INFO') };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The report for a person: for each check that found something, its code, severity and count, then
 * each finding at the file:line of its first record (the others after "see"), in file order, and a
 * closing total.
 */
export function formatCheckReport(report: CheckReport, cwd = process.cwd()): string {
  const at = (s: LocatedSubject) => (s.file ? `${formatLocation(s.file, s.line ?? 0, cwd)} (${s.id})` : `${s.kind} '${s.id}'`);
  const lines: string[] = [];
  for (const { code, severity, count } of report.summary) {
    lines.push(`${code} (${severity}, ${count})`);
    const where = (f: LocatedFinding) => f.subjects[0]?.file ?? '';
    const inFileOrder = report.findings.filter((x) => x.code === code)
      .sort((a, b) => where(a).localeCompare(where(b)) || (a.subjects[0]?.line ?? 0) - (b.subjects[0]?.line ?? 0));
    for (const f of inFileOrder) {
      const [first, ...others] = f.subjects;
      lines.push(`  ${first ? at(first) : ''}: ${f.message}`);
      if (others.length) lines.push(`      see ${others.map(at).join(', ')}`);
    }
    lines.push('');
  }
  const total = `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}, ${report.infos} for information`;
  lines.push(report.findings.length
    ? `Data checks: ${total}.${report.errors ? ' Fix the errors and run again; nothing was written.' : ' Nothing was written.'}`
    : 'Data checks: nothing found. Nothing was written.');
  return lines.join('\n');
}

/** The report as JSON: the counts, and each finding with its records' files (relative to `cwd`) and lines. */
export function checkReportJson(report: CheckReport, cwd = process.cwd()): string {
  return JSON.stringify({
    errors: report.errors, warnings: report.warnings, infos: report.infos, summary: report.summary,
    findings: report.findings.map((f) => ({
      ...f,
      ids: f.subjects.map((s) => s.id),
      subjects: f.subjects.map((s) => (s.file ? { ...s, file: formatLocation(s.file, 0, cwd) } : s)),
    })),
  }, null, 2);
}
