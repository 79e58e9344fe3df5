// What the data checks (api/src/domain/data-checks.ts) read of each unit in $ids: its kind, stated
// bounds (the DATE and, when it says more, the date as written and its bound), citations and whether
// it is generated; the lines from it, likewise, with the bounds of the unit or the end date of the
// event at their other end; its posts with every holding of each.
UNWIND $ids AS id
MATCH (u:Unit {id: id})
CALL (u) {
  OPTIONAL MATCH (u)-[r]->(other) WHERE type(r) IN $types
  RETURN collect(r {.id, .validFrom, .validTo, .validFromText, .validToText, .validFromBound, .validToBound, .status, .claimRank, .citations, .synthetic,
    type: type(r), from: u.id, to: other.id,
    end: CASE WHEN other:Unit THEN other {.id, .kind, .validFrom, .validTo, .validFromText, .validToText, .validFromBound, .validToBound} END,
    endDate: CASE WHEN other:Event THEN other.endDate END}) AS relations
}
CALL (u) {
  OPTIONAL MATCH (p:Post)-[:POST_OF]->(u)
  CALL (p) {
    OPTIONAL MATCH (person:Person)-[h:HOLDS]->(p)
    RETURN collect(h {.id, .validFrom, .validTo, .validFromText, .validToText, .validFromBound, .validToBound, .status, .claimRank, .citations, .synthetic,
      person: person.id}) AS holdings
  }
  RETURN collect(p {.id, .leads, .collective, holdings: holdings}) AS posts
}
RETURN u {.id, .kind, .validFrom, .validTo, .validFromText, .validToText, .validFromBound, .validToBound, .lastAttested, .citations, .synthetic} AS unit,
  relations, posts
