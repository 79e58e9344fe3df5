// Units whose folded names match the Lucene query $lucene (built by domain/search-query.ts from
// the user's words, never spliced), best first: a name equal to the words typed ($phrase), then a
// name starting with them, then Lucene's score; one page after $skip.
CALL db.index.fulltext.queryNodes('unit_search', $lucene) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score, split(node.searchText, ' | ') AS names
WITH node, score,
     CASE WHEN $phrase IN names THEN 2 WHEN any(n IN names WHERE n STARTS WITH $phrase) THEN 1 ELSE 0 END AS nameMatch
RETURN node {.id, .name, .nameVi, .abbreviation, .kind, .jurisdiction, .validFrom, .validTo, .citations, .synthetic, .validFromText, .validToText, .validFromBound, .validToBound, .firstAttested, .lastAttested} AS unit, score + nameMatch * 10 AS score
ORDER BY nameMatch DESC, score DESC, node.name, node.id
SKIP $skip
LIMIT $limit
