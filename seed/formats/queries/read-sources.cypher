// The sources whose id starts with $prefix ('' for all), and those named in $referenced.
MATCH (s:Source)
WHERE s.id STARTS WITH $prefix OR s.id IN $referenced
RETURN properties(s) AS props
ORDER BY s.id
