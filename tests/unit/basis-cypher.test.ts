import { describe, expect, test } from '@jest/globals';
import { basisCondition, cypher, cypherByBasis } from '../../api/src/db/queries';

const CHAIN = 'chain/find-chains-of-responsibility';

describe('cypherByBasis', () => {
  test('when a marked file is read at ASSUMED, then the marks are gone and the text is the plain query\'s', () => {
    const assumed = cypherByBasis(CHAIN)('ASSUMED');
    expect(assumed.text).not.toContain('atLeast');
    expect(assumed.text).not.toContain('firstAttested >=');
    expect(assumed).toEqual(cypher(CHAIN));
  });

  test('when a marked file is read at ATTESTED or STATED, then each marked fact gets the condition of that basis, under a name of its own', () => {
    const attested = cypherByBasis(CHAIN)('ATTESTED');
    const stated = cypherByBasis(CHAIN)('STATED');
    expect(attested.name).toBe(`${CHAIN}@ATTESTED`);
    for (const x of ['r', 'n', 'up', 'next']) {
      expect(attested.text).toContain(basisCondition(x, 'q.asOf', 'ATTESTED'));
      expect(stated.text).toContain(basisCondition(x, 'q.asOf', 'STATED'));
    }
    expect(attested.text).not.toContain('atLeast');
  });

  test('when the condition is asked at ASSUMED, then it is empty: every fact that holds is at least assumed', () => {
    expect(basisCondition('r', '$asOf', 'ASSUMED')).toBe('');
    expect(basisCondition('r', '$asOf', 'ATTESTED')).toMatch(/^AND \(\$asOf >= CASE .* OR \$asOf >= r\.firstAttested\)/s);
  });
});
