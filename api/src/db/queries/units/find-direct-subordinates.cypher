// find-subordinates.cypher for $depth = 1: the same rows (one page of the units directly under
// $unitId on $asOf by name and id, whether $unitId exists, and with $withCount how many there are),
// read with one hop instead of a quantified path pattern, in one pass for the page and the count.
// At 1,000,000 units, the first 100 of a province's 15,138 children with the count (bench/README.md,
// "Session 12"): the quantified pattern ~230 ms, one hop with a separate COUNT ~150 ms, this ~70 ms.
// Each line's and unit's dates and the unit's name and id are read once, as a map projection (one
// walk of the property chain instead of one per property: ~20% of the page's time). $depth is not
// read: the resolver sends depth 1 here.
OPTIONAL MATCH (root:Unit {id: $unitId})
CALL (root) {
  MATCH (root)<-[r:REPORTS_TO]-(sub:Unit)
  WITH sub, r {.validFrom, .validTo} AS rv, sub {.validFrom, .validTo, .name, .id} AS sv
  WHERE (rv.validFrom IS NULL OR rv.validFrom <= $asOf) AND (rv.validTo IS NULL OR $asOf < rv.validTo)
    AND (sv.validFrom IS NULL OR sv.validFrom <= $asOf) AND (sv.validTo IS NULL OR $asOf < sv.validTo)
  RETURN collect({name: sv.name, id: sv.id, sub: sub}) AS subs
}
OPTIONAL CALL (subs) {
  UNWIND subs AS s
  WITH s WHERE $after IS NULL OR $after.depth < 1
     OR ($after.depth = 1 AND (s.name > $after.name OR (s.name = $after.name AND s.id > $after.id)))
  WITH s ORDER BY s.name, s.id LIMIT $limit
  RETURN [k IN $fields | s.sub[k]] AS values, 1 AS depth
}
RETURN root IS NOT NULL AS found, CASE WHEN $withCount THEN size(subs) ELSE 0 END AS totalCount,
  values, depth, root.id AS parentId
ORDER BY values[1], values[0]
