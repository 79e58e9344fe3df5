// Ends a holding on $date.
MATCH (pe:Person {id: $personId})-[h:HOLDS {id: $id}]->(po:Post {id: $postId})
SET h.validTo = $date, h.endCitations = $citations
RETURN h {.*} AS holding, pe.id AS personId, po.id AS postId
