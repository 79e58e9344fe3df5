// The reporting-line parent of each unit on $asOf (at most one by the model's rule; where two claims
// disagree, the PREFERRED one), over a line that is not a DEPRECATED claim, line and parent at least
// the minimum basis strong (cypherByBasis).
UNWIND $unitIds AS id
MATCH (:Unit {id: id})-[r:REPORTS_TO]->(parent:Unit)
WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)
  AND coalesce(r.claimRank, 'NORMAL') <> 'DEPRECATED'
  AND atLeast(r, $asOf) AND atLeast(parent, $asOf)
WITH id, parent ORDER BY CASE r.claimRank WHEN 'PREFERRED' THEN 0 ELSE 1 END
WITH id, collect(parent)[0] AS parent
RETURN id AS unitId, parent.id AS parentId
