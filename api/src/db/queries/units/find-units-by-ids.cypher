// The units with these ids (batched by a DataLoader).
UNWIND $ids AS id
MATCH (u:Unit {id: id})
RETURN u AS unit
