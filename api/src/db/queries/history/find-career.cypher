// Every holding of a person with its post's id, in no order (domain/succession.ts shapeCareer orders them).
MATCH (:Person {id: $personId})-[h:HOLDS]->(post:Post)
RETURN h {.*, personId: $personId, postId: post.id} AS holding
