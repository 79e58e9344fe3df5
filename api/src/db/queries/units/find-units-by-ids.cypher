// The units with these ids (batched by a DataLoader), as maps of the properties the API serves.
UNWIND $ids AS id
MATCH (u:Unit {id: id})
RETURN u {.id, .name, .nameVi, .abbreviation, .kind, .jurisdiction, .validFrom, .validTo, .citations, .synthetic} AS unit
