// How many units the database holds (0: empty, the seed data may be loaded).
MATCH (u:Unit) RETURN count(u) AS count
