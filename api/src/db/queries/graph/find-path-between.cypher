// The shortest connection between two units on $asOf, over relations of the $types asked, in either
// direction, not over DEPRECATED claims, over relations and units at least the minimum basis strong
// (cypherByBasis). The bound (20) is above the configured maximum depth.
MATCH (a:Unit {id: $fromId}), (b:Unit {id: $toId})
MATCH p = SHORTEST 1 (a)(()-[r WHERE type(r) IN $types
      AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)
      AND coalesce(r.claimRank, 'NORMAL') <> 'DEPRECATED' AND atLeast(r, $asOf)]-
    (n:Unit WHERE (n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR $asOf < n.validTo) AND atLeast(n, $asOf))){0,20}(b)
WHERE length(p) <= $maxDepth
RETURN nodes(p) AS units,
       [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id, toEvent: false}] AS relations
