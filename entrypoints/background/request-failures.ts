import { localPrograms } from '../../rules';

// Which finished or failed requests mean a failure the user should hear about. Pure: the
// webRequest wiring (watch-requests.ts) feeds it what the browser reports.

export interface RequestOutcome {
  url: string;
  type: string;
  statusCode?: number;
  /** Chromium's "net::ERR_…" or Firefox's "NS_ERROR_…" name. */
  error?: string;
}

export type RequestFinding =
  | { problemId: 'server-error'; code: string; text: string; source: 'http' | 'network' }
  // No code: a program's name is not an error code; the text names it (rules/programs.ts finds it there).
  | { problemId: 'security-program-missing'; code?: undefined; text: string; source: 'program' };

/** Documents, frames and XHR/fetch: what a reissue flow is made of. Images and scripts are noise. */
export const WATCHED_TYPES = ['main_frame', 'sub_frame', 'xmlhttprequest'] as const;

// Network failures a user can do something about (wait, retry, change network). Aborts, SSL
// interstitials and blocked requests are left out: they are ordinary or not the site's fault.
const NETWORK_ERRORS = new Set([
  'ERR_TIMED_OUT',
  'ERR_CONNECTION_TIMED_OUT',
  'ERR_CONNECTION_RESET',
  'ERR_CONNECTION_CLOSED',
  'ERR_CONNECTION_REFUSED',
  'ERR_CONNECTION_FAILED',
  'ERR_EMPTY_RESPONSE',
  'ERR_NAME_NOT_RESOLVED',
  'ERR_NAME_RESOLUTION_FAILED',
  'ERR_INTERNET_DISCONNECTED',
  'ERR_NETWORK_CHANGED',
  'ERR_ADDRESS_UNREACHABLE',
  'ERR_HTTP2_PROTOCOL_ERROR',
  'NS_ERROR_NET_TIMEOUT',
  'NS_ERROR_NET_RESET',
  'NS_ERROR_CONNECTION_REFUSED',
  'NS_ERROR_UNKNOWN_HOST',
  'NS_ERROR_NET_INTERRUPT',
]);
const PROGRAM_UNREACHABLE = new Set([
  'ERR_CONNECTION_REFUSED',
  'ERR_CONNECTION_RESET',
  'ERR_CONNECTION_CLOSED',
  'ERR_EMPTY_RESPONSE',
  'ERR_TIMED_OUT',
  'ERR_CONNECTION_TIMED_OUT',
  'ERR_CONNECTION_FAILED',
  'NS_ERROR_CONNECTION_REFUSED',
  'NS_ERROR_NET_RESET',
  'NS_ERROR_NET_TIMEOUT',
]);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

const errorName = (error: string): string => error.replace(/^net::/, '');

function programOnPort(url: URL): string | undefined {
  if (!LOOPBACK.has(url.hostname)) return undefined;
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return localPrograms.find((p) => p.ports.includes(port))?.name;
}

export function judgeRequest(outcome: RequestOutcome): RequestFinding | undefined {
  if (!(WATCHED_TYPES as readonly string[]).includes(outcome.type)) return undefined;
  let url: URL;
  try {
    url = new URL(outcome.url);
  } catch {
    return undefined;
  }
  const program = programOnPort(url);
  if (program) {
    if (outcome.error && PROGRAM_UNREACHABLE.has(errorName(outcome.error))) {
      return {
        problemId: 'security-program-missing',
        text: `${program} (${url.host}): ${errorName(outcome.error)}`,
        source: 'program',
      };
    }
    return undefined;
  }
  if (LOOPBACK.has(url.hostname)) return undefined;
  if (outcome.statusCode !== undefined && outcome.statusCode >= 500 && outcome.statusCode <= 599) {
    return {
      problemId: 'server-error',
      code: String(outcome.statusCode),
      text: `HTTP ${outcome.statusCode} · ${outcome.type} · ${url.host}`,
      source: 'http',
    };
  }
  if (outcome.error && NETWORK_ERRORS.has(errorName(outcome.error))) {
    return {
      problemId: 'server-error',
      code: errorName(outcome.error),
      text: `${errorName(outcome.error)} · ${outcome.type} · ${url.host}`,
      source: 'network',
    };
  }
  return undefined;
}
