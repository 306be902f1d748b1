// Suggests the intended mail domain when a typed one looks mistyped (naver.con, gmial.com,
// hanmail.ner). Runs in the page on the user's own input; the address is never stored or sent.

export const COMMON_MAIL_DOMAINS = [
  'naver.com',
  'hanmail.net',
  'daum.net',
  'gmail.com',
  'nate.com',
  'kakao.com',
  'hotmail.com',
  'outlook.com',
  'yahoo.com',
  'icloud.com',
  'korea.kr',
  'hanmir.com',
  'empas.com',
  'paran.com',
] as const;

/** Edits (insert, delete, replace, swap of neighbours) between two short strings. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}

/** The common domain the user probably meant, or undefined when the domain looks fine or unknown. */
export function suggestMailDomain(domain: string): string | undefined {
  const typed = domain.trim().toLowerCase();
  if (!typed || (COMMON_MAIL_DOMAINS as readonly string[]).includes(typed)) return undefined;
  let best: { domain: string; distance: number } | undefined;
  for (const known of COMMON_MAIL_DOMAINS) {
    const distance = editDistance(typed, known);
    if (distance <= 2 && (!best || distance < best.distance)) best = { domain: known, distance };
  }
  return best?.domain;
}

/** For a whole address: the corrected address to suggest, keeping what the user typed before "@". */
export function suggestMailAddress(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return undefined;
  const suggestion = suggestMailDomain(address.slice(at + 1));
  return suggestion ? `${address.slice(0, at + 1)}${suggestion}` : undefined;
}
