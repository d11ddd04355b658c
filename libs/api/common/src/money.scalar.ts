import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { parseMoney } from '@dp/domain/money';

function coerce(value: unknown): number {
  const r = parseMoney(value);
  if (!r.ok) {
    throw new GraphQLError(`Money must be whole kronor as a safe integer (${r.reason})`, {
      extensions: { code: 'BAD_USER_INPUT', reason: r.reason },
    });
  }
  return r.value;
}

/** Whole Swedish kronor as a safe integer; fractions and unsafe numbers are refused. */
export const MoneyScalar = new GraphQLScalarType<number, number>({
  name: 'Money',
  description: 'Whole Swedish kronor as a safe integer (no öre, no floats)',
  serialize: (value) => coerce(value),
  parseValue: (value) => coerce(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT) {
      throw new GraphQLError('Money must be a number of whole kronor', {
        extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_A_NUMBER' },
      });
    }
    return coerce(Number(ast.value));
  },
});
