// Takes the write lock of a Unit, Post or Person (held until the transaction ends) and returns it as
// it is now. The property set and removed again leaves the node unchanged.
CALL {
  MATCH (n:Unit {id: $id}) WHERE $label = 'Unit' RETURN n
  UNION
  MATCH (n:Post {id: $id}) WHERE $label = 'Post' RETURN n
  UNION
  MATCH (n:Person {id: $id}) WHERE $label = 'Person' RETURN n
}
SET n._lock = true
REMOVE n._lock
RETURN n {.*} AS node
