// How many units are under $unitId along the reporting line on $asOf, down to $depth levels.
MATCH (root:Unit {id: $unitId})
MATCH p = (root)(()<-[r:REPORTS_TO WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)]-
    (c:Unit WHERE (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR $asOf < c.validTo))){1,50}()
WHERE length(p) <= $depth
RETURN count(*) AS totalCount
