import { frozenSources, readCorpus, messageKey } from './lib/corpus';
import { predict } from './eval';
const frozen = frozenSources();
const want = process.argv[2] ?? '';
const seen = new Set<string>();
for (const l of readCorpus()) {
  if (frozen.has(l.source)) continue;
  const k = messageKey(l.message); if (seen.has(k)) continue; seen.add(k);
  if (want === 'none' ? (l.labels.length===1 && l.labels[0]==='none') : l.labels.includes(want)) {
    const p = predict(l.message);
    const ok = l.labels.includes(p) || ((l.labels.includes('other')||l.labels.includes('none')) && p==='unrecognised');
    console.log(`${ok?'ok ':'XX '} ${p.padEnd(20)} ${l.labels.join('|').padEnd(20)} ${l.source.slice(0,6)} ${l.message}`);
  }
}
