// Which hosts each built-in site covers, kept apart from the rest of the site data because the
// manifest and the content scripts need only this. `*://*.host/*` also matches the bare host;
// `*://` lets replicas on loopback use plain HTTP.
export const SITE_HOSTS = {
  yessign: ['*://*.yessign.or.kr/*'],
  yeskey: ['*://*.yeskey.or.kr/*'],
  signgate: ['*://*.signgate.com/*', '*://*.signra.com/*'],
  crosscert: ['*://*.crosscert.com/*'],
  signkorea: ['*://*.signkorea.com/*'],
  tradesign: ['*://*.tradesign.net/*'],
  inipass: ['*://*.inipass.com/*'],
  certbiz: ['*://*.certbiz.com/*'],
  kbstar: ['*://*.kbstar.com/*'],
  wooribank: ['*://*.wooribank.com/*'],
  shinhan: ['*://*.shinhan.com/*'],
  hana: ['*://*.kebhana.com/*', '*://*.hanabank.com/*'],
  nonghyup: ['*://*.nonghyup.com/*'],
  ibk: ['*://*.ibk.co.kr/*'],
  scbank: ['*://*.standardchartered.co.kr/*'],
  kfcc: ['*://ibs.kfcc.co.kr/*'],
  hometax: ['*://*.hometax.go.kr/*'],
  gov24: ['*://gov.kr/*', '*://www.gov.kr/*', '*://plus.gov.kr/*'],
  iros: ['*://*.iros.go.kr/*'],
} as const satisfies Record<string, readonly string[]>;

export type BuiltInSiteId = keyof typeof SITE_HOSTS;
