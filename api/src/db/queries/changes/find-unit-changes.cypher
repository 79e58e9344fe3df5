// The units that began or ended after $from up to $to (index-backed on validFrom / validTo); with
// $under only it and the units that ever reported to it, up to 20 levels (read from its subtree). A
// unit whose reporting line to a parent began (ended) with it, the parent beginning (ending) that
// day too, follows from the parent's change: unless its kind is in $asked, such units are only
// counted, one row per parent (`fold`, with the parent's own parent when it follows in turn). Every
// other unit is one row.
CALL () {
  WITH 1 AS everywhere WHERE $under IS NULL
  MATCH (u:Unit) WHERE u.validFrom > $from AND u.validFrom <= $to
  RETURN u, u.validFrom AS day, true AS starts
  UNION ALL
  WITH 1 AS everywhere WHERE $under IS NULL
  MATCH (u:Unit) WHERE u.validTo > $from AND u.validTo <= $to
  RETURN u, u.validTo AS day, false AS starts
  UNION ALL
  // Under one unit: its subtree (every line, whatever its dates), not the whole window.
  MATCH (:Unit {id: $under})<-[:REPORTS_TO]-{0,20}(u:Unit)
  WITH DISTINCT u
  UNWIND [[u.validFrom, true], [u.validTo, false]] AS at
  WITH u, at[0] AS day, at[1] AS starts
  WHERE day > $from AND day <= $to
  RETURN u, day, starts
}
WITH u, day, starts
OPTIONAL CALL (u, day, starts) {
  MATCH (u)-[l:REPORTS_TO]->(p:Unit)
  WHERE CASE WHEN starts THEN l.validFrom = day ELSE l.validTo = day END
  RETURN p ORDER BY p.id LIMIT 1
}
WITH u, day, starts, p,
  p IS NOT NULL AND NOT (CASE WHEN starts THEN 'CREATED' ELSE 'DISSOLVED' END) IN $asked
  AND CASE WHEN starts THEN p.validFrom = day ELSE p.validTo = day END
  AND NOT EXISTS { (u)-[s:SUCCEEDED_BY]-() WHERE s.validFrom = day } AS folded
WITH day, starts, CASE WHEN folded THEN p END AS into,
  CASE WHEN folded THEN null ELSE u {.id, .name, .kind, parent: p.id,
    text: CASE WHEN starts THEN u.validFromText ELSE u.validToText END,
    bound: CASE WHEN starts THEN u.validFromBound ELSE u.validToBound END, .synthetic, .citations} END AS unit,
  count(*) AS n
OPTIONAL CALL (into, day, starts) {
  MATCH (into)-[l:REPORTS_TO]->(q:Unit)
  WHERE CASE WHEN starts THEN l.validFrom = day AND q.validFrom = day ELSE l.validTo = day AND q.validTo = day END
  RETURN q.id AS intoParent ORDER BY q.id LIMIT 1
}
RETURN toString(day) AS day, starts, unit, into.id AS into, intoParent, n
