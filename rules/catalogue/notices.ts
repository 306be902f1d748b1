import { any, near, within } from './lexicon';

// Not failures: page texts that start a wait the user may be stuck in. A confirmed guide or
// verification mail is the only sign of the silent failure "the mail never came".
export const MAIL_SENT = {
  keywords: ['메일', 'mail', '전자우편'],
  patterns: [
    near(any('메일', 'mail', '전자우편'), any('발송', '전송', '보내', '송부', 'sent') + within(6) + any('되었', '됐', '했', '하였', '드렸', '완료', '합니다', 'to'), 20),
  ],
};
