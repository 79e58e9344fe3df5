/**
 * The page's test hook (`window.__commandGraph`) as browser tests see it: the types are the page's
 * own (web/src/test-hook.ts), which also declares `window.__commandGraph`. The web's sources are
 * typed with vite's client types (web/tsconfig.json), which this reference brings in for them.
 */
/// <reference types="vite/client" />
export type { CommandGraphHook, HookEdge, HookNode } from '../../../web/src/test-hook';
