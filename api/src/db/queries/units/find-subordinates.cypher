// One page of the units under $unitId along the reporting line on $asOf, down to $depth levels,
// nearest first, then by name and id, one row each (or one row without a unit when the page is
// empty), each saying whether $unitId exists and, with $withCount, how many there are in all (else
// 0). Keyset paging: $after is the {depth, name, id} of the last unit of the previous page (null for
// the first page). The bound (50) is above the configured maximum depth. Each unit comes as the list
// of its properties named in $fields, which start with id and name (whole nodes would also carry
// element ids, labels and search text; the API reads only the properties the request asks for).
// The units along each path come from the group variable c (depth = size(c), parent = c[-2]), not
// from a path variable, and each is a row of its own, not one list: both are cheaper to read
// (bench/README.md). DEPRECATED claims are not followed; `atLeast` keeps lines and units at least the
// minimum basis strong (db/queries/index.ts cypherByBasis).
OPTIONAL MATCH (root:Unit {id: $unitId})
CALL (root) {
  WITH root WHERE $withCount
  MATCH (root)(()<-[r:REPORTS_TO WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)
        AND coalesce(r.claimRank, 'NORMAL') <> 'DEPRECATED' AND atLeast(r, $asOf)]-
      (c:Unit WHERE (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR $asOf < c.validTo) AND atLeast(c, $asOf))){1,50}()
  WITH c WHERE size(c) <= $depth
  RETURN count(*) AS totalCount
}
OPTIONAL CALL (root) {
  MATCH (root)(()<-[r:REPORTS_TO WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)
        AND coalesce(r.claimRank, 'NORMAL') <> 'DEPRECATED' AND atLeast(r, $asOf)]-
      (c:Unit WHERE (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR $asOf < c.validTo) AND atLeast(c, $asOf))){1,50}()
  WITH c WHERE size(c) <= $depth
  WITH c[-1] AS sub, size(c) AS depth, CASE size(c) WHEN 1 THEN root.id ELSE c[-2].id END AS parentId
  WHERE $after IS NULL OR depth > $after.depth
     OR (depth = $after.depth AND (sub.name > $after.name OR (sub.name = $after.name AND sub.id > $after.id)))
  WITH sub, depth, parentId ORDER BY depth, sub.name, sub.id LIMIT $limit
  RETURN [k IN $fields | sub[k]] AS values, depth, parentId
}
RETURN root IS NOT NULL AS found, totalCount, values, depth, parentId
ORDER BY depth, values[1], values[0]
