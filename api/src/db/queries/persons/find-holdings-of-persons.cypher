// Every holding of each person, latest first.
UNWIND $personIds AS id
MATCH (:Person {id: id})-[h:HOLDS]->(post:Post)
RETURN id AS personId, h AS holding, post.id AS postId
ORDER BY h.validFrom DESC, h.id
