/**
 * The fields of dates and evidence that Unit, Relation and Holding share (schema/model.md, "Dates,
 * attestations, basis, status and rank"): the basis on a day, the attestations, the stated dates as
 * written with their bounds; and, for Relation and Holding, the claim's status and rank.
 */
import { basisOn, statedOf } from '../../domain/basis';
import { ClaimRank, ClaimStatus } from '../../model/generated/schema-types';
import type { Claimed, Evidenced } from '../../model/models';
import type { Context } from '../context';

/** Resolvers of basis, firstAttested, lastAttested, validFromStated/Bound, validToStated/Bound. */
export const evidenceFields = {
  // Without asOf: the date of the read that returned the record, else today.
  basis: (x: Evidenced, { asOf }: { asOf?: string | null }, ctx: Context) => basisOn(statedOf(x), asOf ?? x.asOf ?? ctx.today),
  firstAttested: (x: Evidenced) => x.firstAttested ?? null,
  lastAttested: (x: Evidenced) => x.lastAttested ?? null,
  validFromStated: (x: Evidenced) => statedOf(x).validFrom,
  validFromBound: (x: Evidenced) => statedOf(x).validFromBound,
  validToStated: (x: Evidenced) => statedOf(x).validTo,
  validToBound: (x: Evidenced) => statedOf(x).validToBound,
};

/** Resolvers of status and claimRank: records written before they were stored read ACCEPTED, NORMAL. */
export const claimFields = {
  status: (x: Claimed) => x.status ?? ClaimStatus.Accepted,
  claimRank: (x: Claimed) => x.claimRank ?? ClaimRank.Normal,
};
