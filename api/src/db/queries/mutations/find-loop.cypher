// The reporting path from the would-be parent up to the unit, on or after $date: when there is one,
// putting the unit under that parent would close a loop.
MATCH (u:Unit {id: $unitId}), (p:Unit {id: $parentId})
OPTIONAL MATCH path = (p)(()-[r:REPORTS_TO WHERE r.validTo IS NULL OR r.validTo > $date]->()){1,100}(u)
WITH path LIMIT 1
RETURN CASE WHEN path IS NULL THEN null ELSE [n IN nodes(path) | n.id] END AS loop
