import type { Category, Localised, Source } from '../types';

// The seed guide's knowledge, as data for the popup's checklists, each item with where its facts
// come from (see fixes.ts for the kinds of source).

export interface GuideItem {
  id: string;
  text: Localised;
  source: Source;
}

const YESSIGN_REISSUE = '[OFFICIAL] yessign.or.kr/main/intro/personal/commonReissue.jsp';
const YESSIGN_RENEW = '[OFFICIAL] yessign.or.kr/main/intro/personal/commonRenew.jsp';

/** When a certificate needs reissuing (and when it needs something else). */
export const reissueReasons: GuideItem[] = [
  { id: 'lost', text: { ko: '인증서 비밀번호를 잊었거나, 인증서 파일이 지워졌을 때(PC 포맷, USB 분실)', en: 'You forgot the certificate password, or the certificate file is gone (PC formatted, USB drive lost)' }, source: `${YESSIGN_REISSUE}; [OFFICIAL] ec-bank.net/board/faq/selectFaqList.do` },
  { id: 'valid-only', text: { ko: '재발급은 유효기간이 남아 있을 때만 할 수 있고, 하면 예전 인증서는 자동으로 폐지돼요', en: 'Reissue is possible only while the certificate is still valid, and it revokes the old one automatically' }, source: YESSIGN_REISSUE },
  { id: 'expiry', text: { ko: '유효기간이 곧 끝나면 재발급이 아니라 갱신(만료 30일 전부터), 이미 끝났다면 새로 발급받아요', en: 'Expiring soon: renew instead (from 30 days before expiry); already expired: get a new one issued' }, source: YESSIGN_RENEW },
];

/** Checks before starting a reissue. */
export const preflight: GuideItem[] = [
  { id: 'validity', text: { ko: '지금 인증서의 유효기간을 확인했어요 (재발급은 유효할 때만 가능해요)', en: 'I checked my certificate’s validity (reissue needs a valid one)' }, source: YESSIGN_REISSUE },
  { id: 'issuer', text: { ko: '인증서를 발급받은 은행이나 인증기관의 인증센터에서 하고 있어요', en: 'I am at the certificate centre of the bank or authority that issued it' }, source: YESSIGN_REISSUE },
  { id: 'own-phone', text: { ko: '본인 명의 휴대폰과 보안카드나 OTP를 가지고 있어요', en: 'I have a phone in my own name and my security card or OTP' }, source: '[BLOG] bank reissue guides (shared/reference/README.md "Identity verification")' },
  { id: 'security-programs', text: { ko: '사이트가 요구하는 보안 프로그램을 설치했어요', en: 'The security programs the site needs are installed' }, source: '[SDK] the security programs’ own install prompts (shared/reference/README.md)' },
  { id: 'popups', text: { ko: '이 사이트의 팝업을 허용했어요', en: 'Pop-ups are allowed for this site' }, source: '[OFFICIAL] support.google.com/chrome/answer/95472' },
  { id: 'storage', text: { ko: '인증서를 어디에 저장할지 정했어요 (PC, USB, 보안토큰)', en: 'I know where to save the certificate (PC, USB drive, security token)' }, source: '[SDK] certificate dialogs’ storage choices (AnySign4PC certselect_ko-KR.js)' },
];

/** Security habits. */
export const securityTips: GuideItem[] = [
  { id: 'strong-password', text: { ko: '인증서 비밀번호는 적어도 6개월마다 바꾸고, 저장한 곳마다 모두 바꿔 주세요', en: 'Change the certificate password at least every 6 months, on every device it is stored on' }, source: '[OFFICIAL] signgate.com/faq (인증서 암호 입력 시 주의사항)' },
  { id: 'backup', text: { ko: 'PC를 포맷하면 인증서도 지워져요. USB 같은 다른 곳에 복사해 두세요', en: 'Formatting a PC deletes its certificates: keep a copy elsewhere, such as a USB drive' }, source: '[OFFICIAL] ec-bank.net/board/faq/selectFaqList.do' },
  { id: 'public-pc', text: { ko: 'PC방 같은 공용 PC에는 인증서를 저장하지 마세요', en: 'Do not save certificates on shared PCs such as internet cafés' }, source: '[OFFICIAL] edup.co.kr/cscenter/certificate_view04.asp (인증서 안전 수칙)' },
  { id: 'expiry-early', text: { ko: '유효기간을 미리 확인하고 만료 전에 갱신해 주세요', en: 'Check the expiry date early and renew before it lapses' }, source: YESSIGN_RENEW },
];

/** Busy times when servers are slow; shown with server-error and service-hours advice. */
export const peakTimeAdvice: Localised = {
  ko: '월말·연말, 점심시간(12~13시), 평일 오전 9시 전후는 붐벼요. 그 밖의 평일 낮이 가장 수월해요.',
  en: 'Month and year ends, lunchtime (12–13h) and weekday mornings around 9 are busy; other weekday daytime is easiest.',
};

/** The seed guide's three common failures, in the order it lists them. */
export const commonFailures: Category[] = ['identity-verification', 'server-error', 'email-not-received'];
