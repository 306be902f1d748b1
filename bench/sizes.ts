import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  name: string;
  raw: number;
  gzip: number;
}

const OUT = resolve('.output/chrome-mv3');

/** Raw and gzip size of each built script, the chunks a page loads included. */
export function scriptSizes(): ScriptSize[] {
  const size = (files: string[]) => {
    const buffers = files.map((f) => readFileSync(join(OUT, f)));
    return {
      raw: buffers.reduce((n, b) => n + b.length, 0),
      gzip: buffers.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    };
  };
  // An HTML entry's own scripts: its module script and the chunks that module pulls in.
  const pageScripts = (html: string) => {
    const text = readFileSync(join(OUT, html), 'utf8');
    return [...text.matchAll(/(?:src|href)="\/?((?:chunks|assets)\/[^"]+\.js)"/g)].map((m) => m[1]!);
  };
  return [
    { name: 'content script', ...size(['content-scripts/content.js']) },
    { name: 'MAIN-world hook', ...size(['content-scripts/dialog-hook.js']) },
    { name: 'background', ...size(['background.js']) },
    { name: 'popup', ...size(pageScripts('popup.html')) },
    { name: 'options', ...size(pageScripts('options.html')) },
  ];
}
