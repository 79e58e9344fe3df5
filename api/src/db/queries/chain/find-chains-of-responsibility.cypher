// The chains of responsibility of several requests in one transaction (concurrent API requests are
// batched: api/src/db/coalesce.ts). Request i is $requests[i] = {unitId, types, asOf}. For each: the
// start unit (null when no unit has that id) and every path from it up the lines asked (types:
// REPORTS_TO and/or ANSWERABLE_TO) to a top, a unit with no further edge of those types. Edges and
// units must hold on asOf. Relationship uniqueness within a path stops loops; the bound (20 steps)
// stops runaway data; at most $limit paths per request, shortest first. Units and relations come as
// maps of the properties the API serves (not whole nodes: no element ids, labels, search text, hashes
// or source id lists on the wire), their dates as YYYY-MM-DD text (what the API answers; decoding a
// DATE costs the driver Integer arithmetic per value). DEPRECATED claims are never followed; each
// `AND atLeast(x, day)` keeps only facts at least the request's minimum basis strong (db/queries/index.ts
// cypherByBasis: a batch is one minimum basis; at ASSUMED, every fact that holds, the marks go).
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS q
OPTIONAL MATCH (start:Unit {id: q.unitId})
CALL (start, q) {
  MATCH p = (start)(()-[r WHERE type(r) IN q.types
        AND (r.validFrom IS NULL OR r.validFrom <= q.asOf) AND (r.validTo IS NULL OR q.asOf < r.validTo)
        AND coalesce(r.claimRank, 'NORMAL') <> 'DEPRECATED' AND atLeast(r, q.asOf)]->
      (n:Unit WHERE (n.validFrom IS NULL OR n.validFrom <= q.asOf) AND (n.validTo IS NULL OR q.asOf < n.validTo) AND atLeast(n, q.asOf))){0,20}(top:Unit)
  WHERE NOT EXISTS {
      (top)-[up]->(next:Unit)
      WHERE type(up) IN q.types
        AND (up.validFrom IS NULL OR up.validFrom <= q.asOf) AND (up.validTo IS NULL OR q.asOf < up.validTo)
        AND (next.validFrom IS NULL OR next.validFrom <= q.asOf) AND (next.validTo IS NULL OR q.asOf < next.validTo)
        AND coalesce(up.claimRank, 'NORMAL') <> 'DEPRECATED'
        AND atLeast(up, q.asOf) AND atLeast(next, q.asOf)
    }
  WITH p ORDER BY length(p), [x IN nodes(p) | x.id]
  LIMIT $limit
  RETURN collect({
    units: [x IN nodes(p) | x {.id, .name, .nameVi, .abbreviation, .kind, .jurisdiction, validFrom: toString(x.validFrom), validTo: toString(x.validTo), .citations, .synthetic, .validFromText, .validToText, .validFromBound, .validToBound, firstAttested: toString(x.firstAttested), lastAttested: toString(x.lastAttested)}],
    relations: [r IN relationships(p) | r {.id, validFrom: toString(r.validFrom), validTo: toString(r.validTo), .validFromText, .validToText, .validFromBound, .validToBound, firstAttested: toString(r.firstAttested), lastAttested: toString(r.lastAttested), .status, .claimRank, .note, .citations, .synthetic, type: type(r), from: startNode(r).id, to: endNode(r).id, toEvent: false}]
  }) AS paths
}
RETURN i, start {.id, .name, .nameVi, .abbreviation, .kind, .jurisdiction, validFrom: toString(start.validFrom), validTo: toString(start.validTo), .citations, .synthetic, .validFromText, .validToText, .validFromBound, .validToBound, firstAttested: toString(start.firstAttested), lastAttested: toString(start.lastAttested)} AS start, paths
ORDER BY i
