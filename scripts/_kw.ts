import { problems } from '../rules/catalogue';
import { compact } from '../rules/normalise';
import { readCorpus } from './lib/corpus';
const lines = readCorpus().map((l) => compact(l.message));
for (const p of problems) {
  const sources = [...(p.reports ?? []), ...(p.topics ?? []).map((t) => (typeof t === 'string' ? t : t[0]))];
  const missing = new Map<string, number>();
  for (const src of sources) {
    const re = new RegExp(src, 'u');
    for (const l of lines) {
      const m = re.exec(l);
      if (m && !p.keywords.some((k) => l.includes(k))) missing.set(m[0], (missing.get(m[0]) ?? 0) + 1);
    }
  }
  if (missing.size) console.log(p.id, [...missing].slice(0, 20));
}
