// Records one change: who, what, when it takes effect, the citation, and the ids it touched.
CREATE (a:AuditEntry)
SET a = $entry, a.at = datetime()
RETURN a.id AS id
