// The ids of the units the data checks read, in id order, at most $limit: every unit when $under is
// null (read in the order of the id constraint's index), else $under and the units under it along
// REPORTS_TO lines of any date; `found` is false when $under does not exist. The bound (50) is above
// the configured maximum depth.
OPTIONAL MATCH (root:Unit {id: $under})
OPTIONAL CALL (root) {
  WITH root WHERE $under IS NULL
  MATCH (u:Unit) WHERE u.id IS NOT NULL
  RETURN u.id AS id ORDER BY id LIMIT $limit
  UNION
  WITH root WHERE root IS NOT NULL
  MATCH (root)<-[:REPORTS_TO]-{0,50}(u:Unit)
  WITH DISTINCT u.id AS id
  RETURN id ORDER BY id LIMIT $limit
}
RETURN $under IS NULL OR root IS NOT NULL AS found, collect(id) AS ids
