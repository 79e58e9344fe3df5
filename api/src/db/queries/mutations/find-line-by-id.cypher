// A responsibility, coordination, advisory or guidance relation by id, locked for the transaction.
CALL {
  MATCH ()-[r:ANSWERABLE_TO {id: $id}]->() RETURN r
  UNION
  MATCH ()-[r:COORDINATES_WITH {id: $id}]->() RETURN r
  UNION
  MATCH ()-[r:ADVISES {id: $id}]->() RETURN r
  UNION
  MATCH ()-[r:GUIDES {id: $id}]->() RETURN r
}
SET r._lock = true
REMOVE r._lock
RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id, toEvent: false} AS relation
