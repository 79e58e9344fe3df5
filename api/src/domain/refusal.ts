/**
 * A rule's "no": the domain says why a change cannot be made and what to do, in the API's own error
 * codes; the resolvers turn it into a GraphQL error (graphql/resolvers/mutation-tx.ts).
 */

/** The error codes a rule may refuse with (the same texts as ErrorCode in api/src/errors.ts). */
export type RefusalCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';

/** A change a rule refuses: its code, a message saying what to do, and extensions (`argument`, `path`, ...). */
export class Refusal extends Error {
  constructor(readonly code: RefusalCode, message: string, readonly extra: Record<string, unknown> = {}) {
    super(message);
  }

  /** CONFLICT: the graph as it is does not allow the change; `extra` names what is in the way. */
  static conflict(message: string, extra: Record<string, unknown> = {}): Refusal {
    return new Refusal('CONFLICT', message, extra);
  }

  /** NOT_FOUND: something the change names does not exist. */
  static notFound(message: string): Refusal {
    return new Refusal('NOT_FOUND', message);
  }

  /** BAD_USER_INPUT: the arguments themselves are wrong; `argument` is the path of the one to fix. */
  static badInput(message: string, argument?: string): Refusal {
    return new Refusal('BAD_USER_INPUT', message, argument ? { argument } : {});
  }
}
