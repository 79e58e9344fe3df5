// Every unit under $unitId along the reporting line on $asOf, down to $depth levels, nearest first,
// with the total count and one page of them. The bound (50) is above the configured maximum depth.
MATCH (root:Unit {id: $unitId})
OPTIONAL MATCH p = (root)(()<-[r:REPORTS_TO WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)]-
    (c:Unit WHERE (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR $asOf < c.validTo))){1,50}(sub:Unit)
WHERE length(p) <= $depth
WITH p, sub
ORDER BY length(p), sub.name, sub.id
WITH [x IN collect({unit: sub, depth: length(p), parentId: nodes(p)[-2].id}) WHERE x.unit IS NOT NULL] AS subs
RETURN size(subs) AS totalCount, subs[$skip..($skip + $limit)] AS page
