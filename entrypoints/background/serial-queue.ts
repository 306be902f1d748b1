/**
 * Read-modify-write work, one piece after another. Messages from many frames and pages arrive at
 * once, and two writes that both read before either wrote would lose one of them. A piece that
 * fails fails alone: its caller hears of it, and the next piece runs as if it had not been queued.
 */
export type SerialQueue = <T>(work: () => Promise<T>) => Promise<T>;

/** One queue for each key (a tab), forgotten when it is idle so closed tabs leave nothing behind. */
export type KeyedSerialQueue<K> = <T>(key: K, work: () => Promise<T>) => Promise<T>;

export function keyedSerialQueue<K>(): KeyedSerialQueue<K> {
  const tails = new Map<K, Promise<unknown>>();
  return (key, work) => {
    const run = (tails.get(key) ?? Promise.resolve()).then(work);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, settled);
    void settled.then(() => {
      if (tails.get(key) === settled) tails.delete(key);
    });
    return run;
  };
}

export function serialQueue(): SerialQueue {
  const queue = keyedSerialQueue<null>();
  return (work) => queue(null, work);
}
