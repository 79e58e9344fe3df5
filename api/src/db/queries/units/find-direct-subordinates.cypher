// find-subordinates.cypher for $depth = 1: the same rows (one page of the units directly under
// $unitId on $asOf by name and id, whether $unitId exists, and with $withCount how many there are),
// read with one hop instead of a quantified path pattern. The pattern walks below each child to
// find that there is no deeper level to keep; at 1,000,000 units the first 100 of a province's
// 15,138 children took ~230 ms that way and ~110 ms this way (~135 and ~65 ms without the count;
// bench/README.md). $depth is not read: the resolver sends depth 1 here.
OPTIONAL MATCH (root:Unit {id: $unitId})
CALL (root) {
  RETURN CASE WHEN $withCount THEN COUNT {
      (root)<-[r:REPORTS_TO WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)]-
      (c:Unit WHERE (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR $asOf < c.validTo))
    } ELSE 0 END AS totalCount
}
OPTIONAL CALL (root) {
  MATCH (root)<-[r:REPORTS_TO WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)]-
      (sub:Unit WHERE (sub.validFrom IS NULL OR sub.validFrom <= $asOf) AND (sub.validTo IS NULL OR $asOf < sub.validTo))
  WHERE $after IS NULL OR $after.depth < 1
     OR ($after.depth = 1 AND (sub.name > $after.name OR (sub.name = $after.name AND sub.id > $after.id)))
  WITH sub ORDER BY sub.name, sub.id LIMIT $limit
  RETURN [k IN $fields | sub[k]] AS values, 1 AS depth, root.id AS parentId
}
RETURN root IS NOT NULL AS found, totalCount, values, depth, parentId
ORDER BY depth, values[1], values[0]
