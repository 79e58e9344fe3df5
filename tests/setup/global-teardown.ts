import { rmSync } from 'node:fs';

/** Stops the Neo4j that global-setup.ts started (none when NEO4J_URI was given) and removes its data folder. */
export default async function globalTeardown(): Promise<void> {
  if (!globalThis.__NEO4J__) return;
  await globalThis.__NEO4J__.stop();
  if (process.env.TEST_NEO4J_DATA_DIR) rmSync(process.env.TEST_NEO4J_DATA_DIR, { recursive: true, force: true });
}
