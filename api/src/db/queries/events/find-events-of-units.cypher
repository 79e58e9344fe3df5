// The events each unit was set up for.
UNWIND $unitIds AS id
MATCH (:Unit {id: id})-[:SET_UP_FOR]->(e:Event)
RETURN id AS unitId, e AS event
ORDER BY e.startDate, e.id
