// Every HOLDS and unit relationship (types in $types) whose two ends' ids start with $prefix.
MATCH (a)-[r]->(b)
WHERE type(r) IN $types AND a.id STARTS WITH $prefix AND b.id STARTS WITH $prefix
RETURN type(r) AS type, properties(r) AS props, a.id AS from, b.id AS to
ORDER BY r.id
