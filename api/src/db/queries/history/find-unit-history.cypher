// One unit's own history in one read (domain/unit-history.ts shapes it): the unit, its reporting
// lines upward, its other lines from it and to it, the holdings of its leading posts, and the changes
// the audit trail recorded that named it. The line types are named in each pattern so that the units
// reporting to it (thousands for a province) are never expanded; each list of lines stops at $maxLines.
// Every relation type but REPORTS_TO is named here (tests/unit/unit-history.test.ts checks it).
MATCH (u:Unit {id: $id})
RETURN u {.*} AS unit,
  [(u)-[r:REPORTS_TO]->(x:Unit) | r {.*, type: 'REPORTS_TO', from: u.id, to: x.id, toEvent: false}][..$maxLines] AS parents,
  [(u)-[r:ANSWERABLE_TO|COORDINATES_WITH|ADVISES|GUIDES|ESTABLISHED_BY|SET_UP_FOR]->(x) | r {.*, type: type(r), from: u.id, to: x.id, toEvent: x:Event}][..$maxLines]
    + [(u)<-[r:ANSWERABLE_TO|COORDINATES_WITH|ADVISES|GUIDES|ESTABLISHED_BY]-(x:Unit) WHERE x <> u | r {.*, type: type(r), from: x.id, to: u.id, toEvent: false}][..$maxLines] AS lines,
  [(u)<-[:POST_OF]-(p:Post {leads: true})<-[h:HOLDS]-(person:Person) | h {.*, personId: person.id, postId: p.id}][..$maxLines] AS leaders,
  COLLECT {
    MATCH (a:AuditEntry)
    WHERE $id IN a.targetIds AND a.action IN $actions
    RETURN a {.id, .action, .effectiveDate, .citation, .input, .before} AS change
    ORDER BY a.at
  } AS changes
