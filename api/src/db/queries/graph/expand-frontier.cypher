// One step of a neighbourhood: the relations of the $types asked that hold on $asOf between the
// frontier units and units around them, with the ids of those units. Not DEPRECATED claims; relations
// and units at least the minimum basis strong (cypherByBasis).
UNWIND $ids AS id
MATCH (u:Unit {id: id})-[r]-(n:Unit)
WHERE type(r) IN $types
  AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)
  AND (n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR $asOf < n.validTo)
  AND coalesce(r.claimRank, 'NORMAL') <> 'DEPRECATED'
  AND atLeast(r, $asOf) AND atLeast(n, $asOf)
RETURN DISTINCT n {.id} AS unit
LIMIT $limit
