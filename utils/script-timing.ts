/** When each content script runs: background/content-scripts.ts registers them with these. */
export type RunAt = 'document_start' | 'document_end' | 'document_idle';

/** The MAIN-world dialog hook (Chrome): before any page script, so that it sees every dialog. */
export const HOOK_RUN_AT: RunAt = 'document_start';
/** The dialog relay: takes the hook's channel before any page script could (content/dialog-relay.ts). */
export const RELAY_RUN_AT: RunAt = 'document_start';
/** The rest of the content script: once the page has loaded, which it reads at once. */
export const CONTENT_RUN_AT: RunAt = 'document_idle';
/** When our isolated world first runs anything: the bench's floor extensions start theirs then too. */
export const ISOLATED_WORLD_FROM: RunAt = RELAY_RUN_AT;
