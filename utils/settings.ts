import { storage } from 'wxt/utils/storage';

/** Sites where the user chose "이 사이트에서 숨기기" (site ids, or hosts for unlisted pages). */
export const hintHiddenSites = storage.defineItem<string[]>('local:hintHiddenSites', { fallback: [], version: 1 });

/**
 * How long after a confirmed guide/verification mail the "mail not received?" advice is offered.
 * Minutes; tests shorten it.
 */
export const mailAdviceDelayMinutes = storage.defineItem<number>('local:mailAdviceDelayMinutes', { fallback: 5, version: 1 });
