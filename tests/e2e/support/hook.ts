/**
 * The page's test hook (`window.__commandGraph`, web/src/test-hook.ts) as browser tests see it,
 * typed here because the web's sources are compiled separately (web/tsconfig.json).
 */
export interface HookNode {
  id: string;
  label: string;
  kind: string;
  childCount: number;
  classes: string[];
  x: number;
  y: number;
  onScreen: boolean;
  px: number;
  py: number;
}

export interface HookEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  classes: string[];
  shown: boolean;
}

export interface HookState {
  root: string;
  selected: string | null;
  expanded: string[] | null;
  shown: string[];
  date: string | null;
  hidden: string[];
  chain: boolean;
}

export interface CommandGraphHook {
  whenIdle(): Promise<void>;
  nodes(): HookNode[];
  edges(): HookEdge[];
  selected(): string | null;
  chain(): { unitId: string; paths: string[][] } | null;
  state(): HookState;
  search(): string;
  renderer(): { large: boolean; webgl: boolean; elements: number };
  lastExport(): { name: string; type: string; size: number; text: string | null } | null;
  banner(): string | null;
  metrics(): { firstDrawMs: number | null; lastExpandMs: number | null; elkReadyMs: number | null; lastLayout: { kind: string; ms: number } | null };
  app: {
    expand(id: string): Promise<void>;
    toggle(id: string): Promise<void>;
    select(id: string): Promise<void>;
    graph: { cy: { panBy(p: { x: number; y: number }): void; zoom(z?: number): number; width(): number; height(): number; fit(): void; center(eles?: unknown): void; getElementById(id: string): unknown } };
  };
}

declare global {
  interface Window {
    __commandGraph?: CommandGraphHook;
  }
}
