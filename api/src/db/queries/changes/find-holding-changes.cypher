// The holdings that began or ended after $from up to $to (index-backed on validFrom / validTo);
// with $under only those of it and the units that ever reported to it, up to 20 levels (read from
// its subtree). An ending holding is RELIEVED when its unit ends with it or another holding of the
// post begins that day, else the post falls VACANT. A holding whose unit begins or ends with it
// follows from the unit's change: unless its kind is in $asked it is only counted, one row per unit
// (`cause`: the unit, or its parent when the unit is counted in the parent's change; with the
// cause's own parent when it follows in turn).
CALL () {
  WITH 1 AS everywhere WHERE $under IS NULL
  MATCH (p:Person)-[h:HOLDS]->(post:Post) WHERE h.validFrom > $from AND h.validFrom <= $to
  MATCH (post)-[:POST_OF]->(u:Unit)
  RETURN p, h, post, u, h.validFrom AS day, true AS starts
  UNION ALL
  WITH 1 AS everywhere WHERE $under IS NULL
  MATCH (p:Person)-[h:HOLDS]->(post:Post) WHERE h.validTo > $from AND h.validTo <= $to
  MATCH (post)-[:POST_OF]->(u:Unit)
  RETURN p, h, post, u, h.validTo AS day, false AS starts
  UNION ALL
  // Under one unit: the holdings of its subtree's posts, not the whole window.
  MATCH (:Unit {id: $under})<-[:REPORTS_TO]-{0,20}(u:Unit)
  WITH DISTINCT u
  MATCH (p:Person)-[h:HOLDS]->(post:Post)-[:POST_OF]->(u)
  UNWIND [[h.validFrom, true], [h.validTo, false]] AS at
  WITH p, h, post, u, at[0] AS day, at[1] AS starts
  WHERE day > $from AND day <= $to
  RETURN p, h, post, u, day, starts
}
WITH p, h, post, u, day, starts, CASE WHEN starts THEN u.validFrom = day ELSE u.validTo = day END AS withUnit
WITH p, h, post, u, day, starts, withUnit, CASE
    WHEN starts THEN 'APPOINTED'
    WHEN withUnit OR EXISTS { (post)<-[h2:HOLDS]-() WHERE h2.validFrom = day } THEN 'RELIEVED'
    ELSE 'VACANT' END AS kind
// Counted under the unit's parent when the unit itself is counted there (see find-unit-changes).
OPTIONAL CALL (u, day, starts, withUnit) {
  WITH u, day, starts WHERE withUnit AND NOT (CASE WHEN starts THEN 'CREATED' ELSE 'DISSOLVED' END) IN $asked
    AND NOT EXISTS { (u)-[s:SUCCEEDED_BY]-() WHERE s.validFrom = day }
  MATCH (u)-[l:REPORTS_TO]->(q:Unit)
  WHERE CASE WHEN starts THEN l.validFrom = day AND q.validFrom = day ELSE l.validTo = day AND q.validTo = day END
  RETURN q ORDER BY q.id LIMIT 1
}
WITH p, h, post, u, q, day, starts, withUnit, kind
WITH day, starts, kind, CASE WHEN withUnit AND NOT kind IN $asked THEN coalesce(q, u) END AS cause,
  CASE WHEN withUnit AND NOT kind IN $asked THEN null ELSE {
    holding: h {.*, personId: p.id, postId: post.id}, unitId: u.id,
    text: CASE WHEN starts THEN h.validFromText ELSE h.validToText END,
    bound: CASE WHEN starts THEN h.validFromBound ELSE h.validToBound END, synthetic: h.synthetic, citations: h.citations} END AS fact,
  count(*) AS n
OPTIONAL CALL (cause, day, starts) {
  MATCH (cause)-[l:REPORTS_TO]->(q:Unit)
  WHERE CASE WHEN starts THEN l.validFrom = day AND q.validFrom = day ELSE l.validTo = day AND q.validTo = day END
  RETURN q.id AS causeParent ORDER BY q.id LIMIT 1
}
RETURN toString(day) AS day, kind, fact, cause.id AS cause, starts AS causeStarts, causeParent, n
