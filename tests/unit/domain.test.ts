import { describe, expect, test } from '@jest/globals';
import { foldDiacritics, unitSearchText } from '../../api/src/domain/fold-diacritics';
import { luceneQuery, searchWords } from '../../api/src/domain/search-query';
import { holdsOn, isIsoDate } from '../../api/src/domain/dates';
import { decodeCursor, decodeKeyCursor, encodeCursor, encodeKeyCursor } from '../../api/src/domain/cursor';
import { ConfigError, loadConfig } from '../../api/src/config';
import { schemaStatements } from '../../api/src/db/apply-schema';

describe('searching without diacritics', () => {
  test('when Vietnamese names are folded, then every tone mark and đ go', () => {
    expect(foldDiacritics('Bộ Công an')).toBe('bo cong an');
    expect(foldDiacritics('Công an thành phố Hà Nội')).toBe('cong an thanh pho ha noi');
    expect(foldDiacritics('Đà Nẵng')).toBe('da nang');
  });

  test('when a search is typed with Lucene syntax, then none of it reaches the query', () => {
    const words = searchWords('Bộ) OR *:* AND "x~');
    expect(words).toEqual(['bo', 'or', 'and', 'x']);
    expect(luceneQuery(words)).not.toMatch(/[:~)(]\s*\*|\*:\*/);
    expect(luceneQuery(['bo', 'cong'])).toBe('+(bo^2 OR bo*) +(cong^2 OR cong*) "bo cong"^4');
  });

  test('when a unit has names in two languages, then each is a separate folded name in its search text', () => {
    expect(unitSearchText({ name: 'Ministry of Public Security', nameVi: 'Bộ Công an', abbreviation: 'MPS' }))
      .toBe('ministry of public security | bo cong an | mps');
  });
});

describe('dates and cursors', () => {
  test('when a date is not a real day, then it is refused', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-1')).toBe(false);
  });

  test('when any YYYY-MM-DD text is checked, then it is accepted exactly when the calendar has that day (centuries and leap years included)', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    for (const year of [1900, 1999, 2000, 2023, 2024, 2025, 2100, 2400]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          const real = new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === text;
          expect([text, isIsoDate(text)]).toEqual([text, real]);
        }
      }
    }
  });

  test('when a fact ends on a day, then it no longer holds that day', () => {
    expect(holdsOn({ validFrom: null, validTo: '2025-03-01' }, '2025-02-28')).toBe(true);
    expect(holdsOn({ validFrom: null, validTo: '2025-03-01' }, '2025-03-01')).toBe(false);
    expect(holdsOn({ validFrom: '2025-03-01', validTo: null }, '2025-03-01')).toBe(true);
  });

  test('when a cursor is made, then it reads back, and a forged one reads as null', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(decodeCursor('bm9wZQ')).toBeNull();
  });

  test('when a keyset cursor is made, then it reads back (names with any characters), and an offset or forged one reads as null', () => {
    const key = { depth: 3, name: 'Công an phường "Hàng Bạc" | k:[1]', id: 'gen-ward-1' };
    expect(decodeKeyCursor(encodeKeyCursor(key))).toEqual(key);
    expect(decodeKeyCursor(encodeCursor(5))).toBeNull();
    expect(decodeCursor(encodeKeyCursor(key))).toBeNull();
    expect(decodeKeyCursor(Buffer.from('k:[1,2]').toString('base64url'))).toBeNull();
    expect(decodeKeyCursor(Buffer.from('k:{oops').toString('base64url'))).toBeNull();
  });
});

describe('configuration', () => {
  test('when several settings are wrong, then one line names each with what it must be', () => {
    expect(() => loadConfig({ PORT: 'x', NEO4J_URI: 'http://nope', NEO4J_PASSWORD: 'short' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'x', NEO4J_URI: 'http://nope', NEO4J_PASSWORD: 'short' });
    } catch (err) {
      const lines = (err as Error).message.split('\n').slice(1);
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^PORT="x": must be a whole number from 0 to 65535/);
    }
  });

  test('when nothing is set, then the documented defaults apply', () => {
    const c = loadConfig({});
    expect([c.port, c.neo4jUri, c.neo4jPassword, c.maxDepth]).toEqual([4000, '', 'command-graph-dev', 10]);
  });

  test('when the schema file is split, then every constraint and index is one statement', () => {
    const statements = schemaStatements();
    expect(statements.every((s) => /^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS/.test(s))).toBe(true);
    expect(statements.some((s) => s.includes('unit_search'))).toBe(true);
  });
});
