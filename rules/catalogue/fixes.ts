import type { Fix } from '../types';

// Fix texts are our own words; the facts behind them are sourced in ../shared/reference/README.md.
export const fixes: Fix[] = [
  {
    id: 'fix-identity-verification',
    title: { ko: '본인확인 정보가 맞지 않아요', en: 'Your identity details did not match' },
    steps: [
      { ko: '주민등록번호(사업자는 사업자등록번호)를 인증서 발급 때와 똑같이 입력했는지 확인해 주세요.', en: 'Check that you typed your resident (or business) registration number exactly as when the certificate was issued.' },
      { ko: '인증서 주인과 로그인한 사람이 같은지 확인해 주세요. 가족 인증서로는 재발급할 수 없어요.', en: 'Make sure the certificate belongs to the person signed in; a family member’s certificate cannot be reissued.' },
      { ko: '휴대폰 인증은 본인 명의 휴대폰으로만 됩니다. 통신사와 번호를 다시 확인해 주세요.', en: 'Phone verification works only with a phone in your own name; check the carrier and number.' },
      { ko: '이름이나 주민등록번호가 바뀌었다면 은행 창구에서 정보를 먼저 바꾼 뒤 다시 시도해 주세요.', en: 'If your name or registration number changed, update it at a bank branch first, then try again.' },
    ],
  },
  {
    id: 'fix-phone-verification',
    title: { ko: '휴대폰 인증이 되지 않았어요', en: 'Phone verification failed' },
    steps: [
      { ko: '본인 명의 휴대폰인지 확인해 주세요. 법인·가족 명의 휴대폰은 쓸 수 없어요.', en: 'Use a phone registered in your own name; company or family phones do not work.' },
      { ko: '통신사(알뜰폰 포함)를 바르게 골랐는지 확인해 주세요.', en: 'Check that you picked the right carrier (budget carriers included).' },
      { ko: '인증번호는 제한 시간 안에 입력해야 해요. 시간이 지났다면 새로 받아 주세요.', en: 'Enter the code before it times out; if it has, request a new one.' },
      { ko: '문자가 오지 않으면 스팸 문자함과 수신 차단 설정을 확인해 주세요.', en: 'If no text arrives, check the spam box and any blocked-sender settings.' },
    ],
  },
  {
    id: 'fix-account-credentials',
    title: { ko: '은행 계정 정보가 맞지 않아요', en: 'Your bank account details were not accepted' },
    steps: [
      { ko: '은행 인증센터의 재발급은 인터넷뱅킹 가입자만 할 수 있어요. 가입 여부를 먼저 확인해 주세요.', en: 'Reissuing at a bank needs online-banking sign-up; check that you are signed up.' },
      { ko: '아이디, 출금계좌 번호와 계좌 비밀번호(숫자 4자리)를 다시 확인해 주세요.', en: 'Check your user ID, withdrawal account number and its 4-digit password.' },
      { ko: '보안카드나 OTP 번호는 요청한 자리의 번호를 정확히 입력해 주세요.', en: 'Enter exactly the security-card or OTP digits that were asked for.' },
      { ko: '여러 번 틀리면 거래가 막힐 수 있어요. 자신이 없으면 은행 고객센터에 먼저 문의해 주세요.', en: 'Repeated mistakes can lock your account; if unsure, call the bank first.' },
    ],
    callCentre: true,
  },
  {
    id: 'fix-security-medium',
    title: { ko: '보안카드·OTP 번호가 맞지 않아요', en: 'The security card or OTP code was wrong' },
    steps: [
      { ko: '보안카드는 요청한 번호 칸의 앞 두 자리·뒤 두 자리를 확인해 주세요.', en: 'On a security card, check which cell and which two digits were asked for.' },
      { ko: 'OTP는 버튼을 누른 뒤 새로 나온 번호를 바로 입력해 주세요.', en: 'For an OTP, press the button and enter the fresh number at once.' },
      { ko: '오류 횟수를 넘겼다면 은행 창구나 고객센터에서 해제해야 해요.', en: 'If the error limit was reached, the bank must unlock it (branch or customer centre).' },
    ],
    callCentre: true,
  },
  {
    id: 'fix-account-locked',
    title: { ko: '오류가 반복되어 거래가 멈췄어요', en: 'Repeated errors have stopped transactions' },
    steps: [
      { ko: '더 시도하지 말아 주세요. 오류 횟수는 계속 쌓여요.', en: 'Stop trying for now; the error count keeps adding up.' },
      { ko: '은행 고객센터에 전화해 해제 방법을 물어봐 주세요.', en: 'Call the bank’s customer centre and ask how to unlock.' },
      { ko: '창구 방문이 필요하면 신분증을 챙겨 가 주세요.', en: 'If a branch visit is needed, bring your ID.' },
    ],
    callCentre: true,
  },
  {
    id: 'fix-cert-password',
    title: { ko: '인증서 비밀번호가 맞지 않아요', en: 'The certificate password is wrong' },
    steps: [
      { ko: 'Caps Lock이 켜져 있지 않은지 확인해 주세요. 대문자와 소문자를 구분해요.', en: 'Check Caps Lock: the password is case-sensitive.' },
      { ko: '키보드 보안 프로그램이 입력을 막으면 ‘키보드 보안 적용’ 체크를 풀고 다시 입력해 주세요.', en: 'If a keyboard-security program garbles input, untick “apply keyboard security” and retry.' },
      { ko: '틀린 횟수가 제한에 가까우면 멈추세요. 한국전자인증(signgate) 인증서는 사이트의 ‘인증서 암호 확인’에서 횟수 제한 없이 확인할 수 있어요.', en: 'Near the try limit, stop. KICA (signgate) certificates can be checked without a limit under “certificate password check”.' },
      { ko: '비밀번호는 누구도 찾아줄 수 없어요. 잊었다면 재발급이 유일한 방법이에요.', en: 'Nobody can recover the password; if it is forgotten, reissue the certificate.' },
    ],
  },
  {
    id: 'fix-new-password-rules',
    title: { ko: '새 비밀번호가 규칙에 맞지 않아요', en: 'The new password breaks the rules' },
    steps: [
      { ko: '10자리 이상으로 영문, 숫자, 특수문자를 모두 섞어 주세요.', en: 'Use 10 or more characters mixing letters, digits and symbols.' },
      { ko: '작은따옴표(\'), 큰따옴표("), 역슬래시(\\), 세로줄(|)은 쓸 수 없어요.', en: 'Quotes (\' "), backslash (\\) and the bar (|) are not allowed.' },
      { ko: '123, abc, 111처럼 연속되거나 반복되는 문자는 피해 주세요.', en: 'Avoid runs and repeats such as 123, abc or 111.' },
      { ko: '확인 칸에도 똑같이 입력해 주세요.', en: 'Type exactly the same password in the confirmation field.' },
    ],
  },
  {
    id: 'fix-cert-expired',
    title: { ko: '인증서 유효기간이 끝났거나 곧 끝나요', en: 'The certificate has expired or is about to' },
    steps: [
      { ko: '만료 30일 전부터 만료일까지는 ‘갱신’으로 연장할 수 있어요.', en: 'From 30 days before expiry until the expiry date you can renew it.' },
      { ko: '이미 만료됐다면 갱신·재발급은 안 되고 ‘신규 발급’을 받아야 해요.', en: 'Once expired, renewal and reissue are not possible: apply for a new certificate.' },
      { ko: '재발급은 인증서가 아직 유효할 때만 할 수 있어요.', en: 'Reissue works only while the certificate is still valid.' },
    ],
  },
  {
    id: 'fix-cert-revoked',
    title: { ko: '폐지되었거나 효력이 정지된 인증서예요', en: 'The certificate is revoked or suspended' },
    steps: [
      { ko: '다른 곳에서 막 갱신·재발급했다면 이전 인증서라서 그래요. 이 사이트에 ‘타행/타기관 인증서 등록’을 해 주세요.', en: 'If you just renewed or reissued elsewhere, this is the old certificate: register the new one here (타행/타기관 인증서 등록).' },
      { ko: '폐지된 인증서는 쓸 수 없어요. 같은 은행에서 재발급하면 남은 기간을 무료로 이어 받을 수 있어요.', en: 'A revoked certificate cannot be used; reissuing at the same bank keeps the remaining validity free of charge.' },
      { ko: '효력정지는 6개월 안에 정지한 은행에서만 풀 수 있어요. 지나면 자동으로 폐지돼요.', en: 'A suspension can be lifted only within 6 months at the bank that set it; after that it is revoked.' },
    ],
  },
  {
    id: 'fix-register-renewed-cert',
    title: { ko: '새 인증서를 이 사이트에 등록해 주세요', en: 'Register your new certificate on this site' },
    steps: [
      { ko: '최근 은행 등에서 갱신·재발급했다면, 이 사이트에는 아직 예전 인증서가 등록되어 있어요.', en: 'If you recently renewed or reissued at a bank, this site still has your old certificate on file.' },
      { ko: '이 사이트의 ‘인증서 등록’ 메뉴에서 새 인증서를 등록해 주세요. 다시 재발급할 필요는 없어요.', en: 'Register the new certificate under “인증서 등록” here; there is no need to reissue again.' },
      { ko: '갱신·재발급한 적이 없다면 인증서가 실제로 폐지되었는지 발급한 은행에 확인해 주세요.', en: 'If you have not renewed or reissued, ask the issuing bank whether it was really revoked.' },
    ],
  },
  {
    id: 'fix-cert-registration',
    title: { ko: '이 사이트에 인증서를 등록해야 해요', en: 'Register the certificate on this site' },
    steps: [
      { ko: '다른 은행·기관에서 발급·갱신한 인증서는 이 사이트에 먼저 등록해야 해요.', en: 'A certificate issued or renewed at another bank or agency must be registered here first.' },
      { ko: '로그인 화면이나 인증센터의 ‘타행/타기관 인증서 등록’ 메뉴를 찾아 주세요.', en: 'Look for “register another bank’s certificate” (타행/타기관 인증서 등록) on the login page or certificate centre.' },
      { ko: '홈택스·정부24도 새 인증서를 따로 등록해야 해요.', en: 'Hometax and Gov24 also need the new certificate registered separately.' },
      { ko: '‘이미 등록됨’이라고 나오면 등록은 끝났으니 그 인증서로 로그인해 주세요.', en: 'If it says “already registered”, registration is done: sign in with that certificate.' },
    ],
  },
  {
    id: 'fix-cert-type',
    title: { ko: '이 사이트에서 받지 않는 종류의 인증서예요', en: 'This site does not accept this kind of certificate' },
    steps: [
      { ko: '은행·보험용(용도제한) 인증서는 일부 사이트에서만 쓸 수 있어요.', en: 'Bank/insurance-only (restricted) certificates work only on some sites.' },
      { ko: '사이트 안내에서 필요한 인증서 종류(범용, 사업자용 등)를 확인해 주세요.', en: 'Check which type the site needs (general-purpose, business, …).' },
      { ko: '맞는 인증서가 없다면 해당 종류로 새로 발급받아 주세요.', en: 'If you have none of that type, get one issued.' },
    ],
  },
  {
    id: 'fix-cert-not-found',
    title: { ko: '인증서를 찾지 못했어요', en: 'No certificate was found' },
    steps: [
      { ko: '인증서 창에서 저장 위치(하드디스크, 이동식 디스크, 브라우저 등)를 바꿔 가며 찾아 주세요.', en: 'In the certificate dialog, try each storage location (hard disk, removable drive, browser, …).' },
      { ko: '파일로 가져올 때는 .pfx/.p12 파일이나 signCert.der와 signPri.key 두 파일을 함께 골라 주세요.', en: 'When importing a file, pick a .pfx/.p12 file, or signCert.der together with signPri.key.' },
      { ko: 'PC를 포맷했거나 브라우저 캐시를 지웠다면 인증서도 지워졌을 수 있어요. 백업이 없으면 재발급해야 해요.', en: 'Formatting the PC or clearing browser data can delete certificates; without a backup, reissue.' },
    ],
  },
  {
    id: 'fix-storage-media',
    title: { ko: '저장매체에 문제가 있어요', en: 'There is a problem with the storage device' },
    steps: [
      { ko: 'USB나 보안토큰을 뽑았다가 다시 꽂고, 창에서 올바른 제품을 골라 주세요.', en: 'Unplug and reinsert the USB drive or token, then choose the right device in the dialog.' },
      { ko: '보안토큰 PIN은 인증서 비밀번호와 달라요. 잊었다면 제조사 사이트에서 초기화해 주세요.', en: 'The token PIN is not the certificate password; reset it on the maker’s site if forgotten.' },
      { ko: '지문보안토큰에는 바로 발급·갱신·재발급할 수 없어요. 하드디스크에 받은 뒤 복사해 주세요.', en: 'Fingerprint tokens cannot receive an issue, renewal or reissue: save to disk, then copy.' },
      { ko: '토큰 구동 프로그램은 rootca.or.kr이나 제조사 사이트에서 설치할 수 있어요.', en: 'Token drivers are available from rootca.or.kr or the maker’s site.' },
    ],
  },
  {
    id: 'fix-security-program',
    title: { ko: '보안 프로그램이 설치되지 않았거나 동작하지 않아요', en: 'A security program is missing or not running' },
    steps: [
      { ko: '사이트가 안내하는 설치 페이지에서 프로그램을 다시 설치해 주세요.', en: 'Reinstall the program from the site’s own install page.' },
      { ko: '설치 후 브라우저를 모두 닫았다가 다시 열고 새로고침해 주세요.', en: 'After installing, close every browser window, reopen and refresh.' },
      { ko: '백신이나 방화벽이 프로그램을 막고 있지 않은지 확인해 주세요.', en: 'Check that antivirus or the firewall is not blocking it.' },
      { ko: '그래도 안 되면 제어판에서 오래된 보안 프로그램을 지우고 다시 설치해 주세요.', en: 'If it still fails, remove old security programs in Control Panel and reinstall.' },
    ],
  },
  {
    id: 'fix-popup-blocked',
    title: { ko: '팝업이 차단되었어요', en: 'A pop-up was blocked' },
    steps: [
      { ko: '주소창 오른쪽의 팝업 차단 아이콘을 눌러 이 사이트의 팝업을 허용해 주세요.', en: 'Click the blocked pop-up icon at the right of the address bar and allow pop-ups for this site.' },
      { ko: '허용한 뒤 방금 누른 버튼을 다시 눌러 주세요.', en: 'Then press the button you just used again.' },
    ],
  },
  {
    id: 'fix-browser-unsupported',
    title: { ko: '지원하지 않는 브라우저나 환경이에요', en: 'This browser or device is not supported' },
    steps: [
      { ko: 'Windows PC의 최신 Chrome, Edge 또는 Whale로 다시 접속해 주세요.', en: 'Try again with an up-to-date Chrome, Edge or Whale on a Windows PC.' },
      { ko: '일부 인증기관은 macOS와 모바일 브라우저를 지원하지 않아요.', en: 'Some certificate authorities do not support macOS or mobile browsers.' },
      { ko: 'Windows에 다른 사용자가 로그인해 있으면 로그아웃한 뒤 다시 시도해 주세요.', en: 'If another Windows user is signed in, sign them out and retry.' },
    ],
  },
  {
    id: 'fix-session-expired',
    title: { ko: '접속 시간이 지나 연결이 끊겼어요', en: 'Your session has timed out' },
    steps: [
      { ko: '페이지를 새로고침하거나 첫 화면으로 돌아가 처음부터 다시 진행해 주세요.', en: 'Refresh the page or go back to the first page and start again.' },
      { ko: '다시 로그인한 뒤, 중간에 오래 멈추지 말고 이어서 진행해 주세요.', en: 'Sign in again and keep going without long pauses.' },
    ],
  },
  {
    id: 'fix-service-hours',
    title: { ko: '지금은 서비스 이용 시간이 아니에요', en: 'The service is not available right now' },
    steps: [
      { ko: '은행은 자정 앞뒤로 영업일을 바꾸는 동안 잠시 서비스를 멈춰요.', en: 'Banks pause briefly around midnight while switching the business day.' },
      { ko: '점검 중이라면 안내된 점검 시간이 끝난 뒤 다시 시도해 주세요.', en: 'During maintenance, retry after the announced window.' },
      { ko: '급하다면 평일 낮 시간에 시도하는 것이 가장 확실해요.', en: 'If it is urgent, weekday daytime is the safest time to try.' },
    ],
  },
  {
    id: 'fix-server-error',
    title: { ko: '사이트 서버에 일시적인 문제가 있어요', en: 'The site’s server has a temporary problem' },
    steps: [
      { ko: '잠시(5~10분) 기다린 뒤 다시 시도해 주세요. 계속 누르면 더 느려질 수 있어요.', en: 'Wait 5–10 minutes before retrying; repeated clicks can make it slower.' },
      { ko: '월말·연말, 점심시간, 평일 오전 9시 전후처럼 붐비는 시간은 피해 주세요.', en: 'Avoid busy times: month and year ends, lunchtime, weekday mornings around 9.' },
      { ko: '인터넷 연결을 확인하고, 회사·공용 네트워크라면 다른 네트워크로도 시도해 주세요.', en: 'Check your connection; on an office or public network, try another one.' },
      { ko: '같은 오류가 계속되면 오류코드를 적어 고객센터에 문의해 주세요.', en: 'If it keeps happening, note the error code and contact the customer centre.' },
    ],
    callCentre: true,
  },
  {
    id: 'fix-auth-code',
    title: { ko: '참조번호·인가코드를 쓸 수 없어요', en: 'The reference number or authorisation code was rejected' },
    steps: [
      { ko: '안내 메일이나 문자에 적힌 번호를 빈칸 없이 그대로 입력해 주세요. 0과 O, 1과 l을 헷갈리기 쉬워요.', en: 'Type the codes exactly as in the mail or text, without spaces; 0/O and 1/l are easy to mix up.' },
      { ko: '코드는 한 번만 쓸 수 있고 유효기간(기관마다 7~14일)이 있어요.', en: 'The codes are single-use and expire (7–14 days, depending on the authority).' },
      { ko: '기간이 지났거나 이미 썼다면 발급받은 은행이나 인증기관에서 새 코드를 받아 주세요.', en: 'If they expired or were used, get new ones from the bank or certificate authority.' },
    ],
    callCentre: true,
  },
  {
    id: 'fix-issue-failed',
    title: { ko: '인증서 발급·갱신이 거절되었어요', en: 'The issue or renewal was refused' },
    steps: [
      { ko: '인증서를 신청한 은행이나 인증기관(등록기관)에 갱신·재발급이 허용되어 있는지 확인해 주세요.', en: 'Ask the bank or registration authority that issued it whether renewal or reissue is allowed.' },
      { ko: '신청 후 발급 기한이 지났다면 처음부터 다시 신청해야 해요.', en: 'If the issue deadline after applying has passed, apply again from the start.' },
      { ko: '잠시 뒤 다시 시도해 보고, 같은 오류가 나오면 오류코드와 함께 고객센터에 문의해 주세요.', en: 'Retry a little later; if the same error returns, contact the customer centre with the error code.' },
    ],
    callCentre: true,
  },
  {
    id: 'fix-issue-limit',
    title: { ko: '이미 발급되었거나 발급 횟수를 넘었어요', en: 'Already issued, or the issue limit was reached' },
    steps: [
      { ko: '방금 발급이 끝났을 수 있어요. 인증서 창에서 새 인증서가 있는지 먼저 확인해 주세요.', en: 'The issue may have just completed: look for the new certificate in the dialog first.' },
      { ko: '하루 발급 횟수를 넘었다면 내일 다시 시도해 주세요.', en: 'If the daily limit was reached, try again tomorrow.' },
      { ko: '인증서가 보이지 않으면 고객센터에 발급 내역을 확인해 달라고 해 주세요.', en: 'If you cannot find it, ask the customer centre to check your issue history.' },
    ],
    callCentre: true,
  },
  {
    id: 'fix-email-not-received',
    title: { ko: '안내 메일이 오지 않았나요?', en: 'No guide or verification mail?' },
    steps: [
      { ko: '스팸함, 프로모션함 같은 다른 메일함을 확인해 주세요.', en: 'Check the spam and promotions folders.' },
      { ko: '입력한 이메일 주소에 오타가 없는지 확인해 주세요(예: naver.con, gmial.com).', en: 'Check the address for typos (e.g. naver.con, gmial.com).' },
      { ko: '몇 분 기다려도 없으면 사이트에서 메일을 다시 보내 주세요.', en: 'If nothing arrives after a few minutes, have the site resend it.' },
      { ko: '메일 속 코드는 한 번만, 정해진 기간 안에만 쓸 수 있어요.', en: 'Codes in the mail are single-use and expire.' },
    ],
  },
  {
    id: 'fix-cert-transfer',
    title: { ko: '인증서 이동(PC ↔ 스마트폰)이 되지 않았어요', en: 'Moving the certificate between PC and phone failed' },
    steps: [
      { ko: 'PC와 스마트폰에서 같은 메뉴(내보내기와 가져오기)를 고르고 있는지 확인해 주세요.', en: 'Check that the PC and the phone are on matching steps (export on one, import on the other).' },
      { ko: '화면에 나온 승인번호(인증번호)를 빠짐없이 입력해 주세요. 번호는 한 번만, 몇 분 안에만 쓸 수 있어요.', en: 'Type the whole approval number shown on the other device; it works once and only for a few minutes.' },
      { ko: '시간이 지났다면 처음부터 다시 시작해서 새 번호를 받아 주세요.', en: 'If it timed out, start again to get a new number.' },
      { ko: 'PC 쪽 인증서 이동 프로그램이 설치되어 있어야 해요. 안내에 따라 설치한 뒤 다시 시도해 주세요.', en: 'The PC needs the certificate-moving program; install it as prompted and retry.' },
    ],
  },
  {
    id: 'fix-device-blocked',
    title: { ko: '이 기기나 접속 위치에서는 막혀 있어요', en: 'Access from this device or location is blocked' },
    steps: [
      { ko: '은행에 ‘지정단말기’를 등록해 두었다면 그 PC에서만 이용할 수 있어요. 다른 PC라면 추가 인증으로 등록해 주세요.', en: 'If you registered designated devices with the bank, only those work; register this PC with the extra verification offered.' },
      { ko: '‘해외 IP 차단’을 신청했다면 해외나 VPN 접속이 막혀요. VPN을 끄고 다시 시도해 주세요.', en: 'If you signed up for foreign-IP blocking, access from abroad or through a VPN is refused; turn off any VPN and retry.' },
      { ko: '해제하려면 은행 고객센터나 영업점에 문의해 주세요.', en: 'To lift the block, contact the bank’s customer centre or a branch.' },
    ],
    callCentre: true,
  },
];
