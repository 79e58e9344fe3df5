/** Stops the Neo4j that global-setup.ts started (none when NEO4J_URI was given). */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__NEO4J__?.stop();
}
