// One page of the units under $unitId along the reporting line on $asOf, down to $depth levels,
// nearest first, then by name and id. Keyset paging: $after is the {depth, name, id} of the last
// unit of the previous page (null for the first page), so a page costs the same wherever it starts
// and no page collects the whole subtree. The bound (50) is above the configured maximum depth.
MATCH (root:Unit {id: $unitId})
MATCH p = (root)(()<-[r:REPORTS_TO WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)]-
    (c:Unit WHERE (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR $asOf < c.validTo))){1,50}(sub:Unit)
WHERE length(p) <= $depth
WITH sub, length(p) AS depth, nodes(p)[-2].id AS parentId
WHERE $after IS NULL OR depth > $after.depth
   OR (depth = $after.depth AND (sub.name > $after.name OR (sub.name = $after.name AND sub.id > $after.id)))
RETURN sub AS unit, depth, parentId
ORDER BY depth, sub.name, sub.id
LIMIT $limit
