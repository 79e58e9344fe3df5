// A new unit with the properties given (already in the stored shape).
CREATE (u:Unit)
SET u = $props
RETURN u {.*} AS unit
