import { storage } from 'wxt/utils/storage';

// Ticked checklist items. Per tab for a tab's problems, per browser session for the preflight list;
// storage.session forgets both when the browser closes, as a checklist for "this attempt" should.
export type CheckScope = `tab-${number}` | 'preflight';

const key = (scope: CheckScope) => `session:checks:${scope}` as const;

export async function readChecks(scope: CheckScope): Promise<Set<string>> {
  const stored = await storage.getItem<string[]>(key(scope));
  return new Set(Array.isArray(stored) ? stored.filter((x) => typeof x === 'string') : []);
}

export async function writeChecks(scope: CheckScope, checks: Set<string>): Promise<void> {
  await storage.setItem(key(scope), [...checks]);
}
