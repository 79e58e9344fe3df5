// Before a move: takes the write locks of the moved unit, the new parent and every ancestor of the new
// parent on or after $date, in id order (so two moves lock shared units in the same order). A
// concurrent move touching any of them waits for this transaction, then re-reads committed data.
MATCH (p:Unit {id: $parentId})
OPTIONAL MATCH (p)(()-[r:REPORTS_TO WHERE r.validTo IS NULL OR r.validTo > $date]->()){1,100}(a:Unit)
WITH p, collect(DISTINCT a.id) AS ancestors
UNWIND [$unitId, p.id] + ancestors AS id
WITH DISTINCT id ORDER BY id
MATCH (n:Unit {id: id})
SET n._lock = true
REMOVE n._lock
RETURN collect(n.id) AS locked
