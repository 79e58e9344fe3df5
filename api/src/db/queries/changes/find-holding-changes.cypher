// The holdings that began or ended after $from up to $to (index-backed on validFrom / validTo),
// with the unit of the post; with $under (when given) only those of units that ever reported to it,
// up to 20 levels.
CALL () {
  MATCH (p:Person)-[h:HOLDS]->(post:Post) WHERE h.validFrom > $from AND h.validFrom <= $to
  RETURN p, h, post, h.validFrom AS day, true AS starts
  UNION ALL
  MATCH (p:Person)-[h:HOLDS]->(post:Post) WHERE h.validTo > $from AND h.validTo <= $to
  RETURN p, h, post, h.validTo AS day, false AS starts
}
MATCH (post)-[:POST_OF]->(u:Unit)
WITH p, h, post, u, day, starts
WHERE $under IS NULL OR u.id = $under OR EXISTS { (u)-[:REPORTS_TO]->{1,20}(:Unit {id: $under}) }
RETURN h {.*, personId: p.id, postId: post.id} AS holding, u.id AS unitId, toString(day) AS day, starts,
  CASE WHEN starts THEN h.validFromText ELSE h.validToText END AS text,
  CASE WHEN starts THEN h.validFromBound ELSE h.validToBound END AS bound,
  h.synthetic AS synthetic, h.citations AS citations
