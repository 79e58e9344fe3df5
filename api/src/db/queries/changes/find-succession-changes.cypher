// The SUCCEEDED_BY lines dated after $from up to $to (index-backed on validFrom), with $under
// (when given) only those one of whose units ever reported to it, up to 20 levels.
MATCH (a:Unit)-[s:SUCCEEDED_BY]->(b:Unit)
WHERE s.validFrom > $from AND s.validFrom <= $to
  AND ($under IS NULL OR a.id = $under OR b.id = $under
    OR EXISTS { (a)-[:REPORTS_TO]->{1,20}(:Unit {id: $under}) } OR EXISTS { (b)-[:REPORTS_TO]->{1,20}(:Unit {id: $under}) })
RETURN s {.*, type: 'SUCCEEDED_BY', from: a.id, to: b.id} AS relation, a.name AS fromName, b.name AS toName,
  toString(s.validFrom) AS day, s.validFromText AS text, s.validFromBound AS bound, s.synthetic AS synthetic, s.citations AS citations
