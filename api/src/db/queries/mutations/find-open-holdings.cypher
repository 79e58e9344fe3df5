// The holdings of a post that hold on $date or start later.
MATCH (pe:Person)-[h:HOLDS]->(:Post {id: $postId})
WHERE h.validTo IS NULL OR h.validTo > $date
RETURN h.id AS id, pe.id AS personId, h.validFrom AS validFrom
ORDER BY h.validFrom
