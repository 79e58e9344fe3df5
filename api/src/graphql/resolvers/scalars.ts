/** The Date scalar: YYYY-MM-DD text in, YYYY-MM-DD text out. */
import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../../domain/dates';
import { badInput } from '../../errors';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw badInput(`${JSON.stringify(value)} is not a date: write it YYYY-MM-DD, e.g. 2024-06-30.`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, written YYYY-MM-DD (ISO 8601), e.g. 2021-09-30.',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
