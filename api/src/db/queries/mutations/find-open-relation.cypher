// A relation of $type from one unit to another that holds on $date or later (to refuse duplicates).
MATCH (:Unit {id: $fromId})-[r]->(:Unit {id: $toId})
WHERE type(r) = $type AND (r.validTo IS NULL OR r.validTo > $date)
RETURN r.id AS id
LIMIT 1
