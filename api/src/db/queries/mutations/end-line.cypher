// Ends a relation on $date (it stays, with its validTo, for reads of the past).
CALL {
  MATCH ()-[r:ANSWERABLE_TO {id: $id}]->() RETURN r
  UNION
  MATCH ()-[r:COORDINATES_WITH {id: $id}]->() RETURN r
  UNION
  MATCH ()-[r:ADVISES {id: $id}]->() RETURN r
  UNION
  MATCH ()-[r:GUIDES {id: $id}]->() RETURN r
}
SET r.validTo = $date, r.endCitations = $citations
RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id, toEvent: false} AS relation
