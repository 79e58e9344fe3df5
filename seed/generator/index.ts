/**
 * The synthetic structure generator's public surface: a deterministic, nationwide command structure
 * of the police around the cited core (seed/README.md, schema/model.md), at any size up to millions
 * of units. The CLI is seed/generate.ts; bench/load-seed.ts loads it for the load figures.
 */
export { generateChunks, generateAll, resolveOptions, emptyChunk, type GenerateOptions, type GeneratedChunk } from './generate-structure';
export { planShape, NATURAL_UNITS, MIN_UNITS, MAX_UNITS, type ShapePlan } from './plan';
export { chunkToDataset } from './to-dataset';
export { loadGenerated, MissingRootError } from './load-generated';
export { writeYaml, recordsToYaml } from './write-yaml';
export { generatedCsvParts, type CsvPartJob } from './write-csv-parts';
export { bulkImportGenerated, type BulkGeneratedOptions } from './bulk-generated';
export { PROVINCE_MERGER_DATE, DISTRICTS_ABOLISHED_DATE, NEW_PROVINCES } from './provinces';
