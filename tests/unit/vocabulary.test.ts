/**
 * One vocabulary: the SDL's enums (schema/*.graphql) are the only place their values are listed.
 * Code derives its lists from the generated consts (api/src/model/vocabulary.ts) or types its
 * hand-chosen subsets against the generated unions; these tests fail when a list is written out by
 * hand again, or when a list the code uses is not what the SDL says.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType, type GraphQLEnumType } from 'graphql';
import { EVENT_KINDS, RELATION_TYPES, UNIT_KINDS, UNIT_RELATION_TYPES } from '../../api/src/model/vocabulary';
import * as seedKinds from '../../seed/loader/kinds';
import { DRAWN_RELATIONS, KIND_LOOKS, RELATION_LOOKS } from '../../web/src/graph/kinds';

const ROOT = path.join(__dirname, '../..');

const schemaDir = path.join(ROOT, 'schema');
const schema = buildSchema(
  readdirSync(schemaDir).filter((f) => f.endsWith('.graphql')).sort().map((f) => readFileSync(path.join(schemaDir, f), 'utf8')).join('\n'),
);
const enums = Object.values(schema.getTypeMap()).filter((t): t is GraphQLEnumType => isEnumType(t) && !t.name.startsWith('__'));
const valuesOf = (name: string) => schema.getType(name) && isEnumType(schema.getType(name)) ? (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name) : [];

// Where code lives that must derive its lists; generated code, tests and dependencies are left out.
const SCANNED = ['api', 'seed', 'web/src', 'bench', 'db', 'schema'];
const SKIPPED = new Set(['node_modules', 'generated', 'dist', '.neo4j', 'data']);
// A bracketed list (`[...]`, in code or in GraphQL text) or a union of string literals (`'A' | 'B'`).
const LISTS = /\[[^[\]]*\]|(?:'[A-Z][A-Z0-9_]*'\s*\|\s*)+'[A-Z][A-Z0-9_]*'/g;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return SKIPPED.has(e.name) ? [] : tsFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Each list (see LISTS) naming 3 or more values of one SDL enum. */
function handWrittenLists(): string[] {
  const found: string[] = [];
  for (const file of SCANNED.flatMap((d) => tsFiles(path.join(ROOT, d)))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(LISTS)) {
      const words = new Set(m[0].match(/\b[A-Z][A-Z0-9_]+\b/g) ?? []);
      for (const e of enums) {
        const named = e.getValues().filter((v) => words.has(v.name));
        if (named.length >= 3) {
          const line = text.slice(0, m.index).split('\n').length;
          found.push(`${path.relative(ROOT, file)}:${line} lists ${named.length} ${e.name} values by hand`);
        }
      }
    }
  }
  return found;
}

describe('one vocabulary', () => {
  test('when the code is read, then no list of an SDL enum\'s values is written out by hand outside generated code', () => {
    expect(handWrittenLists()).toEqual([]);
  });

  test('when the vocabulary lists are read, then each is its SDL enum, in the SDL\'s order', () => {
    expect(UNIT_KINDS).toEqual(valuesOf('UnitKind'));
    expect(EVENT_KINDS).toEqual(valuesOf('EventKind'));
    expect(RELATION_TYPES).toEqual(valuesOf('RelationType'));
    expect(seedKinds.UNIT_KINDS).toEqual(valuesOf('UnitKind'));
    expect(seedKinds.RELATION_TYPES).toEqual(valuesOf('RelationType'));
    expect(seedKinds.EVENT_KINDS).toEqual(valuesOf('EventKind'));
  });

  test('when a list is a chosen subset, then it holds only values of its SDL enum', () => {
    const relationTypes = valuesOf('RelationType');
    expect(relationTypes).toEqual(expect.arrayContaining(UNIT_RELATION_TYPES));
    expect(UNIT_RELATION_TYPES).not.toContain('SET_UP_FOR');
    expect(relationTypes).toEqual(expect.arrayContaining(DRAWN_RELATIONS));
    expect(seedKinds.WRITTEN_REL_TYPES).toEqual(expect.arrayContaining(relationTypes));
    expect(relationTypes).toEqual(expect.arrayContaining(['REPORTS_TO', 'ANSWERABLE_TO'])); // the chain's lines
  });

  test('when the page draws units and relations, then every SDL unit kind and unit-to-unit relation type has a look', () => {
    expect(Object.keys(KIND_LOOKS)).toEqual(valuesOf('UnitKind'));
    expect(Object.keys(RELATION_LOOKS).sort()).toEqual([...UNIT_RELATION_TYPES].sort());
    expect(DRAWN_RELATIONS).toEqual(Object.keys(RELATION_LOOKS));
  });
});
