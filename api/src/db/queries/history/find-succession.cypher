// Every holding of a post with its holder's id, in no order (domain/succession.ts orders them).
MATCH (person:Person)-[h:HOLDS]->(:Post {id: $postId})
RETURN h {.*, personId: person.id, postId: $postId} AS holding
