// Recorded changes, latest first, optionally only those that touched $targetId.
MATCH (a:AuditEntry)
WHERE $targetId IS NULL OR $targetId IN a.targetIds
RETURN a {.*} AS entry
ORDER BY a.at DESC, a.id
SKIP $skip LIMIT $limit
