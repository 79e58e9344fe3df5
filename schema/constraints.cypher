// Constraints and indexes of the command-structure graph. Applied at every start, idempotently
// (IF NOT EXISTS), by api/src/db/apply-schema.ts. Statements end with a semicolon at the end of a line.

CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (n:Unit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// Relationship ids: unique per type, so an edge can be cited, updated and loaded idempotently.
CREATE CONSTRAINT reports_to_id IF NOT EXISTS FOR ()-[r:REPORTS_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT answerable_to_id IF NOT EXISTS FOR ()-[r:ANSWERABLE_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT coordinates_with_id IF NOT EXISTS FOR ()-[r:COORDINATES_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT advises_id IF NOT EXISTS FOR ()-[r:ADVISES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT guides_id IF NOT EXISTS FOR ()-[r:GUIDES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT established_by_id IF NOT EXISTS FOR ()-[r:ESTABLISHED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT set_up_for_id IF NOT EXISTS FOR ()-[r:SET_UP_FOR]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT succeeded_by_id IF NOT EXISTS FOR ()-[r:SUCCEEDED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT holds_id IF NOT EXISTS FOR ()-[r:HOLDS]-() REQUIRE r.id IS UNIQUE;

CREATE INDEX unit_kind IF NOT EXISTS FOR (n:Unit) ON (n.kind);
CREATE INDEX unit_name IF NOT EXISTS FOR (n:Unit) ON (n.name);

// changesBetween (api/src/db/queries/changes/): what began or ended between two days, found by
// date range instead of by reading every unit, line and holding.
CREATE INDEX unit_valid_from IF NOT EXISTS FOR (n:Unit) ON (n.validFrom);
CREATE INDEX unit_valid_to IF NOT EXISTS FOR (n:Unit) ON (n.validTo);
CREATE INDEX reports_to_valid_from IF NOT EXISTS FOR ()-[r:REPORTS_TO]-() ON (r.validFrom);
CREATE INDEX reports_to_valid_to IF NOT EXISTS FOR ()-[r:REPORTS_TO]-() ON (r.validTo);
CREATE INDEX succeeded_by_valid_from IF NOT EXISTS FOR ()-[r:SUCCEEDED_BY]-() ON (r.validFrom);
CREATE INDEX holds_valid_from IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.validFrom);
CREATE INDEX holds_valid_to IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.validTo);

// Search ignores Vietnamese diacritics: `searchText` holds the names already folded to lower-case
// ASCII words (api/src/domain/fold-diacritics.ts), so the analyzer only splits on spaces and keeps
// every word (the standard analyzers drop English stop words such as the "an" of "Bộ Công an").
CREATE FULLTEXT INDEX unit_search IF NOT EXISTS FOR (n:Unit) ON EACH [n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };

// The audit trail (api/src/graphql/resolvers/audit.ts): entries by id and listed newest first.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
