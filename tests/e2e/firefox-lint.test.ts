import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// addons-linter, as `npm run lint:firefox` runs it, on the Firefox build that test:e2e made.
describe('Firefox build', () => {
  it('passes addons-linter with 0 errors', async () => {
    const dir = resolve('.output/firefox-mv3');
    expect(existsSync(dir), 'run npm run build:firefox first').toBe(true);
    // @ts-expect-error addons-linter ships no type declarations
    const linter = (await import('addons-linter')).default as {
      createInstance(o: object): {
        run(): Promise<{ errors: Array<{ code: string; message: string }>; summary: { errors: number } }>;
      };
    };
    const result = await linter
      .createInstance({
        config: {
          _: [dir],
          logLevel: 'fatal',
          stack: false,
          pretty: false,
          warningsAsErrors: false,
          metadata: false,
          output: 'none',
          boring: true,
          selfHosted: false,
        },
        runAsBinary: false,
      })
      .run();
    expect(result.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(result.summary.errors).toBe(0);
  });
});
