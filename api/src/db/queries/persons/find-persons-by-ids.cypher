// The persons with these ids.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p AS person
