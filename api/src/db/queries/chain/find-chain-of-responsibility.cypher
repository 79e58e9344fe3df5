// Every path from the unit up the lines asked ($types: REPORTS_TO and/or ANSWERABLE_TO) to a top: a
// unit with no further edge of those types. Edges and units must hold on $asOf. Relationship
// uniqueness within a path stops loops; the bound (20 steps) stops runaway data.
MATCH (start:Unit {id: $unitId})
MATCH p = (start)(()-[r WHERE type(r) IN $types
      AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)]->
    (n:Unit WHERE (n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR $asOf < n.validTo))){0,20}(top:Unit)
WHERE NOT EXISTS {
    (top)-[up]->(next:Unit)
    WHERE type(up) IN $types
      AND (up.validFrom IS NULL OR up.validFrom <= $asOf) AND (up.validTo IS NULL OR $asOf < up.validTo)
      AND (next.validFrom IS NULL OR next.validFrom <= $asOf) AND (next.validTo IS NULL OR $asOf < next.validTo)
  }
RETURN nodes(p) AS units,
       [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id, toEvent: false}] AS relations
ORDER BY length(p), [x IN nodes(p) | x.id]
LIMIT $limit
