import type { Fix } from '../types';

// Fix texts are our own words, in 해요체, in the order a person does them. Every step names where its
// facts come from: [OFFICIAL] the CA's, bank's, portal's or browser maker's own page; [SDK] the text
// of the certificate-dialog programs or sites themselves (shared/reference/messages.tsv); [BLOG] only
// where nothing official was found, and never for a phone number. A step with no source is removed.
// Reissue as it is done: at the bank or CA that issued the certificate, from its 인증센터 without
// signing in with the certificate (that is what is lost), and then 타행/타기관 인증서 등록 elsewhere.

const YESSIGN_REISSUE = '[OFFICIAL] yessign.or.kr/main/intro/personal/commonReissue.jsp (reissue only while valid, at the bank that issued it, old one revoked, no fee; on error the bank gives 참조번호/인가코드 for yessign.or.kr)';
const YESSIGN_RENEW = '[OFFICIAL] yessign.or.kr/main/intro/personal/commonRenew.jsp (renew from 30 days before expiry to the expiry date, at the issuing bank; after expiry, issue anew)';
const YESSIGN_REVOKE = '[OFFICIAL] yessign.or.kr/main/intro/personal/commonRevoke.jsp (after revocation: same bank = reissue to the old expiry, no fee; another bank = new issue with fee)';
const YESSIGN_STOP = '[OFFICIAL] yessign.or.kr/main/intro/personal/commonStop.jsp (suspension lifted only within 6 months, at the bank that suspended it; then revoked automatically)';
const EC_BANK_FAQ = '[OFFICIAL] ec-bank.net/board/faq/selectFaqList.do (password known to nobody, forgotten = reissue at the issuer; formatting deletes certificates; not-allowed policy = another certificate type)';
const SIGNGATE_FAQ = '[OFFICIAL] signgate.com/faq (인증서 암호: 10+ characters with letters, digits and symbols; \' " \\ | not allowed; no runs such as 123, abc, 111; fingerprint tokens get a copy after issue)';
const SIGNGATE_CHECK = '[OFFICIAL] signgate.com 인증서관리 → 인증서 암호 확인, no try limit (shared/reference/README.md)';
const DIALOG_PASSWORD = '[SDK] AnySign4PC certselect_ko-KR.js keyworderror ("인증서 암호는 대문자 소문자를 구분합니다. 암호 5회(현재 1회 오류)…"), shared/reference/messages.tsv';
const REGISTER_ELSEWHERE = '[BLOG] findnamo.tistory.com/355 quoting bank messages: after renewing or reissuing at one bank, other banks, Hometax and Gov24 answer "revoked"/"not registered" until 타행/타기관 인증서 등록 (no official page found)';
const BANK_GUIDES = '[BLOG] bank reissue guides (shared/reference/README.md "Identity verification"): online-banking sign-up, withdrawal account and its password, 보안카드/OTP, a phone in one’s own name (no official page found)';
const MOASB_FAQ = '[OFFICIAL] moasb.co.kr FAQ (three wrong account passwords stop transactions until a branch visit with ID), via shared/reference/README.md';
const CROSSCERT_CODES = '[OFFICIAL] crosscert.com/glca/01_3_011.jsp (guide mail and codes are single-use, valid 14 days)';
const INIPASS_CODES = '[OFFICIAL] inipass.com/home/cert/issue (issue within 7 days of applying, once)';
const RETRY_LATER = '[SDK] server-error texts ask to try again later ("일시적인 오류가 발생했습니다. 잠시 후 다시 시도해주세요." UniSignWeb), shared/reference/messages.tsv';
const SESSION_TEXT = '[OFFICIAL] minwon.kosca.or.kr/customer/customer_1 ("세션이 종료되었습니다. 재로그인 후 다시 이용하시기 바랍니다."), shared/reference/messages.tsv';
const VENDOR_INSTALL = '[SDK] the security programs’ own texts: reinstall from the site’s install page, restart the browser, check antivirus/firewall (shared/reference/README.md "Security programs")';
const SIGNGATE_REINSTALL = '[OFFICIAL] signgate.com/faq (SecukitNXS: remove in Control Panel, reinstall from the site; macOS not supported)';
const CHROME_POPUPS = '[OFFICIAL] support.google.com/chrome/answer/95472 (Chrome Help: allow pop-ups for a site from the address bar’s blocked pop-up icon)';
const DIALOG_FILES = '[SDK] AnySign4PC certselect_ko-KR.js pfx_guide ("인증서 파일은 한개(*.pfx, *.p12) 또는 묶음(signCert.der + signPri.key)으로 선택해주세요.")';
const TOKEN_DRIVERS = '[OFFICIAL] rootca.or.kr (KISA root CA: security-token drivers), via shared/reference/README.md "Storage"';
const SPAM_AND_TYPOS = '[OFFICIAL] crosscert.com/glca/01_3_011.jsp and signgate.com/faq (the 발급안내 mail carries the codes); spam and typo checks: project seed guide';
const DEVICE_BLOCK = '[APP]/[BLOG] device-blocked messages in rules/corpus (정부24 빠른 인증 "요청 단말 정보가 일치하지 않습니다… 다시 등록해 주세요"; KB 해외 IP 차단 texts quoted by faq.donga.com); no bank help page found';
const CERT_MOVE = '[SDK] Delfino G3/G4 delfino_lang_korean.js ("승인코드를 4자리씩 모두 입력해주세요", "대기 시간을 초과하였습니다. 가져오기를 중단합니다."), rules/corpus/delfino.tsv';

export const fixes: Fix[] = [
  {
    id: 'fix-identity-verification',
    title: { ko: '본인확인 정보가 맞지 않아요', en: 'Your identity details did not match' },
    steps: [
      { ko: '주민등록번호(사업자는 사업자등록번호)를 인증서를 발급받을 때와 똑같이 입력했는지 확인해 주세요.', en: 'Check that you typed your resident (or business) registration number exactly as when the certificate was issued.', source: BANK_GUIDES },
      { ko: '재발급은 인증서를 발급받은 은행이나 인증기관의 인증센터에서, 인증서로 로그인하지 않고 해요. 다른 은행에서 받은 인증서라면 그 은행 사이트로 가 주세요.', en: 'Reissue happens at the certificate centre of the bank or authority that issued it, without signing in with the certificate. If another bank issued it, go to that bank’s site.', source: YESSIGN_REISSUE },
      { ko: '휴대폰 인증은 본인 명의 휴대폰으로만 할 수 있어요. 통신사와 번호를 다시 확인해 주세요.', en: 'Phone verification works only with a phone registered in your own name; check the carrier and the number.', source: BANK_GUIDES },
    ],
  },
  {
    id: 'fix-phone-verification',
    title: { ko: '휴대폰 인증이 되지 않았어요', en: 'Phone verification failed' },
    steps: [
      { ko: '본인 명의 휴대폰인지 확인해 주세요. 가족이나 회사 명의 휴대폰으로는 할 수 없어요.', en: 'Use a phone registered in your own name; a family member’s or a company phone does not work.', source: BANK_GUIDES },
      { ko: '통신사(알뜰폰 포함)를 바르게 골랐는지 확인해 주세요.', en: 'Check that you chose the right carrier (budget carriers included).', source: BANK_GUIDES },
      { ko: '인증번호는 정해진 시간 안에 입력해야 해요. 시간이 지났다면 새로 받아 주세요.', en: 'Enter the code before it times out; if it has, ask for a new one.', source: BANK_GUIDES },
    ],
  },
  {
    id: 'fix-account-credentials',
    title: { ko: '은행 계정 정보가 맞지 않아요', en: 'Your bank account details were not accepted' },
    steps: [
      { ko: '은행 인증센터에서 재발급하려면 그 은행 인터넷뱅킹에 가입되어 있어야 해요. 가입했는지 먼저 확인해 주세요.', en: 'Reissuing at a bank needs online banking with that bank; check first that you are signed up.', source: BANK_GUIDES },
      { ko: '아이디, 출금계좌 번호와 계좌 비밀번호를 다시 확인해 주세요.', en: 'Check your user ID, the withdrawal account number and the account password.', source: BANK_GUIDES },
      { ko: '계좌 비밀번호를 여러 번 틀리면 거래가 멈추고 영업점에 가야 풀려요. 자신이 없으면 입력하기 전에 은행에 먼저 물어봐 주세요.', en: 'Several wrong account passwords stop transactions until you visit a branch; if you are unsure, ask the bank before trying again.', source: MOASB_FAQ },
    ],
    callCentre: true,
  },
  {
    id: 'fix-security-medium',
    title: { ko: '보안카드·OTP 번호가 맞지 않아요', en: 'The security card or OTP code was wrong' },
    steps: [
      { ko: '보안카드는 화면이 요청한 번호 칸과 자리(앞 두 자리, 뒤 두 자리)를 다시 확인해 주세요.', en: 'On a security card, check which cell and which two digits the page asked for.', source: BANK_GUIDES },
      { ko: 'OTP는 버튼을 눌러 새로 나온 번호를 바로 입력해 주세요.', en: 'For an OTP, press its button and enter the new number at once.', source: BANK_GUIDES },
      { ko: '오류 횟수를 넘겼다면 은행에서 풀어야 해요. 신분증을 챙겨 영업점에 가거나 고객센터에 물어봐 주세요.', en: 'Past the error limit the bank has to unlock it: take your ID to a branch or ask the customer centre.', source: MOASB_FAQ },
    ],
    callCentre: true,
  },
  {
    id: 'fix-account-locked',
    title: { ko: '오류가 반복되어 거래가 멈췄어요', en: 'Repeated errors have stopped transactions' },
    steps: [
      { ko: '지금은 더 시도하지 말아 주세요. 다시 틀리면 오류 횟수만 늘어나요.', en: 'Do not try again for now; another mistake only adds to the count.', source: MOASB_FAQ },
      { ko: '은행 고객센터에 전화해 푸는 방법을 물어봐 주세요.', en: 'Call the bank’s customer centre and ask how to unlock it.', source: MOASB_FAQ },
      { ko: '영업점에 가야 한다면 신분증을 챙겨 가 주세요.', en: 'If you need to visit a branch, bring your ID.', source: MOASB_FAQ },
    ],
    callCentre: true,
  },
  {
    id: 'fix-cert-password',
    title: { ko: '인증서 비밀번호가 맞지 않아요', en: 'The certificate password is wrong' },
    followsPageWord: true,
    steps: [
      { ko: 'Caps Lock이 켜져 있지 않은지 확인해 주세요. 비밀번호는 대문자와 소문자를 구분해요.', en: 'Check Caps Lock: the password is case-sensitive.', source: DIALOG_PASSWORD },
      { ko: '틀린 횟수가 쌓이면 인증서를 쓸 수 없게 될 수 있어요. 다시 입력하기 전에 인증서 창에 나온 남은 횟수를 확인하고, 확실하지 않으면 더 입력하지 말아 주세요.', en: 'Wrong tries add up and can lock the certificate. Before trying again, check how many tries the dialog says are left, and stop if you are not sure.', source: DIALOG_PASSWORD },
      { ko: '한국정보인증(SignGate) 인증서라면 signgate.com의 ‘인증서 관리 → 인증서 암호 확인’에서 횟수 제한 없이 확인해 볼 수 있어요.', en: 'For a KICA (SignGate) certificate, signgate.com can check the password without a try limit (인증서 관리 → 인증서 암호 확인).', source: SIGNGATE_CHECK },
      { ko: '비밀번호는 누구도 찾아 줄 수 없어요. 잊었다면 인증서를 발급받은 은행이나 인증기관에서 재발급해 주세요.', en: 'Nobody can recover the password. If you forgot it, reissue the certificate at the bank or authority that issued it.', source: `${EC_BANK_FAQ}; ${YESSIGN_REISSUE}` },
    ],
  },
  {
    id: 'fix-new-password-rules',
    title: { ko: '새 비밀번호가 규칙에 맞지 않아요', en: 'The new password breaks the rules' },
    followsPageWord: true,
    steps: [
      { ko: '10자리 이상으로, 영문자와 숫자와 특수문자를 하나 이상씩 넣어 주세요.', en: 'Use 10 or more characters, with at least one letter, one digit and one symbol.', source: SIGNGATE_FAQ },
      { ko: '작은따옴표(\'), 큰따옴표("), 역슬래시(\\), 세로줄(|)은 쓸 수 없어요.', en: 'Quotes (\' "), the backslash (\\) and the bar (|) are not allowed.', source: SIGNGATE_FAQ },
      { ko: '123, abc, 321처럼 이어지는 문자나 111, aaa처럼 같은 문자 세 개는 쓸 수 없어요.', en: 'Runs such as 123, abc or 321 and three equal characters such as 111 or aaa are not allowed.', source: SIGNGATE_FAQ },
    ],
  },
  {
    id: 'fix-cert-expired',
    title: { ko: '인증서 유효기간이 끝났거나 곧 끝나요', en: 'The certificate has expired or is about to' },
    steps: [
      { ko: '만료 30일 전부터 만료일까지는 인증서를 발급받은 은행에서 ‘갱신’으로 기간을 늘릴 수 있어요.', en: 'From 30 days before expiry until the expiry date, renew it at the bank that issued it.', source: YESSIGN_RENEW },
      { ko: '이미 만료됐다면 갱신이나 재발급은 안 되고, 인증서를 새로 ‘발급’받아야 해요.', en: 'Once it has expired, renewal and reissue are not possible: get a new certificate issued.', source: `${YESSIGN_RENEW}; ${YESSIGN_REISSUE}` },
    ],
  },
  {
    id: 'fix-cert-revoked',
    title: { ko: '폐지되었거나 효력이 정지된 인증서예요', en: 'The certificate is revoked or suspended' },
    steps: [
      { ko: '다른 은행에서 방금 갱신하거나 재발급했다면 이 사이트에는 아직 예전 인증서가 등록되어 있어요. 이 사이트의 ‘타행/타기관 인증서 등록’에서 새 인증서를 등록해 주세요.', en: 'If you just renewed or reissued at another bank, this site still has the old certificate: register the new one here under 타행/타기관 인증서 등록.', source: REGISTER_ELSEWHERE },
      { ko: '폐지된 인증서는 다시 쓸 수 없어요. 발급받은 은행에서 다시 받으면 재발급이 되어 원래 유효기간까지 수수료 없이 쓸 수 있고, 다른 은행에서 받으면 수수료가 있는 신규 발급이에요.', en: 'A revoked certificate cannot be used again. Getting one from the bank that issued it is a reissue, valid until the old expiry date with no fee; at another bank it is a new issue with a fee.', source: YESSIGN_REVOKE },
      { ko: '효력정지는 정지한 은행에서 6개월 안에만 풀 수 있어요. 6개월이 지나면 자동으로 폐지돼요.', en: 'A suspension can be lifted only at the bank that set it, within 6 months; after that the certificate is revoked automatically.', source: YESSIGN_STOP },
    ],
  },
  {
    id: 'fix-register-renewed-cert',
    title: { ko: '새 인증서를 이 사이트에 등록해 주세요', en: 'Register your new certificate on this site' },
    steps: [
      { ko: '최근 은행 등에서 갱신하거나 재발급했다면, 이 사이트에는 아직 예전 인증서가 등록되어 있어요.', en: 'If you recently renewed or reissued at a bank, this site still has your old certificate on file.', source: REGISTER_ELSEWHERE },
      { ko: '이 사이트의 ‘인증서 등록’ 메뉴에서 새 인증서를 등록해 주세요. 다시 재발급할 필요는 없어요.', en: 'Register the new certificate under “인증서 등록” here; there is no need to reissue again.', source: REGISTER_ELSEWHERE },
      { ko: '갱신이나 재발급을 한 적이 없다면, 인증서가 정말 폐지됐는지 발급한 은행에 확인해 주세요.', en: 'If you have not renewed or reissued, ask the issuing bank whether it was really revoked.', source: YESSIGN_REVOKE },
    ],
  },
  {
    id: 'fix-cert-registration',
    title: { ko: '이 사이트에 인증서를 등록해야 해요', en: 'Register the certificate on this site' },
    steps: [
      { ko: '다른 은행이나 기관에서 발급·갱신·재발급한 인증서는 이 사이트에 먼저 등록해야 해요.', en: 'A certificate issued, renewed or reissued at another bank or agency must be registered here first.', source: REGISTER_ELSEWHERE },
      { ko: '로그인 화면이나 인증센터에서 ‘타행/타기관 인증서 등록’ 메뉴를 찾아 주세요. 홈택스와 정부24도 따로 등록해야 해요.', en: 'Look for 타행/타기관 인증서 등록 (register another bank’s certificate) on the login page or the certificate centre. Hometax and Gov24 need it registered separately too.', source: REGISTER_ELSEWHERE },
      { ko: '‘이미 등록됨’이라고 나오면 등록은 끝난 거예요. 그 인증서로 로그인해 주세요.', en: 'If it says “already registered”, registration is done: sign in with that certificate.', source: REGISTER_ELSEWHERE },
    ],
  },
  {
    id: 'fix-cert-type',
    title: { ko: '이 사이트에서 받지 않는 종류의 인증서예요', en: 'This site does not accept this kind of certificate' },
    steps: [
      { ko: '은행·신용카드·보험용(용도제한) 인증서는 일부 사이트에서만 쓸 수 있어요.', en: 'Bank, card and insurance (restricted-use) certificates work only on some sites.', source: EC_BANK_FAQ },
      { ko: '사이트 안내에서 필요한 인증서 종류(범용, 사업자용 등)를 확인하고, 그 종류의 인증서로 다시 해 주세요.', en: 'Check which type the site needs (general-purpose, business, …) and use a certificate of that type.', source: EC_BANK_FAQ },
    ],
  },
  {
    id: 'fix-cert-not-found',
    title: { ko: '인증서를 찾지 못했어요', en: 'No certificate was found' },
    steps: [
      { ko: '인증서 창에서 저장 위치(하드디스크, 이동식디스크 등)를 바꿔 가며 찾아 주세요.', en: 'In the certificate dialog, try each storage location (hard disk, removable disk, …).', source: DIALOG_FILES },
      { ko: '파일에서 가져올 때는 .pfx나 .p12 파일 하나, 또는 signCert.der와 signPri.key 두 파일을 함께 골라 주세요.', en: 'When importing from files, choose one .pfx or .p12 file, or signCert.der together with signPri.key.', source: DIALOG_FILES },
      { ko: 'PC를 포맷했다면 그 안의 인증서도 지워졌어요. 다른 곳에 복사해 둔 것이 없으면 재발급해야 해요.', en: 'Formatting a PC deletes its certificates; without a copy elsewhere you need to reissue.', source: EC_BANK_FAQ },
    ],
  },
  {
    id: 'fix-storage-media',
    title: { ko: '저장매체에 문제가 있어요', en: 'There is a problem with the storage device' },
    steps: [
      { ko: 'USB나 보안토큰을 뽑았다가 다시 꽂고, 인증서 창에서 그 저장매체를 다시 골라 주세요.', en: 'Unplug and reinsert the USB drive or token, then choose it again in the certificate dialog.', source: DIALOG_FILES },
      { ko: '지문보안토큰에는 바로 발급·갱신·재발급할 수 없어요. 하드디스크에 받은 뒤 토큰으로 복사해 주세요.', en: 'A fingerprint token cannot receive an issue, renewal or reissue: save to the hard disk, then copy it to the token.', source: SIGNGATE_FAQ },
      { ko: '보안토큰 구동 프로그램은 rootca.or.kr이나 토큰 제조사 사이트에서 받을 수 있어요. 토큰 PIN은 인증서 비밀번호와 달라요.', en: 'Security-token drivers are on rootca.or.kr or the token maker’s site. The token’s PIN is not the certificate password.', source: TOKEN_DRIVERS },
    ],
  },
  {
    id: 'fix-security-program',
    title: { ko: '보안 프로그램이 설치되지 않았거나 동작하지 않아요', en: 'A security program is missing or not running' },
    steps: [
      { ko: '이 사이트의 설치 안내 페이지에서 프로그램을 다시 설치해 주세요. 위에 프로그램 이름이 보이면 그 프로그램이에요.', en: 'Reinstall the program from this site’s install page. If a program is named above, it is that one.', source: VENDOR_INSTALL },
      { ko: '설치한 뒤 브라우저 창을 모두 닫았다가 다시 열고, 이 페이지를 새로고침해 주세요.', en: 'After installing, close every browser window, open the browser again and refresh this page.', source: VENDOR_INSTALL },
      { ko: '백신이나 방화벽이 프로그램을 막고 있지 않은지 확인해 주세요.', en: 'Check that antivirus or the firewall is not blocking it.', source: VENDOR_INSTALL },
      { ko: '그래도 안 되면 제어판에서 그 프로그램을 지운 뒤 사이트에서 다시 설치해 주세요.', en: 'If it still fails, remove the program in Control Panel and install it again from the site.', source: SIGNGATE_REINSTALL },
    ],
  },
  {
    id: 'fix-popup-blocked',
    title: { ko: '팝업이 차단되었어요', en: 'A pop-up was blocked' },
    steps: [
      { ko: '주소창 오른쪽에 나온 ‘팝업 차단됨’ 아이콘을 눌러 이 사이트의 팝업을 항상 허용해 주세요.', en: 'Click the “pop-up blocked” icon at the right of the address bar and always allow pop-ups for this site.', source: CHROME_POPUPS },
      { ko: '허용한 뒤 방금 누른 버튼을 다시 눌러 주세요.', en: 'Then press the button you just used again.', source: CHROME_POPUPS },
    ],
    link: 'https://support.google.com/chrome/answer/95472',
  },
  {
    id: 'fix-browser-unsupported',
    title: { ko: '지원하지 않는 브라우저나 환경이에요', en: 'This browser or device is not supported' },
    steps: [
      { ko: '이 사이트가 안내하는 환경(대개 Windows PC의 최신 Chrome, Edge, Whale)에서 다시 해 주세요. 일부 인증기관은 macOS를 지원하지 않아요.', en: 'Try again in the environment the site names (usually an up-to-date Chrome, Edge or Whale on Windows). Some certificate authorities do not support macOS.', source: SIGNGATE_REINSTALL },
      { ko: 'Windows에 다른 사용자가 로그인해 있으면 로그아웃시킨 뒤 다시 해 주세요.', en: 'If another Windows user is signed in, sign them out and try again.', source: '[SDK] Delfino G3 multi-user message (shared/reference/README.md "Security programs")' },
    ],
  },
  {
    id: 'fix-session-expired',
    title: { ko: '접속 시간이 지나 연결이 끊겼어요', en: 'Your session has timed out' },
    steps: [
      { ko: '페이지를 새로고침하거나 첫 화면으로 돌아가 처음부터 다시 해 주세요.', en: 'Refresh the page or go back to the first screen and start again.', source: SESSION_TEXT },
      { ko: '중간에 오래 멈추면 다시 끊길 수 있어요. 필요한 것을 미리 준비한 뒤 이어서 진행해 주세요.', en: 'Long pauses can time it out again: have what you need ready, then go through without stopping.', source: SESSION_TEXT },
    ],
  },
  {
    id: 'fix-service-hours',
    title: { ko: '지금은 서비스 이용 시간이 아니에요', en: 'The service is not available right now' },
    steps: [
      { ko: '점검 중이라면 안내된 점검 시간이 끝난 뒤 다시 해 주세요.', en: 'During maintenance, try again after the announced window.', source: '[APP] 홈택스 "요청하신 서비스는 현재 서비스 중지 시간 입니다" (hometaxbot), rules/corpus' },
      { ko: '은행은 자정 앞뒤로 영업일을 바꾸는 동안 잠시 서비스를 멈춰요. 몇 분 뒤 다시 해 주세요.', en: 'Banks pause briefly around midnight while switching the business day; try again a few minutes later.', source: '[BLOG] bank business-day switch around midnight (shared/reference/README.md "Service hours"; no official page found)' },
    ],
  },
  {
    id: 'fix-server-error',
    title: { ko: '사이트 서버에 일시적인 문제가 있어요', en: 'The site’s server has a temporary problem' },
    steps: [
      { ko: '잠시 기다린 뒤 다시 해 주세요. 버튼을 계속 누르면 오히려 더 늦어질 수 있어요.', en: 'Wait a little, then try again; pressing the button repeatedly can make it slower.', source: RETRY_LATER },
      { ko: '인터넷 연결을 확인하고, 회사나 공용 네트워크라면 다른 네트워크로도 해 보세요.', en: 'Check your connection; on an office or public network, try another one.', source: '[APP] "홈택스 서버에 접속할 수 없습니다. 잠시 후 다시 시도해주세요." (hometaxbot), shared/reference/messages.tsv' },
      { ko: '같은 오류가 계속되면 오류코드를 적어 고객센터에 물어봐 주세요.', en: 'If it keeps happening, note the error code and ask the customer centre.', source: RETRY_LATER },
    ],
    callCentre: true,
  },
  {
    id: 'fix-auth-code',
    title: { ko: '참조번호·인가코드를 쓸 수 없어요', en: 'The reference number or authorisation code was rejected' },
    steps: [
      { ko: '안내 메일이나 문자에 적힌 번호를 빈칸 없이 그대로 입력해 주세요. 숫자 0과 영문 O, 숫자 1과 영문 l을 헷갈리기 쉬워요.', en: 'Type the codes exactly as in the mail or text message, without spaces; 0 and O, 1 and l are easy to mix up.', source: YESSIGN_REISSUE },
      { ko: '코드는 한 번만 쓸 수 있고, 쓸 수 있는 기간이 있어요(한국전자인증 14일, 이니텍 7일).', en: 'The codes work once and expire (14 days at CrossCert, 7 days at INIPASS).', source: `${CROSSCERT_CODES}; ${INIPASS_CODES}` },
      { ko: '기간이 지났거나 이미 썼다면, 인증서를 신청한 은행이나 인증기관에서 새 코드를 받아 주세요.', en: 'If they expired or were used, get new ones from the bank or authority where you applied.', source: YESSIGN_REISSUE },
    ],
    callCentre: true,
  },
  {
    id: 'fix-issue-failed',
    title: { ko: '인증서 발급·갱신이 거절되었어요', en: 'The issue or renewal was refused' },
    steps: [
      { ko: '갱신과 재발급은 인증서를 발급받은 은행이나 인증기관에서만 할 수 있어요. 그곳의 인증센터에서 다시 해 주세요.', en: 'Renewal and reissue work only at the bank or authority that issued the certificate: try again at its certificate centre.', source: `${YESSIGN_RENEW}; ${YESSIGN_REISSUE}` },
      { ko: '신청한 뒤 발급 기한이 지났다면 처음부터 다시 신청해야 해요.', en: 'If the deadline after applying has passed, apply again from the start.', source: INIPASS_CODES },
      { ko: '같은 오류가 다시 나오면 오류코드를 적어 고객센터에 물어봐 주세요.', en: 'If the same error returns, note the error code and ask the customer centre.', source: RETRY_LATER },
    ],
    callCentre: true,
  },
  {
    id: 'fix-issue-limit',
    title: { ko: '이미 발급되었거나 발급 횟수를 넘었어요', en: 'Already issued, or the issue limit was reached' },
    steps: [
      { ko: '방금 발급이 끝났을 수 있어요. 인증서 창에서 새 인증서가 있는지 먼저 확인해 주세요.', en: 'The issue may have just completed: look for the new certificate in the dialog first.', source: INIPASS_CODES },
      { ko: '인증서가 보이지 않으면 고객센터에 발급 내역을 확인해 달라고 해 주세요.', en: 'If you cannot find it, ask the customer centre to check your issue history.', source: INIPASS_CODES },
    ],
    callCentre: true,
  },
  {
    id: 'fix-email-not-received',
    title: { ko: '안내 메일이 오지 않았나요?', en: 'No guide or verification mail?' },
    steps: [
      { ko: '스팸함과 프로모션함 같은 다른 메일함도 확인해 주세요.', en: 'Check the spam and promotions folders too.', source: SPAM_AND_TYPOS },
      { ko: '입력한 이메일 주소에 오타가 없는지 확인해 주세요(예: naver.con, gmial.com).', en: 'Check the address for typos (such as naver.con or gmial.com).', source: SPAM_AND_TYPOS },
      { ko: '메일 속 코드는 한 번만, 정해진 기간 안에만 쓸 수 있어요.', en: 'Codes in the mail work once and only for a limited time.', source: CROSSCERT_CODES },
    ],
  },
  {
    id: 'fix-cert-transfer',
    title: { ko: '인증서 이동(PC ↔ 스마트폰)이 되지 않았어요', en: 'Moving the certificate between PC and phone failed' },
    steps: [
      { ko: 'PC와 스마트폰에서 짝이 맞는 메뉴(한쪽은 내보내기, 다른 쪽은 가져오기)를 골랐는지 확인해 주세요.', en: 'Check that the PC and the phone are on matching steps (export on one, import on the other).', source: CERT_MOVE },
      { ko: '화면에 나온 승인번호(인증번호)를 빠짐없이 입력해 주세요. 번호는 한 번만, 몇 분 안에만 쓸 수 있어요.', en: 'Type the whole approval number shown on the other device; it works once and only for a few minutes.', source: CERT_MOVE },
      { ko: '시간이 지났다면 처음부터 다시 시작해 새 번호를 받아 주세요.', en: 'If it timed out, start again to get a new number.', source: CERT_MOVE },
    ],
  },
  {
    id: 'fix-device-blocked',
    title: { ko: '이 기기나 접속 위치에서는 막혀 있어요', en: 'Access from this device or location is blocked' },
    steps: [
      { ko: '은행에 ‘지정단말기’를 등록해 두었다면 그 PC에서만 쓸 수 있어요. 다른 PC라면 은행이 안내하는 추가 인증으로 등록해 주세요.', en: 'If you registered designated devices with the bank, only those work; register this PC with the extra verification the bank offers.', source: DEVICE_BLOCK },
      { ko: '‘해외 IP 차단’을 신청했다면 해외나 VPN으로는 접속할 수 없어요. VPN을 끄고 다시 해 주세요.', en: 'If you signed up for foreign-IP blocking, access from abroad or through a VPN is refused; turn off any VPN and try again.', source: DEVICE_BLOCK },
      { ko: '차단을 풀려면 은행 고객센터나 영업점에 물어봐 주세요.', en: 'To lift the block, ask the bank’s customer centre or a branch.', source: DEVICE_BLOCK },
    ],
    callCentre: true,
  },
];
