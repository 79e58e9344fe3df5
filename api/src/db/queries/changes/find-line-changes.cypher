// The lines between units (every type but SUCCEEDED_BY, see find-succession-changes) that began or
// ended after $from up to $to; with $under only the lines from it and the units that ever reported
// to it, up to 20 levels (read from its subtree). A reporting line that ends on the day another of
// the same unit begins is a move (one row, read from the ending line). A move whose old parent ends
// (or new parent begins) that day, and a line one of whose units begins or ends with it, follow
// from that unit's change: unless their kind is in $asked they are only counted, one row per unit
// (`cause`, with the unit's own parent when it follows in turn). REPORTS_TO, the one numerous type,
// is read through its date indexes; the other types are few and listed by type
// (tests/unit/changes.test.ts checks the list).
CALL () {
  WITH 1 AS everywhere WHERE $under IS NULL
  MATCH (a:Unit)-[r:REPORTS_TO]->(b:Unit) WHERE r.validFrom > $from AND r.validFrom <= $to
  RETURN a, r, b, r.validFrom AS day, true AS starts
  UNION ALL
  WITH 1 AS everywhere WHERE $under IS NULL
  MATCH (a:Unit)-[r:REPORTS_TO]->(b:Unit) WHERE r.validTo > $from AND r.validTo <= $to
  RETURN a, r, b, r.validTo AS day, false AS starts
  UNION ALL
  WITH 1 AS everywhere WHERE $under IS NULL
  MATCH (a:Unit)-[r:ANSWERABLE_TO|COORDINATES_WITH|ADVISES|GUIDES|ESTABLISHED_BY]->(b:Unit)
  WHERE r.validFrom > $from AND r.validFrom <= $to
  RETURN a, r, b, r.validFrom AS day, true AS starts
  UNION ALL
  WITH 1 AS everywhere WHERE $under IS NULL
  MATCH (a:Unit)-[r:ANSWERABLE_TO|COORDINATES_WITH|ADVISES|GUIDES|ESTABLISHED_BY]->(b:Unit)
  WHERE r.validTo > $from AND r.validTo <= $to
  RETURN a, r, b, r.validTo AS day, false AS starts
  UNION ALL
  // Under one unit: the lines of its subtree (every line, whatever its dates), not the whole window.
  MATCH (:Unit {id: $under})<-[:REPORTS_TO]-{0,20}(a:Unit)
  WITH DISTINCT a
  MATCH (a)-[r:REPORTS_TO|ANSWERABLE_TO|COORDINATES_WITH|ADVISES|GUIDES|ESTABLISHED_BY]->(b:Unit)
  UNWIND [[r.validFrom, true], [r.validTo, false]] AS at
  WITH a, r, b, at[0] AS day, at[1] AS starts
  WHERE day > $from AND day <= $to
  RETURN a, r, b, day, starts
}
WITH a, r, b, day, starts
OPTIONAL CALL (a, r, day, starts) {
  WITH a, r, day, starts
  WHERE type(r) = 'REPORTS_TO' AND coalesce(a.validFrom <> day, true) AND coalesce(a.validTo <> day, true)
  MATCH (a)-[r2:REPORTS_TO]->(b2:Unit)
  WHERE CASE WHEN starts THEN r2.validTo = day ELSE r2.validFrom = day END
  RETURN r2, b2 ORDER BY b2.id LIMIT 1
}
WITH a, r, b, day, starts, r2, b2
WHERE NOT (starts AND r2 IS NOT NULL)
WITH a, r, b, day, starts, r2, b2,
  CASE WHEN r2 IS NOT NULL THEN 'MOVED' WHEN starts THEN 'LINE_ADDED' ELSE 'LINE_ENDED' END AS kind
WITH a, r, b, day, starts, r2, b2, kind, CASE
    WHEN kind IN $asked THEN null
    WHEN kind = 'MOVED' THEN CASE WHEN b.validTo = day THEN [b, false] WHEN b2.validFrom = day THEN [b2, true] END
    WHEN CASE WHEN starts THEN b.validFrom = day ELSE b.validTo = day END THEN [b, starts]
    WHEN CASE WHEN starts THEN a.validFrom = day ELSE a.validTo = day END THEN [a, starts]
  END AS because
WITH day, kind, because[0] AS cause, because[1] AS causeStarts,
  CASE WHEN because IS NULL THEN {
    relation: CASE WHEN r2 IS NULL THEN r {.*, type: type(r), from: a.id, to: b.id} ELSE r2 {.*, type: 'REPORTS_TO', from: a.id, to: b2.id} END,
    fromParent: CASE WHEN r2 IS NULL THEN null ELSE b.id END, toParent: b2.id,
    text: CASE WHEN starts THEN r.validFromText WHEN r2 IS NULL THEN r.validToText ELSE r2.validFromText END,
    bound: CASE WHEN starts THEN r.validFromBound WHEN r2 IS NULL THEN r.validToBound ELSE r2.validFromBound END,
    synthetic: r.synthetic, citations: coalesce(r2.citations, r.citations)} END AS fact,
  count(*) AS n
OPTIONAL CALL (cause, day, causeStarts) {
  MATCH (cause)-[l:REPORTS_TO]->(q:Unit)
  WHERE CASE WHEN causeStarts THEN l.validFrom = day AND q.validFrom = day ELSE l.validTo = day AND q.validTo = day END
  RETURN q.id AS causeParent ORDER BY q.id LIMIT 1
}
RETURN toString(day) AS day, kind, fact, cause.id AS cause, causeStarts, causeParent, n
