/**
 * The vocabulary of evidence a record may carry besides its dates (schema/model.md, "Dates,
 * attestations, basis, status and rank"): a claim's status and rank, and the bounds of a date.
 * To move into the SDL's enums when the API reads them (issue 16), then to be derived from it as
 * kinds.ts is.
 */
import { DATE_BOUNDS } from '../../api/src/domain/basis';

/** Whether a claim (a relation or a holding) stands: accepted, disputed by another source, or waiting for a maintainer's review. */
export const CLAIM_STATUSES = ['ACCEPTED', 'DISPUTED', 'NEEDS_REVIEW'] as const;
/** One of CLAIM_STATUSES. */
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Which of disagreeing claims to follow (Wikidata's ranks): a deprecated claim is kept, never deleted, and never followed. */
export const CLAIM_RANKS = ['PREFERRED', 'NORMAL', 'DEPRECATED'] as const;
/** One of CLAIM_RANKS. */
export type ClaimRank = (typeof CLAIM_RANKS)[number];

/** The status of a claim that states none. */
export const DEFAULT_STATUS: ClaimStatus = 'ACCEPTED';
/** The rank of a claim that states none. */
export const DEFAULT_CLAIM_RANK: ClaimRank = 'NORMAL';

/** What a stated date says of the day a fact started or ended (api/src/domain/basis.ts DateBound). */
export { DATE_BOUNDS };
