import { describe, expect, it } from 'vitest';
import { keyedSerialQueue, serialQueue } from '../../../entrypoints/background/serial-queue';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('serial queue', () => {
  it('runs each piece after the one before has finished, in the order given', async () => {
    const serially = serialQueue();
    const log: string[] = [];
    const piece = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      return name;
    };
    expect(await Promise.all([serially(piece('a')), serially(piece('b'))])).toEqual(['a', 'b']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('hands a failure to its own caller only; the next piece still runs', async () => {
    const serially = serialQueue();
    const failing = serially(async () => {
      throw new Error('write failed');
    });
    const next = serially(async () => 'written');
    await expect(failing).rejects.toThrow('write failed');
    expect(await next).toBe('written');
  });

  it('keeps keys apart: one tab waits only for itself', async () => {
    const perTab = keyedSerialQueue<number>();
    const log: string[] = [];
    let release!: () => void;
    const slow = perTab(1, () => new Promise<void>((r) => (release = r)).then(() => void log.push('tab 1')));
    await perTab(2, async () => void log.push('tab 2'));
    expect(log).toEqual(['tab 2']);
    release();
    await slow;
    expect(log).toEqual(['tab 2', 'tab 1']);
  });
});
