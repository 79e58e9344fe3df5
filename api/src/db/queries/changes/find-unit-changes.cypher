// The units that began or ended after $from up to $to (index-backed on validFrom / validTo), with
// $under (when given) only the units that ever reported to it, up to 20 levels. `parent` is where
// the unit's reporting line that began (or ended) the same day goes.
CALL () {
  MATCH (u:Unit) WHERE u.validFrom > $from AND u.validFrom <= $to
  RETURN u, u.validFrom AS day, true AS starts
  UNION ALL
  MATCH (u:Unit) WHERE u.validTo > $from AND u.validTo <= $to
  RETURN u, u.validTo AS day, false AS starts
}
WITH u, day, starts
WHERE $under IS NULL OR u.id = $under OR EXISTS { (u)-[:REPORTS_TO]->{1,20}(:Unit {id: $under}) }
OPTIONAL CALL (u, day, starts) {
  MATCH (u)-[l:REPORTS_TO]->(p:Unit)
  WHERE CASE WHEN starts THEN l.validFrom = day ELSE l.validTo = day END
  RETURN p.id AS parent ORDER BY p.id LIMIT 1
}
RETURN u.id AS id, u.name AS name, u.kind AS kind, toString(day) AS day, starts, parent,
  CASE WHEN starts THEN u.validFromText ELSE u.validToText END AS text,
  CASE WHEN starts THEN u.validFromBound ELSE u.validToBound END AS bound,
  u.synthetic AS synthetic, u.citations AS citations
