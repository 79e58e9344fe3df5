// The lines between units (every type but SUCCEEDED_BY, see find-succession-changes) that began or
// ended after $from up to $to; with $under (when given) only the lines of units that ever reported
// to it, up to 20 levels. REPORTS_TO, the one numerous type, is read through its date indexes; the
// other types are few (the cited dataset's) and are listed by type: tests/unit/changes.test.ts
// checks that the list is every unit-to-unit relation type.
CALL () {
  MATCH (a:Unit)-[r:REPORTS_TO]->(b:Unit) WHERE r.validFrom > $from AND r.validFrom <= $to
  RETURN a, r, b, r.validFrom AS day, true AS starts
  UNION ALL
  MATCH (a:Unit)-[r:REPORTS_TO]->(b:Unit) WHERE r.validTo > $from AND r.validTo <= $to
  RETURN a, r, b, r.validTo AS day, false AS starts
  UNION ALL
  MATCH (a:Unit)-[r:ANSWERABLE_TO|COORDINATES_WITH|ADVISES|GUIDES|ESTABLISHED_BY]->(b:Unit)
  WHERE r.validFrom > $from AND r.validFrom <= $to
  RETURN a, r, b, r.validFrom AS day, true AS starts
  UNION ALL
  MATCH (a:Unit)-[r:ANSWERABLE_TO|COORDINATES_WITH|ADVISES|GUIDES|ESTABLISHED_BY]->(b:Unit)
  WHERE r.validTo > $from AND r.validTo <= $to
  RETURN a, r, b, r.validTo AS day, false AS starts
}
WITH a, r, b, day, starts
WHERE $under IS NULL OR a.id = $under OR EXISTS { (a)-[:REPORTS_TO]->{1,20}(:Unit {id: $under}) }
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation, toString(day) AS day, starts,
  CASE WHEN starts THEN r.validFromText ELSE r.validToText END AS text,
  CASE WHEN starts THEN r.validFromBound ELSE r.validToBound END AS bound,
  r.synthetic AS synthetic, r.citations AS citations
