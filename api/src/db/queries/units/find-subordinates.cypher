// One page of the units under $unitId along the reporting line on $asOf, down to $depth levels,
// nearest first, then by name and id, and whether $unitId exists; with $withCount, also how many
// there are in all (else 0). Keyset paging: $after is the {depth, name, id} of the last unit of the
// previous page (null for the first page), so a page costs the same wherever it starts and no page
// collects the whole subtree. The bound (50) is above the configured maximum depth. Units come as
// maps of the properties the API serves (whole nodes also carry element ids, labels and search text).
OPTIONAL MATCH (root:Unit {id: $unitId})
CALL (root) {
  MATCH p = (root)(()<-[r:REPORTS_TO WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)]-
      (c:Unit WHERE (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR $asOf < c.validTo))){1,50}(sub:Unit)
  WHERE length(p) <= $depth
  WITH sub, length(p) AS depth, nodes(p)[-2].id AS parentId
  WHERE $after IS NULL OR depth > $after.depth
     OR (depth = $after.depth AND (sub.name > $after.name OR (sub.name = $after.name AND sub.id > $after.id)))
  WITH sub, depth, parentId ORDER BY depth, sub.name, sub.id LIMIT $limit
  RETURN collect({unit: sub {.id, .name, .nameVi, .abbreviation, .kind, .jurisdiction, .validFrom, .validTo, .citations, .synthetic}, depth: depth, parentId: parentId}) AS page
}
CALL (root) {
  WITH root WHERE $withCount
  MATCH p = (root)(()<-[r:REPORTS_TO WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)]-
      (c:Unit WHERE (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR $asOf < c.validTo))){1,50}()
  WHERE length(p) <= $depth
  RETURN count(*) AS totalCount
}
RETURN root IS NOT NULL AS found, page, totalCount
