// The units that report to the unit on $date or later.
MATCH (c:Unit)-[r:REPORTS_TO]->(:Unit {id: $unitId})
WHERE r.validTo IS NULL OR r.validTo > $date
RETURN DISTINCT c.id AS id
ORDER BY id
