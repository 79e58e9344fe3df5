// Every post of each unit, the leading post first.
UNWIND $unitIds AS id
MATCH (p:Post)-[:POST_OF]->(:Unit {id: id})
RETURN id AS unitId, p AS post
ORDER BY p.leads DESC, p.title, p.id
