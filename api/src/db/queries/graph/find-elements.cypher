// The units $ids in Cytoscape's shape, with how many children each has on $asOf, and every relation
// of the $types asked that holds on $asOf between two of them, each with its stated bounds and
// attestations (for its basis). Not DEPRECATED claims; relations and
// units at least the minimum basis strong (cypherByBasis).
MATCH (u:Unit) WHERE u.id IN $ids
WITH collect(u) AS units
CALL (units) {
  UNWIND units AS u
  RETURN collect({data: {id: u.id, label: u.name, labelVi: u.nameVi, kind: u.kind, synthetic: coalesce(u.synthetic, false),
    validFrom: u.validFrom, validTo: u.validTo, validFromText: u.validFromText, validToText: u.validToText,
    validFromBound: u.validFromBound, validToBound: u.validToBound, firstAttested: u.firstAttested, lastAttested: u.lastAttested,
    childCount: COUNT {
      (u)<-[r:REPORTS_TO]-(c:Unit)
      WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)
        AND (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR $asOf < c.validTo)
        AND coalesce(r.claimRank, 'NORMAL') <> 'DEPRECATED'
        AND atLeast(r, $asOf) AND atLeast(c, $asOf)
    }}}) AS nodes
}
CALL (units) {
  UNWIND units AS a
  MATCH (a)-[r]->(b:Unit)
  WHERE b.id IN $ids AND type(r) IN $types
    AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)
    AND coalesce(r.claimRank, 'NORMAL') <> 'DEPRECATED'
    AND atLeast(r, $asOf)
  RETURN collect({data: {id: r.id, source: a.id, target: b.id, type: type(r), validFrom: r.validFrom, validTo: r.validTo,
    validFromText: r.validFromText, validToText: r.validToText, validFromBound: r.validFromBound, validToBound: r.validToBound,
    firstAttested: r.firstAttested, lastAttested: r.lastAttested}}) AS edges
}
RETURN nodes, edges
