// Every relation from or to each unit that holds on $asOf, of the $types asked (batched by a DataLoader),
// at least the minimum basis strong (cypherByBasis). DEPRECATED claims are listed too: this is the
// record of what is claimed, nothing here follows them.
UNWIND $unitIds AS id
MATCH (u:Unit {id: id})-[r]-(other)
WHERE type(r) IN $types
  AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)
  AND atLeast(r, $asOf)
RETURN id AS unitId, r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id, toEvent: endNode(r):Event} AS relation
ORDER BY type(r), r.id
