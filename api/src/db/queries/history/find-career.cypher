// Every holding of a person with its post's id, in no order (domain/stored-dates.ts byStart orders them).
MATCH (:Person {id: $personId})-[h:HOLDS]->(post:Post)
RETURN h {.*, personId: $personId, postId: post.id} AS holding
