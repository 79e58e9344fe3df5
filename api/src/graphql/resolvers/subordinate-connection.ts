/** Fields of SubordinateConnection that are not plain values. */
import type { SubordinateConnectionResolvers } from '../generated/resolvers-types';

export const SubordinateConnection: SubordinateConnectionResolvers = {
  // A second query, run only when asked: counting a big subtree costs as much as reading it.
  totalCount: (c) => c.countAll(),
};
