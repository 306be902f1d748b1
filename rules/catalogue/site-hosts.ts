// Which hosts each built-in site covers, kept apart from the rest of the site data because the
// manifest and the content scripts need only this. `*://*.host/*` also matches the bare host;
// `*://` lets replicas on loopback use plain HTTP. Where each host comes from, and why a pattern is
// a whole domain or only some of its hosts, is recorded with the site in sites.ts.
//
// Order matters where patterns overlap: a site is found by its first matching pattern in sites.ts,
// so a savings bank on the shared platform (ok.ibs.fsb.or.kr) comes before the platform itself.
export const SITE_HOSTS = {
  // Certificate authorities
  yessign: ['*://*.yessign.or.kr/*'],
  yeskey: ['*://*.yeskey.or.kr/*'],
  signgate: ['*://*.signgate.com/*', '*://*.signra.com/*'],
  crosscert: ['*://*.crosscert.com/*'],
  signkorea: ['*://*.signkorea.com/*'],
  tradesign: ['*://*.tradesign.net/*'],
  inipass: ['*://*.inipass.com/*'],
  certbiz: ['*://*.certbiz.com/*'],

  // Banks
  kbstar: ['*://*.kbstar.com/*'],
  wooribank: ['*://*.wooribank.com/*'],
  shinhan: ['*://*.shinhan.com/*'],
  hana: ['*://*.kebhana.com/*', '*://*.hanabank.com/*'],
  nonghyup: ['*://banking.nonghyup.com/*', '*://ibz.nonghyup.com/*'],
  ibk: ['*://*.ibk.co.kr/*'],
  scbank: ['*://*.standardchartered.co.kr/*'],
  kdb: ['*://*.kdb.co.kr/*'],
  citibank: ['*://*.citibank.co.kr/*', '*://koreacitidirect.citigroup.com/*'],
  suhyup: ['*://*.suhyup-bank.com/*'],
  busanbank: ['*://*.busanbank.co.kr/*'],
  knbank: ['*://*.knbank.co.kr/*'],
  imbank: ['*://*.imbank.co.kr/*'],
  kjbank: ['*://*.kjbank.com/*'],
  jbbank: ['*://*.jbbank.co.kr/*'],
  jejubank: ['*://*.jejubank.co.kr/*'],
  kbank: ['*://*.kbanknow.com/*'],

  // Securities firms
  kiwoom: ['*://*.kiwoom.com/*'],
  miraeasset: ['*://*.securities.miraeasset.com/*'],
  samsungpop: ['*://*.samsungpop.com/*'],
  nhsec: ['*://*.nhsec.com/*', '*://*.nhqv.com/*'],
  koreainvestment: ['*://securities.koreainvestment.com/*'],
  kbsec: ['*://*.kbsec.com/*'],
  shinhansec: ['*://*.shinhansec.com/*'],
  daishin: ['*://www.daishin.com/*'],
  hanaw: ['*://*.hanaw.com/*'],
  meritz: ['*://*.imeritz.com/*'],
  myasset: ['*://*.myasset.com/*'],
  hanwhawm: ['*://*.hanwhawm.com/*'],
  iprovest: ['*://*.iprovest.com/*'],
  ibks: ['*://*.ibks.com/*'],
  imfnsec: ['*://*.imfnsec.com/*'],
  hmsec: ['*://*.hmsec.com/*'],
  lssec: ['*://*.ls-sec.co.kr/*'],
  dbsec: ['*://*.dbsec.co.kr/*', '*://*.db-fi.com/*'],
  eugenefn: ['*://*.eugenefn.com/*'],
  sks: ['*://*.sks.co.kr/*'],
  daol: ['*://*.ktb.co.kr/*'],
  wooriib: ['*://securities.wooriib.com/*'],

  // Savings banks and co-operatives
  kfcc: ['*://ibs.kfcc.co.kr/*', '*://biz.kfcc.co.kr/*'],
  cu: ['*://openbank.cu.co.kr/*', '*://bizbank.cu.co.kr/*'],
  nfcf: ['*://banking.nfcf.or.kr/*'],
  epostbank: ['*://*.epostbank.go.kr/*'],
  sbisb: ['*://*.sbisb.co.kr/*'],
  oksb: ['*://ok.ibs.fsb.or.kr/*'],
  welcomesb: ['*://*.welcomebank.co.kr/*'],
  kisb: ['*://kisb.ibs.fsb.or.kr/*'],
  acuonsb: ['*://*.acuonsb.co.kr/*'],
  peppersb: ['*://pepperbank.ibs.fsb.or.kr/*'],
  daolsb: ['*://daolsb.ibs.fsb.or.kr/*'],
  osb: ['*://*.osb.co.kr/*'],
  kbsavings: ['*://*.kbsavings.com/*'],
  shinhansavings: ['*://*.shinhansavings.com/*'],
  dbsb: ['*://*.idbsb.com/*'],
  sangsanginsb: ['*://sangsanginsb.ibs.fsb.or.kr/*'],
  fsb: ['*://*.ibs.fsb.or.kr/*'],

  // Public portals
  hometax: ['*://*.hometax.go.kr/*'],
  gov24: ['*://gov.kr/*', '*://www.gov.kr/*', '*://plus.gov.kr/*'],
  iros: ['*://*.iros.go.kr/*'],
  wetax: ['*://*.wetax.go.kr/*'],
  nhis: ['*://www.nhis.or.kr/*'],
  nps: ['*://www.nps.or.kr/*'],
  insure4: ['*://*.4insure.or.kr/*'],
  comwel: ['*://total.comwel.or.kr/*'],
  g2b: ['*://*.g2b.go.kr/*'],
  ecfs: ['*://ecfs.scourt.go.kr/*'],
  efamily: ['*://efamily.scourt.go.kr/*'],
  neis: ['*://*.neis.go.kr/*'],
  epki: ['*://*.epki.go.kr/*'],
  gpki: ['*://*.gpki.go.kr/*'],
  work24: ['*://*.work24.go.kr/*'],
  bokjiro: ['*://www.bokjiro.go.kr/*'],
} as const satisfies Record<string, readonly string[]>;

export type BuiltInSiteId = keyof typeof SITE_HOSTS;

/**
 * The 금융인증서 (yeskey) cloud dialog: a cross-origin frame from this host inside the pages of
 * banks, securities firms and public portals. Narrower than the yeskey site's own patterns: only
 * the dialog's host, not yeskey.or.kr's information pages. Covered by SITE_HOSTS.yeskey, so the
 * manifest's host access already includes it.
 */
export const FINCERT_FRAME_MATCHES = ['*://4user.yeskey.or.kr/*'] as const;
