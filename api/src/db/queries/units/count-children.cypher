// How many units report directly to each unit on $asOf.
UNWIND $unitIds AS id
MATCH (u:Unit {id: id})
RETURN id AS unitId, COUNT {
  (u)<-[r:REPORTS_TO]-(c:Unit)
  WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)
    AND (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR $asOf < c.validTo)
} AS count
