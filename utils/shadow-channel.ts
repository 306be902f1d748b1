/**
 * The MAIN-world hook dispatches this on an element right after the page attached an open shadow
 * root to it, so the isolated script can watch text inside the shadow tree too.
 */
export const SHADOW_EVENT = 'reissue-helper:shadow-root';
