/**
 * The peer: the same graph served by the Neo4j GraphQL Library (@neo4j/graphql 7). Unit with
 * @relationship fields for REPORTS_TO (both ways) and ANSWERABLE_TO, the `unit_search` full-text
 * index, and a @cypher field for the chain of responsibility (the library has no built-in way to
 * follow a line to its top). The chain statement is the project's own, so the peer's chain differs
 * from ours only in what serves it.
 */
const VALID = (v: string) => `(${v}.validFrom IS NULL OR ${v}.validFrom <= $asOf) AND (${v}.validTo IS NULL OR $asOf < ${v}.validTo)`;

const CHAIN = `
MATCH p = (this)(()-[r:REPORTS_TO|ANSWERABLE_TO WHERE ${VALID('r')}]->(n:Unit WHERE ${VALID('n')})){0,20}(top:Unit)
WHERE NOT EXISTS { (top)-[up:REPORTS_TO|ANSWERABLE_TO]->(next:Unit) WHERE ${VALID('up')} AND ${VALID('next')} }
WITH p, top ORDER BY length(p), [x IN nodes(p) | x.id] LIMIT 201
RETURN {
  topId: top.id,
  units: [u IN nodes(p) | u {.id, .name, .kind}],
  relations: [r IN relationships(p) | {id: r.id, type: type(r), validFrom: toString(r.validFrom), validTo: toString(r.validTo)}]
} AS path`;

/** SDL of the peer API. */
export const peerTypeDefs = /* GraphQL */ `
  type Unit @node(labels: ["Unit"]) @fulltext(indexes: [{ indexName: "unit_search", queryName: "unitSearch", fields: ["searchText"] }]) {
    id: ID!
    name: String!
    nameVi: String
    kind: String!
    jurisdiction: String
    searchText: String
    validFrom: Date
    validTo: Date
    synthetic: Boolean
    parent: [Unit!]! @relationship(type: "REPORTS_TO", direction: OUT, properties: "Line")
    children: [Unit!]! @relationship(type: "REPORTS_TO", direction: IN, properties: "Line")
    answerableTo: [Unit!]! @relationship(type: "ANSWERABLE_TO", direction: OUT, properties: "Line")
    chain(asOf: Date!): [PeerChainPath!]! @cypher(statement: """${CHAIN}""", columnName: "path")
  }

  type Line @relationshipProperties {
    id: ID
    validFrom: Date
    validTo: Date
  }

  type PeerChainPath {
    topId: ID!
    units: [PeerChainUnit!]!
    relations: [PeerChainRelation!]!
  }

  type PeerChainUnit {
    id: ID!
    name: String!
    kind: String!
  }

  type PeerChainRelation {
    id: ID
    type: String!
    validFrom: String
    validTo: String
  }
`;
