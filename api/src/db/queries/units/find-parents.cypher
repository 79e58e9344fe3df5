// The reporting-line parent of each unit on $asOf (at most one by the model's rule).
UNWIND $unitIds AS id
MATCH (:Unit {id: id})-[r:REPORTS_TO]->(parent:Unit)
WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)
RETURN id AS unitId, parent.id AS parentId
