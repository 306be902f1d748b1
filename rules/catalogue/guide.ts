import type { Category, Localised } from '../types';

// The seed guide's knowledge, as data for the popup's checklists.

export interface GuideItem {
  id: string;
  text: Localised;
}

/** When a certificate needs reissuing. */
export const reissueReasons: GuideItem[] = [
  { id: 'expiry', text: { ko: '유효기간이 끝나가거나 이미 끝났을 때 (만료 전이면 갱신, 만료 후면 신규 발급)', en: 'It is expiring or has expired (renew before expiry, new issue after)' } },
  { id: 'personal-info', text: { ko: '이름 등 개인정보가 바뀌었을 때', en: 'Your name or other personal details changed' } },
  { id: 'lost', text: { ko: '인증서 파일을 잃어버렸거나 비밀번호를 잊었을 때', en: 'You lost the certificate file or forgot its password' } },
];

/** Checks before starting a reissue. */
export const preflight: GuideItem[] = [
  { id: 'validity', text: { ko: '지금 인증서의 유효기간을 확인했어요 (재발급은 유효할 때만 가능)', en: 'I checked my certificate’s validity (reissue needs a valid one)' } },
  { id: 'own-phone', text: { ko: '본인 명의 휴대폰을 가지고 있어요', en: 'I have a phone in my own name' } },
  { id: 'email', text: { ko: '이메일 주소를 오타 없이 입력할 수 있어요', en: 'I can type my e-mail address without typos' } },
  { id: 'security-programs', text: { ko: '사이트가 요구하는 보안 프로그램을 설치했어요', en: 'The security programs the site needs are installed' } },
  { id: 'popups', text: { ko: '이 사이트의 팝업을 허용했어요', en: 'Pop-ups are allowed for this site' } },
  { id: 'peak-hours', text: { ko: '붐비는 시간(월말, 점심시간, 평일 오전 9시 전후)을 피했어요', en: 'I avoided busy times (month end, lunchtime, weekday mornings around 9)' } },
  { id: 'storage', text: { ko: '인증서를 어디에 저장할지 정했어요 (PC, USB, 보안토큰)', en: 'I know where to save the certificate (PC, USB drive, security token)' } },
];

/** Security habits. */
export const securityTips: GuideItem[] = [
  { id: 'strong-password', text: { ko: '비밀번호는 길고 복잡하게 만들고 주기적으로 바꿔 주세요', en: 'Use a long, complex password and change it regularly' } },
  { id: 'backup', text: { ko: '인증서를 안전한 외부 저장장치에 백업해 두세요', en: 'Back the certificate up to safe external storage' } },
  { id: 'public-wifi', text: { ko: '공용 와이파이에서는 인증서를 쓰지 마세요', en: 'Do not use certificates on public Wi-Fi' } },
  { id: 'expiry-early', text: { ko: '유효기간을 미리 확인하고 만료 전에 갱신하세요', en: 'Check expiry early and renew before it lapses' } },
];

/** Busy times when servers are slow; shown with server-error and service-hours advice. */
export const peakTimeAdvice: Localised = {
  ko: '월말·연말, 점심시간(12~13시), 평일 오전 9시 전후는 붐벼요. 그 밖의 평일 낮이 가장 수월해요.',
  en: 'Month and year ends, lunchtime (12–13h) and weekday mornings around 9 are busy; other weekday daytime is easiest.',
};

/** The seed guide's three common failures, in the order it lists them. */
export const commonFailures: Category[] = ['identity-verification', 'server-error', 'email-not-received'];
