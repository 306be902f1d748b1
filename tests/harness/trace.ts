/** One event of a DevTools trace (`page.tracing`), as the bench and the hostile-load test read it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, where the trace has it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; documentLoaderURL?: string; isOutermostMainFrame?: boolean } };
}
