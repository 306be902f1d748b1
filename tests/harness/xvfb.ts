import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

// A virtual X display (Debian's xvfb) for tests of what runs headed, such as the demo's tour: a
// headed browser in a test never opens on a real display.

export interface VirtualDisplay {
  /** ":N", for DISPLAY. */
  display: string;
  close(): Promise<void>;
}

export const xvfbInstalled = (): boolean =>
  spawnSync('sh', ['-c', 'command -v Xvfb'], { stdio: 'ignore' }).status === 0;

/** Starts Xvfb on a free display number (Xvfb picks it and tells it through -displayfd). */
export async function startXvfb(size = { width: 1600, height: 900 }): Promise<VirtualDisplay> {
  const xvfb: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '1', '-screen', '0', `${size.width}x${size.height}x24`, '-nolisten', 'tcp'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000);
    xvfb.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^(\d+)\n/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(`:${match[1]}`);
      }
    });
    xvfb.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}) before it was ready`));
    });
  });
  return {
    display,
    close: () =>
      new Promise<void>((done) => {
        if (xvfb.exitCode !== null) return done();
        xvfb.once('exit', () => done());
        xvfb.kill('SIGTERM');
      }),
  };
}
