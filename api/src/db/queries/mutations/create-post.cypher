// A new post of a unit, with its POST_OF link.
MATCH (u:Unit {id: $unitId})
CREATE (p:Post)-[l:POST_OF]->(u)
SET p = $props, l = $link
RETURN p {.*} AS post, u.id AS unitId
