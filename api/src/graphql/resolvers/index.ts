/** Every resolver, by type: where a field of the SDL is resolved. */
import type { Resolvers } from '../generated/resolvers-types';
import { Query } from './query';
import { Unit } from './unit';
import { Event, Holding, Person, Post } from './post';
import { ChainPath, ChainStep, Citation, Relation, UnitPath } from './relation';
import { DateScalar } from './scalars';
import { Mutation } from './mutation';
import { AuditEntry, AuditQuery } from './audit';
import { GraphEdgeData, GraphNodeData } from './neighbourhood';
import { HistoryEntry, PersonCareer, PostSuccession, UnitHistory } from './history';
import { DataChecksQuery } from './data-checks';
import { Change, ChangesQuery } from './changes';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...Query, ...AuditQuery, ...DataChecksQuery, ...ChangesQuery },
  Mutation,
  AuditEntry,
  Unit: { ...Unit, ...UnitHistory },
  Post: { ...Post, ...PostSuccession },
  Person: { ...Person, ...PersonCareer },
  Holding,
  Event,
  Relation,
  Citation,
  ChainPath,
  ChainStep,
  UnitPath,
  GraphNodeData,
  GraphEdgeData,
  HistoryEntry,
  Change,
};
