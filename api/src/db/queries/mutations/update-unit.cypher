// New values for some properties of a unit (the caller sends the recomputed searchText and citations).
MATCH (u:Unit {id: $id})
SET u += $props
RETURN u {.*} AS unit
