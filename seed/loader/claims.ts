/**
 * The vocabulary of evidence a record may carry besides its dates (schema/model.md, "Dates,
 * attestations, basis, status and rank"): a claim's status and rank, and the bounds of a date,
 * derived from the SDL's enums (the generated consts) as kinds.ts is.
 */
import { ClaimRank as ClaimRankValues, ClaimStatus as ClaimStatusValues, type ClaimRank, type ClaimStatus } from '../../api/src/model/generated/schema-types';
import { DATE_BOUNDS } from '../../api/src/domain/basis';

/** Whether a claim (a relation or a holding) stands: accepted, disputed by another source, or waiting for a maintainer's review (SDL `ClaimStatus`). */
export const CLAIM_STATUSES = Object.values(ClaimStatusValues);
/** Which of disagreeing claims to follow (Wikidata's ranks, SDL `ClaimRank`): a deprecated claim is kept, never deleted, and never followed. */
export const CLAIM_RANKS = Object.values(ClaimRankValues);
export type { ClaimRank, ClaimStatus };

/** The status of a claim that states none. */
export const DEFAULT_STATUS: ClaimStatus = ClaimStatusValues.Accepted;
/** The rank of a claim that states none. */
export const DEFAULT_CLAIM_RANK: ClaimRank = ClaimRankValues.Normal;

/** What a stated date says of the day a fact started or ended (api/src/domain/basis.ts DateBound). */
export { DATE_BOUNDS };
