import { MAIL_SENT } from './catalogue/notices';
import { compact } from './normalise';

const MAIL_SENT_REGEX = new RegExp(MAIL_SENT.patterns.map((p) => `(?:${p})`).join('|'), 'u');
const FAILED_SENDING = /실패|오류|에러|못|없|않|fail|error/;

/** Does the page confirm that a guide or verification mail was sent? */
export function isMailSentNotice(text: string): boolean {
  const flat = compact(text);
  return (
    MAIL_SENT.keywords.some((k) => flat.includes(k)) &&
    MAIL_SENT_REGEX.test(flat) &&
    !FAILED_SENDING.test(flat)
  );
}
