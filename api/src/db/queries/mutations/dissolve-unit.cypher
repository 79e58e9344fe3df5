// Ends a unit on $date: the unit, every relation of it that still holds, and the holdings of its posts.
MATCH (u:Unit {id: $id})
SET u.validTo = $date, u.endCitations = $citations
WITH u
OPTIONAL MATCH (u)-[r]-()
WHERE type(r) <> 'POST_OF' AND (r.validTo IS NULL OR r.validTo > $date) AND (r.validFrom IS NULL OR r.validFrom < $date)
FOREACH (x IN CASE WHEN r IS NULL THEN [] ELSE [r] END | SET x.validTo = $date, x.endCitations = $citations)
WITH u, collect(r.id) AS relations
OPTIONAL MATCH (:Person)-[h:HOLDS]->(:Post)-[:POST_OF]->(u)
WHERE (h.validTo IS NULL OR h.validTo > $date) AND (h.validFrom IS NULL OR h.validFrom < $date)
FOREACH (x IN CASE WHEN h IS NULL THEN [] ELSE [h] END | SET x.validTo = $date, x.endCitations = $citations)
RETURN u {.*} AS unit, relations, collect(h.id) AS holdings
