import type { Site, SiteKind } from '../types';
import { FINCERT_FRAME_MATCHES, SITE_HOSTS, type BuiltInSiteId } from './site-hosts';

// The built-in sites. Every site records where its hosts come from (`hostsSource`, tagged like a
// phone number's source: [OFFICIAL] the organisation's own page, [APP] another program quoting the
// site, [BLOG] a third-party write-up), and why its patterns cover what they do (`scope`): a whole
// domain where the organisation's certificate log-in and 인증센터 pages are spread over its hosts
// and the domain serves nothing else, or only some hosts where the domain is shared with other
// businesses or its certificate pages live on a host of their own. Customer-centre numbers appear
// only with a source; hours only where the same source gives them.

/** The option page's groups, in their order. */
export const SITE_KINDS = ['ca', 'bank', 'securities', 'savings', 'public'] as const satisfies readonly SiteKind[];

export interface SiteEntry extends Site {
  /** Where the hosts come from, tagged [OFFICIAL], [SDK], [APP] or [BLOG]; unconfirmed hosts are named as such. */
  hostsSource: string;
  /** Why the patterns are a whole domain or only some of its hosts. */
  scope: string;
}

/**
 * The 식탁보 (TableCloth) catalogue lists Korean banking, securities and public sites for its
 * sandbox: each entry's address and the hosts its security programs download from.
 * github.com/yourtablecloth/TableClothCatalog, docs/Catalog.xml at 2c6d248 (2026-08).
 */
const tablecloth = (...entries: string[]) => `[APP] 식탁보 catalogue (yourtablecloth/TableClothCatalog docs/Catalog.xml @2c6d248), ${entries.join(', ')}`;
/** The project's reference notes (../shared/reference/README.md, "Certificate-centre hosts"). */
const reference = (tag: string, hosts: string) => `[${tag}] ${hosts} (reference README, certificate-centre hosts)`;

/** A lender's certificate guide listing each certificate authority's home page. */
const ACUON = '[BLOG] acuoncapital.com/info/certifyInfo.do (공인인증기관 별 등록대행기관)';

const WHOLE = 'whole domain: the organisation\'s own, with its certificate log-in and 인증센터 pages on several hosts';
const BANKING_HOSTS = 'only the internet-banking hosts: the rest of the domain serves other businesses or information pages without certificates';
const SHARED_PLATFORM = 'only this bank\'s host on the 저축은행중앙회 shared platform (*.ibs.fsb.or.kr); listed before the platform so the page is credited to this bank';

function site(id: BuiltInSiteId, kind: SiteKind, ko: string, en: string, hostsSource: string, scope: string, extra: Partial<Pick<Site, 'reissueUrl' | 'centre' | 'serviceHours'>> = {}): SiteEntry {
  return { id, name: { ko, en }, kind, matches: SITE_HOSTS[id], hostsSource, scope, ...extra };
}

/**
 * Built in a function called once and marked pure, so that a bundle which reaches this module
 * without using the catalogue (the content script, through the settings modules) leaves it out.
 */
export const sites: SiteEntry[] = /* @__PURE__ */ catalogue();

function catalogue(): SiteEntry[] {
  return [
    // ── Certificate authorities ────────────────────────────────────────────────────────────────
    site('yessign', 'ca', '금융결제원 yessign', 'KFTC yessign', reference('OFFICIAL/SDK', 'www.yessign.or.kr'), WHOLE, { reissueUrl: 'https://www.yessign.or.kr/' }),
    site(
      'yeskey',
      'ca',
      '금융인증서 (yeskey)',
      'Financial certificate (yeskey)',
      '[APP] yeskey.or.kr and 4user.yeskey.or.kr (reference README); banks load the 금융인증서 SDK from https://4user.yeskey.or.kr/v1/fincert.js (bank SDK configurations in public repositories) and its dialog is a frame from 4user.yeskey.or.kr/fincert (a public RPA project driving 복지로\'s log-in)',
      'whole domain for its own pages; inside other sites only the dialog host, see EMBEDDED_FRAMES',
      { centre: { phone: '1577-5500', source: '[SDK] 금융인증서 SDK message text' } },
    ),
    site('signgate', 'ca', '한국정보인증 SignGate', 'KICA SignGate', reference('OFFICIAL', 'www.signgate.com, partner portals *.signra.com'), WHOLE, {
      reissueUrl: 'https://www.signgate.com/',
      // No centre: the only source for a number was a blog ("to be re-checked"); none is shown without an official one.
    }),
    site('crosscert', 'ca', '한국전자인증 CrossCert', 'CrossCert', reference('OFFICIAL/SDK', 'crosscert.com, raadmin.crosscert.com'), WHOLE, {
      reissueUrl: 'https://www.crosscert.com/',
      centre: { phone: '1566-0566', source: '[OFFICIAL] crosscert.com/glca/01_3_011.jsp' },
    }),
    site('signkorea', 'ca', '코스콤 SignKorea', 'SignKorea', `${ACUON} lists www.signkorea.com for (주)코스콤 (the reference README had it unconfirmed)`, WHOLE),
    site('tradesign', 'ca', '한국무역정보통신 TradeSign', 'KTNET TradeSign', `${ACUON} lists www.tradesign.net for 한국무역정보통신`, WHOLE),
    site('inipass', 'ca', '이니텍 INIPASS', 'INIPASS', '[OFFICIAL] www.inipass.com/home/cert/issue (cited in the reference README)', WHOLE),
    site('certbiz', 'ca', '한국범용인증센터', 'Korea general certificate centre (certbiz)', '[OFFICIAL] www.certbiz.com (the page the reference README cites for its number)', WHOLE, {
      centre: { phone: '1544-5742', hours: { ko: '평일 09:00~18:00', en: 'weekdays 09:00–18:00' }, source: '[OFFICIAL] certbiz.com' },
    }),

    // ── Banks ────────────────────────────────────────────────────────────────────────────────────
    site('kbstar', 'bank', 'KB국민은행 인증센터', 'KB Kookmin Bank certificate centre', `${reference('BLOG', 'obank.kbstar.com (인증센터 quics?page=C018872), www.kbstar.com')}; ${tablecloth('KookminBank', 'KookminBankBiz (obiz.kbstar.com)')}`, WHOLE, {
      reissueUrl: 'https://obank.kbstar.com/quics?page=C018872',
      centre: { phone: '1588-9999', source: '[BLOG] bank guide' },
      serviceHours: { ko: '매일 23:50~00:10 영업일 전환 중 일시 중단', en: 'paused daily 23:50–00:10 for the business-day switch' },
    }),
    site('wooribank', 'bank', '우리은행 인증센터', 'Woori Bank certificate centre', tablecloth('WooriBank (www.wooribank.com)', 'WooriBankBiz (nbi.wooribank.com)'), WHOLE),
    site('shinhan', 'bank', '신한은행 인증센터', 'Shinhan Bank certificate centre', tablecloth('ShinhanBank (www.shinhan.com, bank.shinhan.com)', 'ShinhanBankBiz (bizbank.shinhan.com)'), WHOLE),
    site(
      'hana',
      'bank',
      '하나은행 인증센터',
      'Hana Bank certificate centre',
      `${tablecloth('KEBHanaBank (www.kebhana.com)', 'KEBHanaBankBiz (biz.kebhana.com)')}; hanabank.com is the bank's public domain, not confirmed by a source`,
      WHOLE,
    ),
    site('nonghyup', 'bank', 'NH농협은행 인증센터', 'NH Bank certificate centre', tablecloth('NHInternetBank (banking.nonghyup.com)', 'NHInternetBankBiz (ibz.nonghyup.com)'), `${BANKING_HOSTS} (nonghyup.com also serves NH card and the co-operatives)`),
    site('ibk', 'bank', 'IBK기업은행 인증센터', 'IBK certificate centre', tablecloth('IBKBank (www.ibk.co.kr, mybank.ibk.co.kr)', 'IBKBankBiz (kiup.ibk.co.kr)'), WHOLE),
    site('scbank', 'bank', 'SC제일은행 인증센터', 'SC Bank Korea certificate centre', tablecloth('StandardCharteredBank (www./open.standardchartered.co.kr)', 'StandardCharteredBankBiz (bb.standardchartered.co.kr)'), WHOLE),
    site('kdb', 'bank', 'KDB산업은행', 'KDB Korea Development Bank', tablecloth('KDBBank (www.kdb.co.kr, banking.kdb.co.kr)'), WHOLE),
    site(
      'citibank',
      'bank',
      '한국씨티은행',
      'Citibank Korea',
      tablecloth('CitiBankKorea (www.citibank.co.kr)', 'CitiBankKoreaBiz (koreacitidirect.citigroup.com)'),
      'whole citibank.co.kr; of citigroup.com only the Korean business-banking host. Still serving existing customers after leaving retail banking',
    ),
    site('suhyup', 'bank', 'Sh수협은행', 'Suhyup Bank', tablecloth('SHInternetBank (www.suhyup-bank.com)', 'SHInternetBankBiz (biz.suhyup-bank.com)'), WHOLE),
    site('busanbank', 'bank', 'BNK부산은행', 'BNK Busan Bank', tablecloth('BusanBank (www.busanbank.co.kr, ibank.busanbank.co.kr)', 'BusanBankBiz (ebank.busanbank.co.kr)'), WHOLE),
    site('knbank', 'bank', 'BNK경남은행', 'BNK Kyongnam Bank', `[OFFICIAL] ibank.knbank.co.kr/ib20/mnu/PEBCMC140101000 (인증서발급/재발급); ${tablecloth('BnkKyungNamBank (www.knbank.co.kr)', 'BnkKyungNamBankBiz (ebank.knbank.co.kr)')}`, WHOLE, {
      reissueUrl: 'https://ibank.knbank.co.kr/ib20/mnu/PEBCMC140101000',
      centre: { phone: '1600-8585', source: '[OFFICIAL] ibank.knbank.co.kr/ib20/mnu/PEBCMC140101000: "인증서 발급 중 오류가 발생할 경우 경남은행 고객센터로 문의 (☎1600-8585 →04번)"' },
    }),
    site('imbank', 'bank', 'iM뱅크 (옛 대구은행)', 'iM Bank (formerly Daegu Bank)', tablecloth('iMBank (www.imbank.co.kr)', 'iMBankBiz (banking.imbank.co.kr)'), WHOLE),
    site('kjbank', 'bank', '광주은행', 'Kwangju Bank', tablecloth('GwangjuBank (pib.kjbank.com)', 'GwangjuBankBiz (cib.kjbank.com)'), WHOLE),
    site('jbbank', 'bank', '전북은행', 'Jeonbuk Bank', tablecloth('JbBank (www.jbbank.co.kr, ibs.jbbank.co.kr)', 'JbBankBiz'), WHOLE),
    site('jejubank', 'bank', '제주은행', 'Jeju Bank', tablecloth('JejuBank (bank.jejubank.co.kr:6443)'), `${WHOLE} (match patterns ignore the port)`),
    site('kbank', 'bank', '케이뱅크', 'K bank', tablecloth('KBank (www.kbanknow.com)', 'KBankBiz (biz.kbanknow.com)'), WHOLE),

    // ── Securities firms ─────────────────────────────────────────────────────────────────────────
    site('kiwoom', 'securities', '키움증권', 'Kiwoom Securities', tablecloth('KiwoomSecurity (www.kiwoom.com)'), WHOLE),
    site(
      'miraeasset',
      'securities',
      '미래에셋증권',
      'Mirae Asset Securities',
      tablecloth('MiraeAssetSecurity (securities.miraeasset.com, download.securities.miraeasset.com)'),
      'only securities.miraeasset.com and its subdomains: miraeasset.com also serves the group\'s life insurer and asset manager',
    ),
    site('samsungpop', 'securities', '삼성증권', 'Samsung Securities', `[OFFICIAL] samsungpop.com/ux/kor/customer/certificate/issue.do (인증서발급/재발급); ${tablecloth('SamsungSecurity (www.samsungpop.com)')}`, WHOLE, {
      reissueUrl: 'https://www.samsungpop.com/ux/kor/customer/certificate/issue.do',
    }),
    site('nhsec', 'securities', 'NH투자증권', 'NH Investment & Securities', tablecloth('NHSecurity (www.nhsec.com; programs from www.nhqv.com)'), WHOLE),
    site(
      'koreainvestment',
      'securities',
      '한국투자증권',
      'Korea Investment & Securities',
      tablecloth('TrueFriendSecurity (securities.koreainvestment.com)'),
      'only securities.koreainvestment.com: koreainvestment.com also serves the group\'s other companies',
    ),
    site('kbsec', 'securities', 'KB증권', 'KB Securities', `[OFFICIAL] www.kbsec.com/go.able?linkcd=m06070003 (인증서 발급/재발급); ${tablecloth('KBSecurity (www.kbsec.com)')}`, WHOLE, {
      reissueUrl: 'https://www.kbsec.com/go.able?linkcd=m06070003',
    }),
    site('shinhansec', 'securities', '신한투자증권', 'Shinhan Securities', tablecloth('ShinhanSecurity (www.shinhansec.com)'), WHOLE),
    site('daishin', 'securities', '대신증권', 'Daishin Securities', tablecloth('DaishinSecurity (www.daishin.com)'), 'only www.daishin.com: bank.daishin.com is 대신저축은행, a separate savings bank'),
    site('hanaw', 'securities', '하나증권', 'Hana Securities', tablecloth('HanaSecurity (www.hanaw.com)'), WHOLE),
    site('meritz', 'securities', '메리츠증권', 'Meritz Securities', tablecloth('MeritzSecurity (home.imeritz.com)'), WHOLE),
    site('myasset', 'securities', '유안타증권', 'Yuanta Securities Korea', tablecloth('MyAssetSecurity (www.myasset.com)'), WHOLE),
    site('hanwhawm', 'securities', '한화투자증권', 'Hanwha Investment & Securities', `[OFFICIAL] www.hanwhawm.com/static/center/cert/ (공동인증 이용가이드); ${tablecloth('HanwhaSecurity (www.hanwhawm.com)')}`, WHOLE),
    site('iprovest', 'securities', '교보증권', 'Kyobo Securities', tablecloth('KyoboSecurity (iprovest.com, www.iprovest.com)'), WHOLE),
    site('ibks', 'securities', 'IBK투자증권', 'IBK Securities', tablecloth('IBKSecurity (www.ibks.com)'), WHOLE),
    site('imfnsec', 'securities', 'iM증권', 'iM Securities', tablecloth('HiSecurity (www.imfnsec.com)'), WHOLE),
    site('hmsec', 'securities', '현대차증권', 'Hyundai Motor Securities', tablecloth('HyundaiCarSecurity (www.hmsec.com)'), WHOLE),
    site('lssec', 'securities', 'LS증권', 'LS Securities', tablecloth('EBestSecurity (www.ls-sec.co.kr)'), WHOLE),
    site('dbsec', 'securities', 'DB금융투자', 'DB Financial Investment', tablecloth('DBSecurity (www.dbsec.co.kr; programs from www.db-fi.com)'), WHOLE),
    site('eugenefn', 'securities', '유진투자증권', 'Eugene Investment & Securities', `[OFFICIAL] www.eugenefn.com/comm/copc/copc101r.do (공동인증서 이용안내); ${tablecloth('EugeneSecurity (www.eugenefn.com)')}`, WHOLE, {
      reissueUrl: 'https://www.eugenefn.com/comm/copc/copc101r.do',
    }),
    site('sks', 'securities', 'SK증권', 'SK Securities', tablecloth('SKSecurity (www.sks.co.kr)'), WHOLE),
    site('daol', 'securities', '다올투자증권', 'DAOL Investment & Securities', '[OFFICIAL] www.ktb.co.kr/customer/publicAuth/faq.jspx (다올투자증권 공동인증/OTP센터)', WHOLE),
    site('wooriib', 'securities', '우리투자증권', 'Woori Investment & Securities', tablecloth('WooriInvest (securities.wooriib.com)'), 'only securities.wooriib.com: wooriib.com is also the group\'s investment bank'),

    // ── Savings banks and co-operatives ──────────────────────────────────────────────────────────
    site('kfcc', 'savings', 'MG새마을금고 인증센터', 'MG Community Credit Cooperatives certificate centre', tablecloth('MGSaemaeul (ibs.kfcc.co.kr)', 'MGSaemaeulBiz (biz.kfcc.co.kr)'), BANKING_HOSTS),
    site('cu', 'savings', '신협', 'Shinhyup credit unions', tablecloth('Shinhyub (openbank.cu.co.kr)', 'ShinhyubBiz (bizbank.cu.co.kr)'), BANKING_HOSTS),
    site('nfcf', 'savings', 'SJ산림조합', 'SJ forestry co-operatives', tablecloth('SanrimJohab (banking.nfcf.or.kr)'), BANKING_HOSTS),
    site('epostbank', 'savings', '우체국예금', 'Korea Post bank', tablecloth('ePostBank (www.epostbank.go.kr)', 'ePostBankBiz'), 'whole epostbank.go.kr: the postal bank\'s own domain (the post office\'s parcels and insurance are on other domains)'),
    site('sbisb', 'savings', 'SBI저축은행', 'SBI Savings Bank', tablecloth('SBISavingsBank (www.sbisb.co.kr)'), WHOLE),
    site('oksb', 'savings', 'OK저축은행', 'OK Savings Bank', tablecloth('OKSavingsBank (ok.ibs.fsb.or.kr)'), SHARED_PLATFORM),
    site('welcomesb', 'savings', '웰컴저축은행', 'Welcome Savings Bank', tablecloth('WelcomeSavingsBank (www.welcomebank.co.kr)'), WHOLE),
    site('kisb', 'savings', '한국투자저축은행', 'Korea Investment Savings Bank', tablecloth('TrueFriendSavingsBank (kisb.ibs.fsb.or.kr)'), SHARED_PLATFORM),
    site('acuonsb', 'savings', '애큐온저축은행', 'Acuon Savings Bank', tablecloth('AccuonSavingsBank (www.acuonsb.co.kr)'), WHOLE),
    site('peppersb', 'savings', '페퍼저축은행', 'Pepper Savings Bank', tablecloth('PepperSavingsBank (pepperbank.ibs.fsb.or.kr)'), SHARED_PLATFORM),
    site('daolsb', 'savings', '다올저축은행', 'DAOL Savings Bank', tablecloth('EugeneSavingsBank "다올저축은행" (daolsb.ibs.fsb.or.kr)'), SHARED_PLATFORM),
    site('osb', 'savings', 'OSB저축은행', 'OSB Savings Bank', tablecloth('OSBSavingsBank (ibs.osb.co.kr)'), WHOLE),
    site('kbsavings', 'savings', 'KB저축은행', 'KB Savings Bank', tablecloth('KBSavingsBank (www.kbsavings.com)'), WHOLE),
    site('shinhansavings', 'savings', '신한저축은행', 'Shinhan Savings Bank', tablecloth('ShinhanSavingsBank (www.shinhansavings.com)'), WHOLE),
    site('dbsb', 'savings', 'DB저축은행', 'DB Savings Bank', tablecloth('DBSavingsBank (www.idbsb.com)'), WHOLE),
    site('sangsanginsb', 'savings', '상상인저축은행', 'Sangsangin Savings Bank', tablecloth('SangSangInSavingsBank (sangsanginsb.ibs.fsb.or.kr)'), SHARED_PLATFORM),
    site(
      'fsb',
      'savings',
      '저축은행 공동 인터넷뱅킹 (저축은행중앙회)',
      'Savings banks\' shared internet banking (KFSB)',
      tablecloth('about 30 savings banks on <name>.ibs.fsb.or.kr, e.g. HBSavingsBank, IBKSavingsBank, JTSavingsBank, JTChinaeSavingsBank, TheKSavingsBank, KiwoomSavingsBank, CharmSavingsBank'),
      'only the shared internet-banking subdomains (*.ibs.fsb.or.kr), not the association\'s information site; listed last among savings banks so a bank with its own entry keeps its name',
    ),

    // ── Public portals ───────────────────────────────────────────────────────────────────────────
    site('hometax', 'public', '국세청 홈택스', 'Hometax (National Tax Service)', `${tablecloth('Hometax (hometax.go.kr)')}; www.hometax.go.kr also in the reference README`, WHOLE),
    site('gov24', 'public', '정부24', 'Gov24', `${tablecloth('Gov24 (www.gov.kr)')}; gov.kr also in the reference README; plus.gov.kr not confirmed by a source`, 'only the portal\'s hosts: gov.kr\'s other subdomains are separate services'),
    site('iros', 'public', '인터넷등기소', 'Internet Registry Office', tablecloth('Iros (www.iros.go.kr)'), WHOLE),
    site('wetax', 'public', '위택스', 'Wetax (local taxes)', `[OFFICIAL] www.wetax.go.kr in jinju.go.kr and oc.go.kr notices (certificate log-in); ${tablecloth('Wetax (www.wetax.go.kr)')}`, WHOLE),
    site('nhis', 'public', '국민건강보험', 'National Health Insurance Service', tablecloth('NHIS (www.nhis.or.kr)', 'NHISBigData (nhiss.nhis.or.kr)'), 'only www.nhis.or.kr, where members log in with certificates: nhis.or.kr\'s other hosts are research platforms'),
    site('nps', 'public', '국민연금', 'National Pension Service', '[OFFICIAL] www.nps.or.kr/jsppage/user_guide/guide_05_02.jsp (공인인증서 이용안내)', 'only www.nps.or.kr, the member site: nps.or.kr\'s other hosts are the fund\'s'),
    site('insure4', 'public', '4대사회보험 정보연계센터', 'Social insurance information centre (4insure)', tablecloth('4Insure (www.4insure.or.kr)'), WHOLE),
    site(
      'comwel',
      'public',
      '근로복지공단 고용·산재보험 토탈서비스',
      'COMWEL employment and industrial-accident insurance',
      '[BLOG] total.comwel.or.kr named as 근로복지공단\'s 고용·산재보험 토탈서비스 with certificate log-in (apel.tirtory.com, mpltr.net guides)',
      'only total.comwel.or.kr, the certificate service: comwel.or.kr itself is information pages',
    ),
    site('g2b', 'public', '나라장터 (조달청)', 'KONEPS (Public Procurement Service)', '[BLOG] www.g2b.go.kr with certificate registration and log-in (pro1.co.kr notice quoting 나라장터; knowhow-it.com guide)', WHOLE),
    site('ecfs', 'public', '대법원 전자소송', 'Electronic litigation (Supreme Court)', tablecloth('Ecfs (ecfs.scourt.go.kr)'), 'only ecfs.scourt.go.kr: scourt.go.kr has one host per court service'),
    site('efamily', 'public', '대법원 전자가족관계등록시스템', 'Electronic family register (Supreme Court)', tablecloth('eFamily (efamily.scourt.go.kr)'), 'only efamily.scourt.go.kr: scourt.go.kr has one host per court service'),
    site('neis', 'public', '나이스 (NEIS)', 'NEIS (education administration)', tablecloth('Neis (neis.go.kr)'), WHOLE),
    site('epki', 'public', '교육부 행정전자서명 인증센터 (EPKI)', 'Ministry of Education certificate centre (EPKI)', '[OFFICIAL] www.epki.go.kr/faq/view.do?m=0504&boardSeq=100634; dbedu.sen.go.kr (certificates for NEIS and K-에듀파인 are issued at www.epki.go.kr)', WHOLE, {
      reissueUrl: 'https://www.epki.go.kr/',
    }),
    site('gpki', 'public', '행정전자서명 인증관리센터 (GPKI)', 'Government certificate centre (GPKI)', '[OFFICIAL] gcert.gpki.go.kr/jsp/certInfo/step/reissue/searchReissue.jsp (재발급; issue at www.gpki.go.kr)', WHOLE),
    site('work24', 'public', '고용24', 'Work24 (employment services)', tablecloth('Work24 (www.work24.go.kr)'), WHOLE),
    site(
      'bokjiro',
      'public',
      '복지로',
      'Bokjiro (welfare portal)',
      '[APP] www.bokjiro.go.kr log-in with the 금융인증서 dialog in a frame from 4user.yeskey.or.kr (a public RPA project driving 복지로)',
      'only www.bokjiro.go.kr, the portal that people log in to',
    ),
  ];
}

/**
 * Cross-origin frames that listed sites embed. Their scripts are registered whenever a site of
 * one of these kinds is on (or a user-added site is), whatever the framed site's own switch says:
 * switching off yeskey.or.kr's pages must not leave a bank's 금융인증서 dialog unwatched. What the
 * frame shows is credited to the page around it (the tab's site), so the hint names the bank.
 */
export const EMBEDDED_FRAMES: readonly { site: BuiltInSiteId; matches: readonly string[]; embeddedBy: readonly SiteKind[]; source: string }[] = [
  {
    site: 'yeskey',
    matches: FINCERT_FRAME_MATCHES,
    // 금융인증서 is issued by banks and accepted by securities firms, savings banks and public portals.
    embeddedBy: ['bank', 'securities', 'savings', 'public'],
    source: '[APP] reference README ("The 금융인증서 SDK is loaded from 4user.yeskey.or.kr into bank pages (as an iframe/script)"); 복지로 shows it as a frame from 4user.yeskey.or.kr/fincert',
  },
];
