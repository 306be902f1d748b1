import { storage } from 'wxt/utils/storage';
import { checksKey as key, type CheckScope } from '../../utils/storage';

// Ticked checklist items. Per tab for a tab's problems, per browser session for the preflight list;
// storage.session forgets both when the browser closes, as a checklist for "this attempt" should.
export type { CheckScope };

export async function readChecks(scope: CheckScope): Promise<Set<string>> {
  const stored = await storage.getItem<unknown>(key(scope)).catch(() => undefined);
  // Only short ids mean anything here; whatever else was left in storage is ignored.
  return new Set(
    Array.isArray(stored)
      ? stored.filter((x): x is string => typeof x === 'string' && x.length <= 100).slice(0, 200)
      : [],
  );
}

export async function writeChecks(scope: CheckScope, checks: Set<string>): Promise<void> {
  await storage.setItem(key(scope), [...checks]);
}
