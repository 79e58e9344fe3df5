// Every Unit, Post, Person and Event whose id starts with $prefix ('' for all), with a post's unit.
MATCH (n)
WHERE (n:Unit OR n:Post OR n:Person OR n:Event) AND n.id STARTS WITH $prefix
OPTIONAL MATCH (n:Post)-[:POST_OF]->(u:Unit)
RETURN labels(n) AS labels, properties(n) AS props, u.id AS unit
ORDER BY n.id
