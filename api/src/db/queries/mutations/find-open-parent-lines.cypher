// The unit's reporting lines that hold on $date or start after it.
MATCH (:Unit {id: $unitId})-[r:REPORTS_TO]->(p:Unit)
WHERE r.validTo IS NULL OR r.validTo > $date
RETURN r.id AS id, p.id AS parentId, r.validFrom AS validFrom
ORDER BY r.validFrom
