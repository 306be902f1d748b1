// Where the project's own documents are. The privacy statement's full text is PRIVACY.md at the
// root of the repository (the store listing links it); the options page shows the same statement
// from _locales, so it reads in the user's language without leaving the browser.
export const PRIVACY_DOC_PATH = 'PRIVACY.md';
