// Records that $fromId is carried on by $toId from $rel.validFrom (a merger's or a split's line).
MATCH (a:Unit {id: $fromId}), (b:Unit {id: $toId})
CREATE (a)-[s:SUCCEEDED_BY]->(b)
SET s = $rel
RETURN s.id AS id
