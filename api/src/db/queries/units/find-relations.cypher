// Every relation from or to the unit that holds on $asOf, of the $types asked.
MATCH (u:Unit {id: $unitId})-[r]-(other)
WHERE type(r) IN $types
  AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)
RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id, toEvent: endNode(r):Event} AS relation
ORDER BY type(r), r.id
