// New values for some properties of a person.
MATCH (p:Person {id: $id})
SET p += $props
RETURN p {.*} AS person
