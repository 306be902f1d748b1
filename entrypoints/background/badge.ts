import { browser } from 'wxt/browser';
import { problemFor } from '../../rules';
import type { Severity } from '../../rules/types';
import type { TabState } from './tab-state';

const COLOURS: Record<Severity, string> = { error: '#c62828', warning: '#b26a00', info: '#0b57d0' };
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Badge text and colour for a tab: the number of distinct problems, coloured by the worst. */
export function badgeFor(state: TabState | undefined): { text: string; colour: string } {
  const problems = state?.problems ?? [];
  if (problems.length === 0) return { text: '', colour: COLOURS.info };
  let worst: Severity = 'info';
  for (const p of problems) {
    const severity = problemFor(p.problemId)?.severity ?? 'info';
    if (RANK[severity] > RANK[worst]) worst = severity;
  }
  return { text: String(problems.length), colour: COLOURS[worst] };
}

export async function showBadge(tabId: number, state: TabState | undefined): Promise<void> {
  const { text, colour } = badgeFor(state);
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: colour });
}
