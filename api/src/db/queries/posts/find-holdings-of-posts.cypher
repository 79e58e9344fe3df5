// Every holding of each post, latest first.
UNWIND $postIds AS id
MATCH (person:Person)-[h:HOLDS]->(:Post {id: id})
RETURN id AS postId, h AS holding, person.id AS personId
ORDER BY h.validFrom DESC, h.id
