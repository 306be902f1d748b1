// Where the project's own documents are. The privacy statement's full text is store/PRIVACY.md in
// the repository (the store listings and the README link it); the options page shows the same
// statement from _locales, so it reads in the user's language without leaving the browser.
export const PRIVACY_DOC_PATH = 'store/PRIVACY.md';
