// Units whose folded names match the Lucene query $lucene (built by domain/search-query.ts from
// the user's words, never spliced), best first, one page after $skip.
CALL db.index.fulltext.queryNodes('unit_search', $lucene) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node AS unit, score
ORDER BY score DESC, node.name, node.id
SKIP $skip
LIMIT $limit
