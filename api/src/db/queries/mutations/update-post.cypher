// New values for some properties of a post.
MATCH (p:Post {id: $id})-[:POST_OF]->(u:Unit)
SET p += $props
RETURN p {.*} AS post, u.id AS unitId
