import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// How the source folders may depend on each other (CONTRIBUTING.md): rules → utils → components →
// entrypoints, never upward, and no two modules importing each other, directly or round a loop.

const ROOT = join(__dirname, '../../..');
const LAYERS = ['rules', 'utils', 'components', 'entrypoints'] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [normalize(path)] : [];
  });
}

const files = new Set(LAYERS.flatMap(sourceFiles));
const IMPORT = /^(?:import|export)\s(?:[^'"]*?from\s+)?['"](\.[^'"]+)['"]/gm;

function resolve(from: string, spec: string): string | undefined {
  const base = normalize(join(dirname(from), spec));
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((candidate) =>
    files.has(candidate),
  );
}

const graph = new Map(
  [...files].map((file) => [
    file,
    [...readFileSync(join(ROOT, file), 'utf8').matchAll(IMPORT)].flatMap((m) => resolve(file, m[1]!) ?? []),
  ]),
);

/** Every loop of imports, each as the files on it (Tarjan's strongly connected components). */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component = stack.splice(stack.indexOf(v));
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

const layerOf = (file: string) => LAYERS.findIndex((layer) => file.startsWith(`${layer}/`));

describe('the import graph', () => {
  it('reads the source tree', () => {
    expect(files.size).toBeGreaterThan(50);
    expect(graph.get(normalize('utils/storage.ts'))).toContain(normalize('utils/settings-schema.ts'));
  });

  it('has no import cycles', () => {
    expect(cycles()).toEqual([]);
  });

  it('imports only downward: rules → utils → components → entrypoints', () => {
    const upward = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => layerOf(target) > layerOf(file))
        .map((target) => `${relative('.', file)} → ${target}`),
    );
    expect(upward).toEqual([]);
  });
});
