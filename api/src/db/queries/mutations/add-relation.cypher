// A new relation between two units. The type is one of four fixed ones, chosen by $type: each branch
// is static text, nothing of the request is spliced in.
MATCH (a:Unit {id: $fromId}), (b:Unit {id: $toId})
FOREACH (_ IN CASE WHEN $type = 'ANSWERABLE_TO' THEN [1] ELSE [] END | CREATE (a)-[:ANSWERABLE_TO $props]->(b))
FOREACH (_ IN CASE WHEN $type = 'COORDINATES_WITH' THEN [1] ELSE [] END | CREATE (a)-[:COORDINATES_WITH $props]->(b))
FOREACH (_ IN CASE WHEN $type = 'ADVISES' THEN [1] ELSE [] END | CREATE (a)-[:ADVISES $props]->(b))
FOREACH (_ IN CASE WHEN $type = 'GUIDES' THEN [1] ELSE [] END | CREATE (a)-[:GUIDES $props]->(b))
WITH a
MATCH (a)-[r {id: $props.id}]->(:Unit)
RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id, toEvent: false} AS relation
