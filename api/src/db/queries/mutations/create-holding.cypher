// A person holds a post from $props.validFrom.
MATCH (pe:Person {id: $personId}), (po:Post {id: $postId})
CREATE (pe)-[h:HOLDS]->(po)
SET h = $props
RETURN h {.*} AS holding, pe.id AS personId, po.id AS postId
