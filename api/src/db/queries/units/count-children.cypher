// How many units report directly to each unit on $asOf, over lines that are not DEPRECATED claims, both
// at least the minimum basis strong (cypherByBasis).
UNWIND $unitIds AS id
MATCH (u:Unit {id: id})
RETURN id AS unitId, COUNT {
  (u)<-[r:REPORTS_TO]-(c:Unit)
  WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)
    AND (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR $asOf < c.validTo)
    AND coalesce(r.claimRank, 'NORMAL') <> 'DEPRECATED'
    AND atLeast(r, $asOf) AND atLeast(c, $asOf)
} AS count
