// The units with these ids (those of one request's DataLoader batch, joined with concurrent
// requests' in graphql/batched-reads.ts), as maps of the properties the API serves, dates as text.
UNWIND $ids AS id
MATCH (u:Unit {id: id})
RETURN u {.id, .name, .nameVi, .abbreviation, .kind, .jurisdiction, validFrom: toString(u.validFrom), validTo: toString(u.validTo), .citations, .synthetic, .validFromText, .validToText, .validFromBound, .validToBound, firstAttested: toString(u.firstAttested), lastAttested: toString(u.lastAttested)} AS unit
