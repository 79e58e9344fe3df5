// Ends the unit's current reporting line on $date (if any) and starts a new one to the parent.
MATCH (u:Unit {id: $unitId}), (p:Unit {id: $parentId})
OPTIONAL MATCH (u)-[old:REPORTS_TO]->(:Unit)
WHERE old.validTo IS NULL OR old.validTo > $date
WITH u, p, collect(old) AS olds
FOREACH (o IN olds | SET o.validTo = $date, o.endCitations = $rel.citations)
CREATE (u)-[r:REPORTS_TO]->(p)
SET r = $rel
RETURN u {.*} AS unit, [o IN olds | o.id] AS ended
