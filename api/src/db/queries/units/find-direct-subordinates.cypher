// find-subordinates.cypher for $depth = 1: the same rows (one page of the units directly under
// $unitId on $asOf by name and id, whether $unitId exists, and with $withCount how many there are),
// read with one hop instead of a quantified path pattern. Dates, name and id come as one map
// projection per element: one walk of its property chain instead of one per property. Page and count
// are two passes: one pass that collects the children to count them holds far more of Neo4j's
// transaction memory and fails under concurrent reads (bench/README.md). $depth is not read: the
// resolver sends depth 1 here. DEPRECATED claims are not followed; `atLeast` keeps lines and units at
// least the minimum basis strong (db/queries/index.ts cypherByBasis).
OPTIONAL MATCH (root:Unit {id: $unitId})
CALL (root) {
  WITH root WHERE $withCount
  MATCH (root)<-[r:REPORTS_TO]-(sub:Unit)
  WHERE coalesce(r.claimRank, 'NORMAL') <> 'DEPRECATED' AND atLeast(r, $asOf) AND atLeast(sub, $asOf)
  WITH r {.validFrom, .validTo} AS rv, sub {.validFrom, .validTo} AS sv
  WHERE (rv.validFrom IS NULL OR rv.validFrom <= $asOf) AND (rv.validTo IS NULL OR $asOf < rv.validTo)
    AND (sv.validFrom IS NULL OR sv.validFrom <= $asOf) AND (sv.validTo IS NULL OR $asOf < sv.validTo)
  RETURN count(*) AS totalCount
}
OPTIONAL CALL (root) {
  MATCH (root)<-[r:REPORTS_TO]-(sub:Unit)
  WHERE coalesce(r.claimRank, 'NORMAL') <> 'DEPRECATED' AND atLeast(r, $asOf) AND atLeast(sub, $asOf)
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
