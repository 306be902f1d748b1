import { useState } from 'preact/hooks';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/** Copies a text when asked and keeps how it went, for the status line beside the button. */
export function useCopy(copy: (text: string) => Promise<void>): [CopyStatus, (text: string) => void] {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const run = (text: string): void =>
    void copy(text).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  return [status, run];
}
