// The posts with these ids, with the id of the unit each belongs to.
UNWIND $ids AS id
MATCH (p:Post {id: id})-[:POST_OF]->(u:Unit)
RETURN p AS post, u.id AS unitId
