import { describe, expect, test } from '@jest/globals';
import { loopPath, refuseLoop } from '../../api/src/domain/loop-path';
import { Refusal } from '../../api/src/domain/refusal';

const refusal = (run: () => void): Refusal | undefined => {
  try {
    run();
  } catch (err) {
    return err as Refusal;
  }
  return undefined;
};

describe('the loop rule of the reporting line', () => {
  test('when no path leads from the new parent up to the unit, then the move closes no loop', () => {
    expect(loopPath('commune', 'city', null)).toBeNull();
    expect(refusal(() => refuseLoop('commune', 'city', null))).toBeUndefined();
  });

  test('when the new parent reports up to the unit, then the loop runs from the unit through the parent back to it', () => {
    expect(loopPath('city', 'commune', ['commune', 'district', 'city'])).toEqual(['city', 'commune', 'district', 'city']);
    const err = refusal(() => refuseLoop('city', 'commune', ['commune', 'district', 'city']));
    expect(err).toBeInstanceOf(Refusal);
    expect({ code: err!.code, extra: err!.extra }).toEqual({ code: 'CONFLICT', extra: { path: ['city', 'commune', 'district', 'city'] } });
    expect(err!.message).toContain("Move 'commune' out from under 'city' first");
  });

  test('when a unit would be put under itself, then that is a loop of one step, found without reading the graph', () => {
    expect(loopPath('city', 'city', null)).toEqual(['city', 'city']);
    const err = refusal(() => refuseLoop('city', 'city', null));
    expect({ code: err!.code, message: err!.message, extra: err!.extra }).toEqual({ code: 'CONFLICT', message: "unit 'city' cannot be put under itself.", extra: { path: ['city', 'city'] } });
  });
});
