// find-subordinates.cypher for $depth = 1: the same rows (one page of the units directly under
// $unitId on $asOf by name and id, whether $unitId exists, and with $withCount how many there are),
// read with one hop instead of a quantified path pattern (~2x faster for a province's 15,138
// children at 1,000,000 units). Each line's and unit's dates, and the unit's name and id, are read
// as one map projection per element (one walk of its property chain instead of one per property):
// the first 100 with the count 170 -> 131 ms, without 91 -> 85 ms (median of 22, interleaved, load
// 7-9; bench/README.md, "2026-11-29"). Not one pass for both: collecting the children to count them
// and then sorting the list held 40-820 MB of Neo4j's transaction memory per read (PROFILE), and
// 16 at once failed with MemoryPoolOutOfMemoryError; these two passes hold ~300 KB. $depth is not
// read: the resolver sends depth 1 here.
OPTIONAL MATCH (root:Unit {id: $unitId})
CALL (root) {
  WITH root WHERE $withCount
  MATCH (root)<-[r:REPORTS_TO]-(sub:Unit)
  WITH r {.validFrom, .validTo} AS rv, sub {.validFrom, .validTo} AS sv
  WHERE (rv.validFrom IS NULL OR rv.validFrom <= $asOf) AND (rv.validTo IS NULL OR $asOf < rv.validTo)
    AND (sv.validFrom IS NULL OR sv.validFrom <= $asOf) AND (sv.validTo IS NULL OR $asOf < sv.validTo)
  RETURN count(*) AS totalCount
}
OPTIONAL CALL (root) {
  MATCH (root)<-[r:REPORTS_TO]-(sub:Unit)
  WITH sub, r {.validFrom, .validTo} AS rv, sub {.validFrom, .validTo, .name, .id} AS sv
  WHERE (rv.validFrom IS NULL OR rv.validFrom <= $asOf) AND (rv.validTo IS NULL OR $asOf < rv.validTo)
    AND (sv.validFrom IS NULL OR sv.validFrom <= $asOf) AND (sv.validTo IS NULL OR $asOf < sv.validTo)
    AND ($after IS NULL OR $after.depth < 1
      OR ($after.depth = 1 AND (sv.name > $after.name OR (sv.name = $after.name AND sv.id > $after.id))))
  WITH sub, sv ORDER BY sv.name, sv.id LIMIT $limit
  RETURN [k IN $fields | sub[k]] AS values, 1 AS depth, root.id AS parentId
}
RETURN root IS NOT NULL AS found, totalCount, values, depth, parentId
ORDER BY values[1], values[0]
