import type { Problem } from '../../types';
import { any, near, opt, within } from '../lexicon';
import { ABOLISHED_THING, CERT_FOLDER_NOT_FOUND, CERTIFICATE_MOVE, DESKTOP_OS, KEY_PAIR_MISMATCH, OLD_CERTIFICATE, PICKED_BY_USER, RESPONDER_SAYS_REVOKED, SERVER_SLOW, SIMPLE_AUTH_PROVIDER, THIS_BROWSER_REFUSES, THIS_DEVICE_BARRED } from '../signals';

// The certificate itself: its password, its validity, its kind, its files and where it is kept.

const SECRET = any('암호(?!화|세션)', '비밀번호', '비번', '패스워드', 'password', '(?<![a-z])pin(?:번호)?', '핀번호');
/** The certificate's own secret: a bare PIN is more often a token's (storage), so it is left out. */
const CERT_SECRET = any('암호(?!화|세션)', '비밀번호', '비번', '패스워드', 'password');
const CERT = any('인증서', '전자서명', '개인키', '서명용', '공동인증', '공인인증', '금융인증');
const MEDIUM = any(
  '(?:지문)?보안토큰', '저장토큰', '바이오토큰', '웹보안토큰', '소프트보안토큰', 'hsm', '스마트카드', 'ic카드', '(?:전자)?공무원증', '이동식(?:디스크|드라이브)', '이동식(?!디스크|드라이브)', 'usb',
  '외장(?:디스크|메모리)', '저장(?:매체|장치|위치)',
  // Not reaching the cloud's store ("클라우드 저장소에 연결할 수 없습니다"): the network's part (server-error).
  // (The word first, then the look back: a look-behind leading an alternative is tried at every position.)
  '저장소(?<!클라우드저장소)', '저장소(?<=클라우드저장소)(?!(?:와|과|에)?(?:의)?(?:연결|접속|통신|조회))', '표준보안매체', '세이프하드', '스마트인증(?!모듈)', '스마트원', '휴대폰(?:인증서)?저장', '휴대폰(?:매체|인증서(?!버))',
  '브라우(?:저|져)(?:인증서|저장소|저장공간|저장용량)', '브라우(?:저|져)(?=에저장|로(?:복사|가져오|이동))', '안전디스크', '안전영역', '(?<!구글|원|키보드)드라이브(?!명)', '(?<!보안)매체', '미디어', '드라이브명', '보안디스크', '하드디스크', '하드(?!디스크)', '유심(?:칩)?', 'usim',
  'iccard', '(?<!유효|세션|xsrf|csrf|접근|액세스|인증|로그인|jwt|oauth|api|대기열|만료된|서버(?:로부터|에서)|유효하지않은|타임스탬프|시점확인|tsa)토큰(?!유효|형식|(?:이|가)?만료)', '(?:micro)?sd(?:card|카드)', '(?<![가-힣])디스크', '(?<![a-z])(?:security)?token(?![a-z])', 'smartcard', 'removabledisk',
  // English, without spaces: a token only where no other word is glued to it ("accesstoken" is a session).
  '(?:security|hardware|usb)token', 'token(?:pin|is|was|has)', 'usbdrive', 'storage(?:device|medi(?:a|um))', 'removable(?:drive|media|storage)',
);
/** What people do with certificate files on a medium. */
const FILE_OPERATION = any('복사', '내보내기', '가져오기', '백업', '복원', '저장', '삭제', '쓰기', '업로드', '이동');
/** "…사용할 수 없습니다", "…등록하실수 없습니다", "…쓰실 수 없습니다": what a new password may not be. */
const USE_NOT = '(?:(?:사용|포함|등록|설정)(?:할|될|하실)|쓰실|쓸)수없(?:습니다|어요)';
/** The advice to check what a word two problems share is about: "인증서 상태를 확인하십시오", "유효기간과 상태를 확인하신 후". */
const CHECK_ADVICE = '확인(?:하십시오|하세요|해주|하여주|하시기|바랍|하신후|하신뒤|한후)';
/** Its validity period, or its expiry, said with its status or revocation ("유효기간 또는 폐지 여부", "만료일 및 인증서 상태"). */
const STATUS_ADVICE = '(?:유효기간|만료(?:일|여부)?)(?:및|과|와|이나|또는|혹은|,|/)(?:인증서)?(?:의)?(?:상태|(?:폐지|폐기|효력정지)여부|효력)';
const NEW_SECRET = any('새(?:로운)?', '신규', '변경할', '변경될', '변경하실', '재입력(?:한|하신)?', '확인(?:을위한|용)') + opt('인증서') + SECRET;

/** A medium whose own PIN a message may be about. */
const PIN_MEDIUM = any('토큰', 'token', 'hsm', '매체', '카드', '(?:smart|ic)card', 'usb', '장치', '디스크', '유심', 'usim');

/**
 * Not a PC named as another than the designated or registered one ("지정되지 않은 PC에서", "지정단말기 외 PC에서", "미지정 PC에서",
 * "사고 단말기로 등록된 PC에서"): that is a device block, not one end of a move between devices. Nor this PC ("이 PC에서
 * 인증서를 찾지 못했어요"): where a search was made, not where a certificate went.
 */
const NOT_ANOTHER_PC = '(?<!(?:지정|등록)(?:되지|하지)않은|가아닌|외|등록된|미지정|미등록|(?<![가-힣])이)';
/**
 * Not a place looked in, gone to or logged in from: "PC에서 인증서를 찾을 수 없습니다" found none there, "…PC에서 접속하여 주십시오"
 * sends the user there, "다른 PC에서 동일한 인증서로 로그인하여 …" ended this session; none moves a certificate.
 */
const NOT_LOOKING = '(?!인증서(?:를|을|가|이)?(?:찾|검색)|접속|이용하|(?:동일한|같은)?(?:인증서|아이디|id)?(?:로)?로그인)';
/** The user's own certificate as the subject: "선택하신 인증서는 …", "고르신 인증서는 …", "해당 공동인증서는 …", "이 인증서는 …" (opening the message). */
const USERS_CERTIFICATE_IS = `(?:${PICKED_BY_USER}|해당|^이)(?:공동|공인|금융)?인증서(?:\\([^)]*\\))?(?:는|은|가|이)`;
/**
 * Not the name of a notice about it: "인증서 만료 예정 알림 서비스(SMS) 신청" is a menu item, "…만료 예정 표시가 됩니다" a list's mark,
 * "인증서 만료 예정, 로그인 알림 등 안내 메시지 수신" one of a list of notices; nor a kind absent from a list ("…인증서 중 만료 예정인
 * 인증서가 없습니다").
 */
const NOT_A_NOTICE =
  '(?!(?:일)?(?:알림|안내|통지|통보|공지|메일|문자|sms|서비스|목록|리스트|현황|표시|사실)|[,，·][^.]{0,24}등|(?:인)?(?:공동|공인|금융)?인증서(?:가|는|이)?없)';

export const certificateProblems: Problem[] = [
  {
    id: 'cert-password-wrong',
    category: 'cert-password',
    keywords: ['badpassword', '암호', '비밀번호', '비번', '패스워드', 'password', 'passwordattempts', 'pin', '핀번호', '복호화', 'decrypt', 'err_cert_pwd', '회실패', '회오류', '회연속', '잠긴', '잠겼', '잠금', '잠김', '패턴'],
    topics: [
      CERT + opt('의') + within(2) + SECRET,
      any('이전' + SECRET, '전자서명비밀번호'),
      // A certificate's backup file keeps its password: "PFX 파일의 비밀번호가 올바르지 않아 인증서를 가져올 수 없습니다".
      any('(?:(?:pfx|p12|pkcs#?12|인증서)(?:백업)?|백업)파일(?:\\([^)]*\\))?(?:의)?' + CERT_SECRET),
      // A bare "비밀번호가 맞지 않습니다" in a certificate dialog is most often the certificate's.
      [CERT_SECRET, 0.62],
      // 금융인증서 has a PIN or a pattern in the cloud, no medium: "PIN 번호를 5회 잘못 입력하여 금융인증서를 …".
      // …or a pattern: "패턴을 5회 잘못 입력하여 금융인증서를 사용할 수 없습니다".
      any('금융인증서(?:의)?' + within(6) + any(SECRET, '패턴'), any(SECRET, '패턴') + '(?=[^.?!]{0,24}금융인증서)'),
      // A pattern drawn against the one registered: "그린 패턴이 등록된 패턴과 다릅니다".
      '(?:그린|입력한|입력하신)패턴(?=[^.?!]{0,6}등록(?:된|하신|한)패턴)',
      // A bare PIN: 금융인증서's, most often now. Said with a token or another medium in the sentence, it is
      // the medium's (storage-media reads that), and a PKCS#11 code's name ("CKR_PIN_INCORRECT") is the token's.
      [any('(?<![a-z_])pin(?:번호)?(?<!' + PIN_MEDIUM + '[^.]{0,24}pin(?:번호)?)(?![^.]{0,30}' + PIN_MEDIUM + ')'), 0.8],
    ],
    reports: [
      // Typed wrong, in friendly words: "인증서 비밀번호를 잘못 누르셨어요. 천천히 다시 눌러 주세요".
      '인증서(?:의)?(?:비밀번호|암호)(?:를|을)잘못(?:누르|입력하|치)셨',
      // A password refused, tersely: "…: bad password".
      '(?<![a-z])badpassword(?![a-z])',
      // A key that would not open with the password, in English: "ERR_CERT_PWD: failed to decrypt private key with stored password".
      'failedtodecrypt(?:the)?privatekey', '^err_cert_pwd',
      // "입력한 암호로 개인키를 열 수 없습니다": the key will not open with what was typed.
      '입력(?:한|하신)(?:암호|비밀번호)(?:로|으로)(?:는)?(?:개인키|인증서)(?:를|을)?(?:열|복호화할|읽을|해제할)수없',
      any('인증서(?:가|이)?잠(?:겼|김)(?!해제)', '잠긴인증서(?:입니다|이므로)', '인증서(?:의)?(?:암호|비밀번호|pin)(?:가|이)잠(?:겼|김)(?!해제)'),
      // "비밀번호를 확인하세요" as a dialog's answer (often in parentheses after what failed).
      '^(?:이전|기존|현재)?(?:인증서)?(?:의)?' + CERT_SECRET + '(?:를|을)(?:다시)?확인(?:하세요|하십시오|해주세요|해주십시오)',
      CERT_SECRET + '확인(?:에|을)실패',
      // "인증서 비밀번호 입력 가능 횟수를 모두 사용했습니다": its tries used up.
      CERT_SECRET + within(8) + '횟수(?:를|가)?(?:모두|다)(?:사용|소진)',
      // "입력한 암호로 인증서를 열 수 없습니다": the password does not open it.
      '(?:암호|비밀번호|패스워드)(?:로|으로)(?:는)?(?:공동|공인|금융)?인증서(?:를|을)?(?:열|읽|해제)(?:수없|지못)',
      // The private key is kept encrypted with the password: its decryption failing is, most often, the password.
      '(?<!rsa)(?:개인키|pfx|p12)(?:파일)?(?:의|를|을)?복호화(?:에|를|가)?(?:실패|오류|에러|할수없|하지못)',
      // "인증서 비밀번호 입력 가능 횟수가 2회 남았습니다"
      SECRET + within(12) + '횟수가\\d+회남았',
      // "The password for the private key is incorrect."
      'passwordfor(?:the)?privatekey' + any('isincorrect', 'isinvalid', 'iswrong'),
      // "Private key could not be decrypted with the supplied passphrase."
      any('privatekey', 'keyfile') + within(12) + any('couldnotbedecrypted', 'cannotbedecrypted', 'failedtodecrypt', 'decryptionfailed'),
      // "You have exceeded the maximum number of password attempts for this certificate."
      // …or counted: "You have entered the wrong certificate password 5 times."; or as a label: "Invalid certificate password".
      // (After the message table's key too: "ERR_2417 : Invalid certificate password".)
      '^(?:[a-z]{1,4}_?\\d{1,6}[:：])?(?:invalid|incorrect|wrong)certificatepassword',
      'entered(?:the|an?)?(?:wrong|incorrect)(?:certificate)?password' + within(6) + 'times',
      'exceeded' + within(20) + 'passwordattempts',
      // "Your certificate password has been locked.", "…the certificate password is locked".
      'certificatepassword' + any('islocked', 'hasbeenlocked', 'waslocked', 'isnowlocked'),
      // A dialog's count of wrong tries: "3 회 실패. 5 회 연속 실패 시 인증서 선택창이 닫힙니다."
      '^[\\d*]+회(?:연속)?(?:실패|오류)',
      // Its wrong tries used up, and the certificate stopped for it: "비밀번호 오류 횟수를 초과하여 인증서를
      // 사용할 수 없습니다", "… 횟수 초과로 인증서 사용 불가".
      SECRET + '(?:입력)?(?:오류|틀린|실패)?(?:횟수|회수)' + within(8) + any('초과', '넘') + any('하여', '되어', '해서', '로', '으로', '어') + within(16) + '인증서' + within(10) + any('(?:사용|이용)(?:하실|할)수없', '(?:사용|이용)(?:이)?불가', '잠(?:겼|김|겨)', '정지'),
    ],
    // 금융인증서's secret is a PIN: "PIN 번호가 일치하지 않습니다. 5회 연속 오류 시 금융인증서 이용이 제한됩니다".
    context: '금융인증서',
    // What cannot be a password is a new one being set: "연속되거나 반복되는 숫자는 금융인증서 비밀번호로 사용할 수 없습니다".
    // …and a PIN whose medium the next sentence names is the medium's: "PIN 오류 (남은 횟수 1회). 초과 시 토큰이 잠깁니다";
    // and a wait that ran out closes the password window, no wrong password ("입력 대기 시간(5분)이 지나 … 창이 닫혔어요"); and a card's
    // own password is the card's ("카드 비밀번호가 틀렸습니다. … (1회 오류)" at a kiosk), an account's is the account's
    // ("출금계좌 비밀번호가 일치하지 않습니다. (1회 오류)"), and so are a code's and a medium's ("SMS 인증번호가 틀립니다.(2회 오류) …"), a portal's log-in locked is the account's ("비밀번호 5회 오류로 계정이 잠금
    // 처리되었습니다"), and a reset refused is the step's ("…점검 시간이므로 금융인증서 PIN 재설정을 할 수 없습니다"), and a transfer's is the app's; and a keyboard-security program missing is why
    // a password cannot be typed ("키보드보안 프로그램(TouchEn nxKey)이 설치되어 있지 않아 금융인증서 비밀번호를 입력할 수 없습니다").
    against: '(?:키보드보안|보안)(?:프로그램)?(?:\\([^)]*\\))?(?:이|가)(?:설치되어있지|설치되지|실행되지)않아|(?<![가-힣])(?:카드|송금)비밀번호|계정(?:이|은)?(?:잠금|잠김|잠겼|잠겨)|(?:pin|비밀번호|암호)(?:번호)?(?:의)?(?:재설정|초기화)(?:을|를)?(?:할|하실)수없|(?:(?:출금)?계좌비밀번호(?:\\d자리)?|(?:sms|문자|ars)?인증번호|보안카드(?:번호)?|otp(?:번호)?)(?=(?:가|이)(?:일치하지|틀|맞지|잘못|올바르지))|(?:비밀번호|암호|pin)(?:번호)?(?:로|으로)(?:는)?(?:사용|쓸|설정|지정|등록)(?:하실|할)?수없|(?<![a-z_])pin(?:번호)?[^.]{0,30}\\.[^.]{0,30}' + PIN_MEDIUM + '|(?:대기|입력)시간(?:\\([^)]*\\))?(?:이|을)?(?:초과|만료|경과|지나|지났)',
    weight: 0.9,
    severity: 'error',
    fix: 'fix-cert-password',
  },
  {
    id: 'new-password-rejected',
    category: 'new-password-rules',
    keywords: ['pw_', 'invalidpassword', '띄어쓰기', 'pwd_', 'passwd_', '이어서', '연달아', '빈칸', '공백', 'consecutive', '포함', '위배', '위반', '자이상', '패턴', '점을연결', '점이', '개미만', '암호', '비밀번호', '패스워드', 'password', 'pin', '인증번호', '연속', '반복', '같은', '동일', '특수문자', '영문', '숫자', '문자', '길이', '복잡도', '자리', '글자', '기호', '이전', '기존', '사용하실수없', '사용할수없'],
    topics: [
      NEW_SECRET,
      any(SECRET + opt(any('생성', '작성', '구성', '입력')) + '규칙', SECRET + opt('의') + any('길이', '형식', '조합', '복잡도', '규칙'), '복잡도', '(?:문자|숫자|영문자?|특수문자)(?:와|과|,|및)?(?:숫자|문자|특수문자)?조합'),
      any('(?:같은|동일(?:한)?)(?:문자|숫자|글자)', '연속(?:된|되는|적인|으로)?(?:\\d+개(?:이상)?의)?(?:문자|숫자|글자|영문)', '반복(?:된|되는)?(?:문자|숫자)', '(?:영문자?|숫자|문자)만으로', '특수문자', '공백문자'),
      // "Password rejected: do not use 3 or more sequential characters".
      '(?:sequential|consecutive|repeated|repeating)(?:characters|numbers|digits|letters)',
      // "암호와 확인 값이 다릅니다": the entry and its confirmation.
      [any(SECRET + '(?:와|과)' + SECRET + '확인', SECRET + '확인(?!에실패|을실패)', '확인' + SECRET, SECRET + '(?:와|과)확인(?:값|란|입력)'), 0.85],
    ],
    reports: [
      // The confirmation named first: "비밀번호 확인란 값이 위에 입력한 새 비밀번호와 다릅니다".
      '확인(?:란|칸|창)(?:의)?(?:값|내용)?(?:이|가)' + within(12) + SECRET + '(?:와|과)' + any('다릅', '달라', '일치하지않', '같지않'),
      // What was just typed, too short, first: "비밀번호가 너무 짧습니다 (최소 10자, 현재 {0}자)".
      '^' + SECRET + '(?:가|이)너무(?:짧|깁|길)',
      // A new password refused, with its rule: "Invalid password policy: 영문, 숫자, 특수문자를 모두 포함하여 10자리 이상".
      '^invalid(?:new)?passwordpolicy',
      // …or as an error code's name: "PWD_POLICY_VIOLATION: 영문자·숫자·특수문자를 섞어 10자리 이상으로 설정하셔야 합니다", "PWD_RULE_E04:
      // consecutive sequence detected (\"4567\")".
      '^[a-z_]{0,8}(?:pwd|passwd|password|pw)_?(?:policy|rule)_?(?:violation|violated|error|invalid|e?\\d{1,4})$|(?:consecutive|sequential|repeated)(?:sequence|characters|letters|digits|numbers)detected',
      // The repeat as what the user did: "같은 문자를 3번 넘게 이어서 쓰셨습니다(예: aaa, 111)".
      '(?:같은|동일한)(?:문자|숫자|글자)(?:를|을)' + within(12) + any('이어서', '연속(?:으로|해서|하여)?', '연달아', '반복(?:해서|하여)?') + within(6) + any('쓰셨', '쓰였', '입력하셨', '입력했', '사용하셨', '사용했'),
      // A space found in the new one: "입력하신 새 비밀번호에 빈칸(공백 문자)이 들어 있습니다".
      SECRET + '에' + within(4) + '(?:빈칸|공백|띄어쓰기)(?:문자)?(?:\\([^)]*\\))?(?:이|가)' + any('들어있', '들어가있', '포함되어있', '있(?:습니다|어요)'),
      // The two entries differ, in English: "Unable to set password: 'Confirm new password' isn't the same as 'New password'."; and too easy: "앗, 비밀번호가 너무 쉬워요".
      'confirm(?:ation)?(?:new)?password[\'’"”]?(?:isnotthesameas|doesnotmatch|isdifferent)|비밀번호(?:가|는)너무(?:쉬워|쉽|단순)',
      // In English, the new one refused with its reason: "New password rejected — it contains the same character three times in a row".
      'newpassword(?:was)?rejected|containsthesame(?:character|letter|digit|number)[^.?!]{0,20}(?:times|inarow)',
      // …or with the count first: "The password contains 3 or more same characters in a row."
      'contains\\d+(?:ormore)?(?:same|identical|repeated|consecutive)(?:characters|letters|digits|numbers)',
      // In English, what the new one holds: "The password you typed contains a run of 4 or more consecutive characters".
      'password[^.?!]{0,30}contains[^.?!]{0,30}(?:consecutive|repeated|sequential)(?:characters|letters|digits|numbers)',
      // English: "Password and Confirm Password do not match.", "The password and password confirm are not same."
      'confirm(?:ation)?password(?:do|does)?(?:not|n\'t)match|passwordand(?:the)?(?:password)?confirm(?:ation)?(?:password)?(?:are|is)(?:not(?:the)?same|different)',
      // A length told again after the entry: "입력한 비밀번호가 9자입니다. 10자 이상으로 다시 정해 주세요".
      // (The digits are looked behind for, after the literal: a regex that starts with \\d is tried at every digit.)
      '자이상(?:으로|을|를)?다시(?:정해|정하|설정|입력|만들|지정)(?<=\\d자이상(?:으로|을|를)?다시(?:정해|정하|설정|입력|만들|지정))',
      // A kind of character it lacks, said in full: "입력하신 비밀번호에 숫자가 포함되어 있지 않습니다".
      '(?:숫자|영문(?:자)?|특수문자|대문자|소문자)(?:가|이)포함되어있지않',
      // In English: "Invalid password: the new password does not contain a special character".
      'password' + within(20) + any('doesnotcontain', 'mustcontain', 'doesnothave', 'musthave', 'istooshort', 'istoolong', 'lacks'),
      // The entry and its confirmation apart: "인증서 암호와 암호 확인에 입력한 값이 서로 달라요".
      SECRET + '(?:와|과)' + SECRET + '확인(?:란|칸|창)?(?:에)?(?:입력(?:한|하신|된))?(?:값|내용)?(?:이|가)(?:서로)?(?:다릅|달라|다름|일치하지않|불일치|맞지않)',
      // "새 인증서 비밀번호에 연속된 숫자(123)가 포함되어 있습니다": what it may not hold.
      // (…or plainly: "입력하신 비밀번호에 연속된 숫자가 있어요"; or with its kinds between: "입력하신 비밀번호에 연속된 숫자나 키보드
      // 배열 순서(1234, qwer)가 포함되어 있습니다"; or with its count after: "…연속된 숫자가 3자리 이상 포함되어 있습니다"; or both: "…연속된 숫자 또는
      // 문자(123, abc 등)가 3자리 이상 포함되어 있습니다".)
      '(?:연속(?:된|되는)|반복(?:된|되는)|같은|동일한)(?:문자|숫자|글자)(?:(?:가|이)(?:포함되어있|(?:들어)?있(?:습니다|어요|음))|[^.]{0,24}(?:가|이)[^.]{0,12}포함되어있(?:습니다|어요))',
      // …or tersely, as a reason: "사유: 동일 숫자 또는 연속된 숫자 3자리 이상 포함"; or as what was done: "…같은 문자를 3자리 이상 반복했습니다".
      '(?:같은|동일한)(?:문자|숫자|글자)(?:를|을)[^.]{0,12}반복(?:했|하였|하셨)',
      // …or as what happened to it: "비밀번호에 동일 문자(aaa, 111 등)가 3회 이상 반복되었습니다".
      // (…or as its state: "입력하신 새 비밀번호에 동일 문자가 3자리 이상 반복되어 있습니다".)
      '(?:같은|동일(?:한)?)(?:문자|숫자|글자)(?:가|이)[^.]{0,12}반복(?:되었|됐|되어있)',
      '(?:연속(?:된|되는)?|반복(?:된|되는)?|같은|동일(?:한)?)(?:문자|숫자|글자)[^.]{0,16}포함$',
      // "…8자리로 최소 길이(10자리)에 미달합니다": too short for the rule.
      '(?:최소|최저)길이(?:에|를)?(?:미달|못미치)',
      // "특수문자 미포함 - …": a kind of character the new password lacks.
      '(?:특수문자|숫자|영문(?:자)?|대문자|소문자)(?:가|이)?(?:미포함|빠져있|빠졌)',
      // A list's terse statuses: "비밀번호 길이 부족", "연속·반복 문자 사용 불가".
      any(SECRET + opt('의') + '길이(?:가)?(?:부족|미달|초과)', '(?:연속|반복)(?:·|/|,|및)?(?:연속|반복)?(?:된|되는)?(?:문자|숫자)(?:는)?(?:사용|입력)(?:이)?불가'),
      // "입력하신 비밀번호에 동일 문자가 3회 이상 연속으로 사용되었습니다": the rule broken, as what the entry did.
      '(?:동일|같은)(?:한)?(?:문자|숫자|글자)(?:가|이)\\d+(?:회|번|자)이상(?:연속|반복)(?:으로|하여|해서|적으로)?(?:(?:사용|입력)(?:되었|됐)|되어있|되었|됐)',
      // "입력하신 새 인증서 비밀번호에는 특수문자가 없어서 쓸 수 없어요": a kind of character it lacks, as the cause.
      SECRET + '에는(?:특수문자|숫자|영문(?:자)?|대문자|소문자)(?:가|이)없(?:어서|어|으므로|기때문)',
      // "특수문자 ' \" \\ | 는 인증서 비밀번호에 쓸 수 없어요": characters the password may not hold, named.
      '특수문자' + within(12) + '(?:는|은)(?:인증서)?' + SECRET + '(?:에|에는)' + any('(?:쓸|쓰실)수없', '(?:사용|입력)(?:하실|할)수없'),
      // "비밀번호에 공백은 입력할 수 없습니다": spaces are a rule of the new password.
      '공백(?:은|을|이|문자는|문자를)?' + within(4) + any('입력', '사용', '포함') + '(?:할|하실|될)수없',
      // A new pattern too short: "패턴은 최소 4개 이상의 점을 연결해야 합니다".
      '(?:최소)?\\d+개이상의점을연결',
      // Length and mix: "10자 이상의 비밀번호를 입력하십시오", "길이가 10글자보다 작습니다"; or what must be entered, as a message
      // table says it after a short one, with the mix ("새 비밀번호는 영문, 숫자, 특수문자를 조합하여 10자리 이상 입력하셔야 합니다"; not a
      // guide's "…10자리 이상으로 만들어 주세요", nor a log-in's "공동인증서 비밀번호는 6자리 이상으로 입력하셔야 합니다").
        '(?:조합|혼합|포함)(?:하여|해서|해)\\d+(?:~\\d+)?(?:자|자리|글자)(?:이상|이하)?(?:으로|로)?입력하(?:셔야|여야)(?:합니다|해요)',
      any('(?<!뒤|후|다음)\\d+(?:자|자리|글자)(?:이상|이하)?의?' + opt('인증서') + SECRET + '(?:를|을)입력', '\\d+(?:자|자리|글자)(?:이상|이하)의' + opt('인증서') + SECRET, '\\d+(?:자|자리|글자)보다(?:작|짧|깁|길)', '길이가(?:너무)?(?:짧|깁|길)', '새' + SECRET + '(?:가|이)너무(?:짧|깁|길)', SECRET + '(?:의)?길이(?:가)?(?:너무)?(?:짧|깁|제한)'),
      any('(?:같은|동일한|연속된|연속되는)(?:문자|숫자|글자)' + within(3) + '\\d+(?:개|자|번|회)이상', '제한된' + SECRET + '입력형식'),
      // "생년월일, 전화번호 등 추측하기 쉬운 숫자는 사용할 수 없습니다"
      any('추측하기쉬운', '유추하기쉬운', '유추(?:가|할수있는)') + within(10) + '(?:사용|포함|입력)(?:할|하실|될)수없',
      any('(?:사용|입력)할수없는(?:특수)?문자', '(?:허용되지않는|사용불가(?:능한)?|입력불가(?:능한)?)(?:특수)?문자(?:\\([^)]*\\))?(?:가|이)포함', '(?:입력|사용)불가능한' + SECRET, '유효하지않은' + SECRET + '(?:유형|형식)', '두(?:개|번)?(?:의)?' + within(6) + SECRET + '(?:가|이)' + opt('서로') + any('일치하지않', '다릅', '같지않', '동일하지않'), SECRET + '(?:가|이)서로', any('이전', '기존', '현재') + within(16) + SECRET + within(6) + any('동일', '같')),
      any('(?:하나|1개|한개)이상포함하(?:십시오|세요|여주)', '(?:영문자?|숫자|특수문자|문자)' + within(16) + '각각(?:\\d+(?:자|개)|하나|한개)이상' + opt('씩') + '포함(?:하여야|해야|되어야|하십시오|하세요|해주|하여주)', '(?:생성)?규칙(?:에|을)?(?:위배|위반)', '\\d+자(?:리)?이상(?:\\d+자(?:리)?이하)?(?:으로|로)변경', '["\'|\\\\]' + within(8) + '(?:는|은)?사용(?:하실|할)수없'),
      // (Not a step of a guide, after the one before it: "사용할 인증서를 고른 뒤 6자리 비밀번호를 입력하세요".)
      '(?<!뒤|후|다음)\\d+(?:자|자리|글자)(?:이상|이하)?의?' + within(6) + SECRET + '(?:를|을)입력',
      // A token's or card's PIN length: "IC카드 암호는 8자리 이하입니다" goes to storage; this is the certificate's.
      any('\\d+자(?:리)?이상포함되어(?:있어)?야', '(?:소문자|대문자|숫자|기호|특수문자)(?:가|를)\\d+(?:자|개)이상'),
      // The same password again: "이전 비밀번호와 새로운 비밀번호가 같습니다", "기존 인증번호와 동일합니다"
      // …and the one in use: "현재 사용 중인 비밀번호와 동일한 비밀번호로 변경할 수 없습니다", "지금 쓰고 있는 인증서 암호와 똑같은 …".
      near(any('이전', '기존', '현재', '지금', '초기', '임시') + '(?:(?:사용중인|사용하시는|사용하는|사용하고있는|쓰고있는|쓰시는|쓰는|설정된|(?:사용하|쓰)고계신)(?:(?:공동|공인|금융)?인증서)?)?' + any(SECRET, '인증번호'), any('같습니다', '동일합니다', '같아', '동일하', '동일한', '같은', '똑같', '일치합니다'), 16),
      // "아이디와 비밀번호는 같을 수 없습니다", "아이디와 비밀번호 앞4자리가 동일합니다": what the new one may not equal.
      any('아이디', '(?<![a-z])id', '사용자명', '생년월일', '전화번호') + '(?:와|과)' + SECRET + within(8) + any('(?:같을|동일할)수없', '동일합', '동일하', '같습'),
      // "영문, 숫자, 특수문자 중 2가지 이상을 혼합하여 입력하세요": the mix asked for.
      '(?:영문자?|숫자|특수문자|문자)' + within(16) + '중(?:\\d|두|세)(?:가지|개|종류)이상' + opt(any('을', '를')) + any('혼합', '조합', '포함', '사용'),
      // "이전에 사용한 비밀번호입니다": the new one was used before.
      any('이전', '기존', '직전', '최근') + '에?' + any('사용', '쓰') + any('한', '했던', '하신', '하셨던', '던') + SECRET + '(?:입니다|예요|이에요)',
      // …or said as a ban: "기존 비밀번호를 다시 사용할 수 없습니다", "이전에 사용한 비밀번호는 재사용할 수 없습니다".
      any('이전', '기존', '직전', '예전', '과거', '사용했던', '사용한') + within(6) + SECRET + within(6) + any('다시사용', '재사용') + '(?:(?:할|하실|될)수없|불가)',
      // "비밀번호는 최소 8자 이상입니다": the length rule as the dialog's answer.
      '(?<!카드|토큰|매체)' + SECRET + '(?:은|는)(?:최소|최대)?\\d+(?:자|자리|글자)(?:이상|이하|까지)(?:\\d+(?:자|자리|글자)(?:이하|까지))?(?:입니다|이어야|가능합니다)',
      // The two entries differ; at the start of a message this is the confirmation field.
      any('^' + any('비밀번호', '암호', '패스워드') + '가일치하지않', '적합하지않은' + SECRET),
      // "Passwords do not match.": two entries, the new one and its confirmation.
      any('passwords' + any('donotmatch', 'don\'tmatch', 'mismatch'), 'password(?:and(?:the|its)?)?confirmation' + within(12) + any('doesnotmatch', 'donotmatch', 'mismatch')),
      // "The new password must be different from the old one", "The password cannot contain spaces".
      'password' + within(16) + any('doesnotmeet(?:the)?(?:requirements|policy|rules)', 'mustbedifferent', 'mustnotbethesame', 'cannotcontain', 'mustnotcontain', 'cannotbethesame', 'issameas', 'isthesameas'),
      // A list's terse rule, as the answer: "이전 인증서와 동일한 비밀번호 사용 불가".
      '(?:이전|기존|현재)' + within(10) + '(?:와|과)(?:같은|동일한)(?:비밀번호|암호)(?:사용|설정)불가$',
      // What it is made of: "연속된 숫자로 된 비밀번호예요".
      '(?:연속|반복)(?:된|되는)(?:숫자|문자|글자)(?:로|으로)(?:된|이루어진|구성된)(?:비밀번호|암호|pin)(?:입니다|예요|이에요)|(?:연속|반복)(?:된|되는)(?:숫자|문자|글자)(?:\\([^)]*\\))?(?:로|으로)(?:되어|이루어져|구성되어)있(?:습니다|어요)',
      // What was typed, by its length: "입력하신 비밀번호는 8자리입니다. 10자리 이상으로 …".
      '입력(?:하신|한)(?:새)?(?:비밀번호|암호)(?:는|은)\\d+(?:자|자리|글자)(?:입니다|예요|이에요)',
      // "변경할 암호가 현재 인증서 암호와 같아요": the new one is the one in use.
      '(?:변경할|변경하려는|바꿀|새|신규)(?:암호|비밀번호)(?:가|이|는)' + within(4) + '(?:현재|기존|이전)(?:공동|공인|금융)?인증서(?:의)?(?:암호|비밀번호)(?:와|과)(?:같|동일)',
      // What the new one may not be, found: "입력하신 PIN이 생년월일과 같아서 사용할 수 없어요".
      SECRET + '(?:이|가)' + within(4) + any('생년월일', '생일', '전화번호', '휴대폰번호', '주민등록번호', '아이디', '(?<![a-z])id', '계좌번호') + '(?:와|과)' + any('같아', '같습', '같으', '동일하', '동일합'),
      // The second drawing or entry unlike the first: "확인용으로 그린 패턴이 처음 그린 패턴과 달라요".
      '(?:확인용|확인|재입력)(?:으로)?(?:그린|입력한|입력하신)' + any('패턴', SECRET) + within(16) + any('달라', '다릅', '일치하지않', '같지않'),
      // …or said against the first alone: "처음 그린 패턴과 다릅니다. 다시 그려 주세요".
      '처음(?:그린|입력한|입력하신)' + any('패턴', SECRET) + '(?:과|와)' + any('달라', '다릅', '일치하지않', '같지않'),
      // A pattern too short: "연결한 점이 4개 미만입니다".
      '(?:연결한|이은|그린)점(?:이|의개수가)?\\d+개미만',
      // "New password does not meet the requirements", "…is too short". (Not what it must be: "Your password must be
      // at least 10 characters long" is as often the form's own rule.)
      '(?:new|your)password' + any('doesnotmeet', 'istooshort', 'cannotbethesame'),
      // "1111, abcd처럼 반복되거나 연속된 문자가 포함된 암호입니다": what the typed one holds.
      '(?:문자|숫자)(?:가|이)포함된(?:암호|비밀번호|pin)(?:입니다|예요|이에요)',
      // "같은 문자가 연달아 3개 들어가 있어요": the repeat found in what was typed.
      '(?:같은|동일한|연속된)(?:문자|숫자|글자)(?:가|이)' + within(6) + '\\d+(?:개|자|번|회)(?:이상)?' + any('들어가있', '들어있', '포함되어있', '(?:입력|사용)되어있', '(?:입력|사용)되었'),
      // …or with the count first: "3자리 이상 연속된 문자 또는 숫자가 포함되어 있습니다".
      '\\d+(?:개|자|자리|번|회)이상(?:연속|반복)(?:된|되는)(?:문자|숫자|글자)' + within(12) + '(?:가|이)' + any('포함되어있', '들어있', '들어가있', '(?:입력|사용)되었'),
      // …or both kinds named: "연속되거나 반복된 숫자가 포함되어 있어요".
      '(?:연속|반복)(?:되거나|또는|이나|·|/)(?:연속|반복)(?:된|되는)(?:숫자|문자|글자)(?:가|이)' + any('포함되어있', '들어있', '들어가있'),
      // "동일문자 반복 사용됨": a repeat found.
      '(?:동일|같은|연속)(?:한|된)?(?:문자|숫자|글자)(?:반복|연속)(?:사용|입력)?(?:됨|되었|됐|하였|했)',
      // A character not allowed, as a terse label: "사용 불가 문자 포함 (' \" \\ 공백)".
      '(?:사용|입력)불가(?:능한)?(?:특수)?문자(?:가|를)?포함',
      // …or said with the count between: "새 암호에 같은 문자가 3번 넘게 연속으로 들어갔어요".
      '(?:동일한|같은)(?:문자|숫자|글자)(?:가|이)' + within(12) + '(?:연속|반복)(?:으로|해서|하여|적으로)?(?:들어갔|들어가있|입력되었|입력됐|사용되었|사용됐)',
      // "입력하신 암호에 특수문자가 빠져 있습니다": a kind of character it must hold is missing.
      any('(?:특수문자|숫자|영문자?|영어|대문자|소문자)(?:가|이)' + any('빠져있', '빠졌', '누락(?:되었|됐|되어)')),
      // What is said of a password after the word, in one pass (each phrase starting with it would try every
      // spelling at every position); last, so that an earlier phrase is the reading where both match:
      SECRET +
        any(
          // "입력하신 비밀번호는 조건에 맞지 않습니다": the rules, whichever they are (or the policy named at once: "변경된 비밀번호 정책에
          // 맞지 않습니다").
          any(any('은', '는', '이', '가') + within(4), '(?=정책)') + any('조건', '규칙', '생성규칙', '작성규칙', '정책', '기준') + opt(any('에', '을', '이')) + any('맞지않', '부합하지않', '충족하지', '만족하지', '위배', '어긋'),
          '(?:를|을)' + within(24) + '조합' + any('으로입력', '하여입력'),
          // A rule stated as the dialog's answer to a new password: "인증서 비밀번호는 10자리 이상이어야 합니다",
          // "숫자가 2자 이상 포함되어 있어야 합니다", "인증서 암호는 연속된 문자/숫자 3자리 이상 사용할 수 없습니다".
          // (Not how to type it: "비밀번호는 직접 입력해 주세요" asks that it not be pasted.)
          '(?:은|는)' + within(70) + any('이어야', '이여야', '있어야', '포함(?:되어야|되어있어야|하여야)', USE_NOT, '(?:구성|조합)(?:되어야|해야|하여야)', '조합하여야', '(?:이상|이하)?(?:으로|로)?(?<!직접|다시|정확히|정확하게|먼저)입력(?:해|하여)?주'),
          // "이용자관리비밀번호로 사업자등록번호를 쓰실 수 없습니다": what the new one may not be.
          '(?:로|으로)(?:는)?' + within(20) + USE_NOT,
          // "비밀번호에 특수문자를 포함하여 입력해 주세요"
          '에' + within(16) + '포함(?:하여|해서|시켜)' + opt('다시') + '입력',
          // "비밀번호에 아이디를 포함할 수 없습니다": what the new one may not hold.
          '(?:안|내)?에' + within(16) + '(?:포함|사용|입력)(?:할|하실|될)수없',
          // "비밀번호에 숫자가 포함되어야 합니다"
          '에' + within(16) + '포함(?:되어야|되어있어야|해야|하여야)',
          within(8) + '공백(?:이|문자가)포함되어있',
          // "비밀번호는 8~20 자리이내 입니다"
          '(?:은|는)' + '\\d+[~-]\\d+(?:자|자리|글자)?(?:이내|사이|까지)',
          '(?:은|는)' + within(30) + '(?:이상|이하)(?:으로|로)입력(?:하세요|하십시오|하십시요|해주|하여주)',
          // "입력하신 새 비밀번호가 10자 미만입니다": what was entered falls short of the length.
          opt(any('가', '이', '는', '은')) + within(4) + '\\d+(?:자|자리|글자)(?:미만|초과)(?:입니다|이므로|예요|이에요|$)',
          opt(any('생성', '작성', '구성')) + '규칙(?:을|을다시)?확인',
        ),
    ],
    // A count of wrong tries is about the password in use: "비밀번호가 일치하지 않습니다. (3/5)", "(누적 오류 3회)".
    // (…nor an e-mail address's characters: "E-mail 주소에 사용할 수 없는 문자가 포함되어 있읍니다".)
    against: '(?:e-?mail|이메일|메일)주소|[(\\[]\\d+/\\d+[)\\]]|(?:횟수|회수)[:：]?\\d+/\\d+|누적(?:오류|실패|틀림)|(?:오류|실패|틀림)(?:횟수)?[:：]?(?:\\d+|%d|\\{\\d\\})회|(?:\\d+|%d|\\{\\d\\})회(?:연속)?(?:오류|실패|틀림)|남은(?:입력)?(?:횟수|기회)|\\d+(?:회|번)(?:의기회가|더)?남았',
    weight: 0.92,
    severity: 'warning',
    fix: 'fix-new-password-rules',
  },
  {
    id: 'cert-expired',
    category: 'cert-expired',
    keywords: ['pastits', '만료', '유효기간', '유효하지', '경과', '도과', 'expire', 'validityperiod', 'notyetvalid', 'not_yet_valid', '갱신필요', '갱신요망', '지났', '지난', '남았', '인증서', '갱신기간', '갱신가능기간'],
    // "만료되었습니다" alone may be a session or a licence: the certificate or its validity must be the subject.
    // Not "참조번호의 유효기간": another thing's validity.
    // "인증서 만료": the certificate named right before the word.
    topics: [any('인증서(?:의)?유효기간', '(?<!인증|[가-힣]의|코드|번호)유효기간', '인증서(?:의|가|이)?(?=만료)', '(?:클라우드|금융인증서)(?:의)?(?:이용|보관|사용)기간', '(?:만료|유효기간이지난|기간이경과한)(?:된)?(?:공동|공인|금융)?인증서')],
    reports: [
      // Its force ending in a number of days: "고객님의 인증서 효력이 %d일 뒤 종료됩니다. 지금 갱신하시겠습니까?".
      '인증서(?:의)?(?:효력|유효기간)(?:이)?(?:\\d+|%d|\\{\\w{1,20}\\})일(?:뒤|후)(?:에)?(?:종료|만료)(?:됩니다|돼요|될예정)',
      // A certificate with its countdown after it: "[만료예정] 서명용 인증서 (D-7)".
      '인증서\\(d-\\d+(?:일)?\\)$',
      // In English, the one the user picked: "The certificate you selected has been expired (Expiration : 2024-03-14).", "The
      // certificate that you chose has already expired."
      'certificate(?:that|which)?you(?:selected|chose|picked|havechosen|haveselected)(?:has|had)?(?:been|already){0,2}expired',
      // In English, the user's own with its kind between: "…your Joint Certificate (Personal, Banking/Insurance) will expire on 2025-03-14 (D-7)."
      'your[a-z]{0,24}certificate\\([^)]*\\)willexpire',
      // Its term ended on a date: "선택하신 인증서는 유효기간이 2024-11-30 에 끝났습니다".
      '유효기간이\\d{4}[.\\-/]\\d{1,2}[.\\-/]\\d{1,2}\\.?(?:일)?(?:에|로|부로|자로)?(?:지|끝)났',
      // In English, past its term: "It is past its validity period and can't be used to sign …".
      'pastits(?:validity|expiry|expiration)',
      // A module's key for it: "[MagicLine4NX] ERR_CERT_EXPIRED (3003) 유효기간이 만료된 인증서".
      '(?<![a-z])cert_?expired',
      // (Its end date passed, not those whose date passed as a class: "…만료일이 지난 인증서를 목록에 표시하지 않도록 설정할 수 있습니다".)
      any('만료(?:된|한|예정|예정인|임박|임박한)(?:구|신|기존)?(?:공동|공인|금융)?인증서(?:입니다|이므로|로인해|이오니|예요|이에요|(?:이)?라서|(?:이)?라(?=[가-힣]))', '(?<!요청(?:이|가)?|요청시간(?:이)?)만료(?:되었|됐|되어|됨|예정|임박|입니다|될예정)(?<=인증서(?:[^.?!]|(?<=\\d)\\.(?=\\d)){0,30}만료(?:되었|됐|되어|됨|예정|임박|입니다|될예정))' + NOT_A_NOTICE, '인증서' + within(6) + '만료(?:예정|임박)' + NOT_A_NOTICE, '(?:만료|유효기간)(?:가|이|일이)?임박(?:한|하였|했)', '만료일이지(?!난(?:공동|공인|금융)?인증서(?:를|는|은|도))', '(?<!보유|보존|보관)(?:유효)?기간이' + within(4) + '(?:지|끝)(?:났|난(?!(?:인증서|내역|자료|기록|이력)(?:는|은|도|의경우)|경우))',
        // …and its validity running out as the cause ("…자로 유효기간이 끝나 서명이력을 확인할 수 없습니다"); not any
        // window ("발급 가능 기간이 지나 …" is the issue's).
        '유효기간이' + within(4) + '(?:지|끝)나(?=서|[가-힣])(?!면|기|는|도|지|게|야)', '(?<!보유|보존|보관)기간이경과', '(?:유효)?기간경과$', '인증서(?:유효)?기간만료(?:됨)?$', '기간(?:이)?도과(?:되었|됐|하였|했|된|한)', '^(?:인증서)?만료일(?:이)?경과$', '^(?:인증서)?상태[:：]?(?:(?:유효)?기간)?만료(?:됨)?$', '유효기간(?:이)?시작(?:일|되기)?(?:전|이전)(?:인|의)(?:공동|공인|금융)?인증서', '^만료됨$', '경과(?:된|한)인증서(?![는은])', '(?<!after(?:the|a|an|its|your)?)certificate' + within(12) + '(?<!,|(?:^|[^a-z])an?|(?:would|could|might|will)have)expired'),
      // 금융인증서's term in the cloud: "클라우드 이용기간이 만료되어 금융인증서를 사용할 수 없습니다".
      '(?:클라우드|금융인증서)(?:의)?(?:이용|보관|사용)?기간(?:이)?(?:만료|경과|지나|지났|끝나|끝났)',
      // A countdown: "인증서 만료 D-5" (its number is read as a trailing code and taken off).
      // (…its number a placeholder: "금융인증서 만료 D-{0} · 지금 갱신하고 …".)
      '만료(?:일|까지)?d(?:-(?:\\d+|\\{\\w{1,20}\\}|%d))?(?:$|(?=[·:：]))',
      // …or after the status, in brackets: "만료 예정 (D-12)".
      '만료(?:예정|임박)\\(d-\\d+(?:일)?\\)$',
      // "공동인증서 유효기간이 D-7 남았습니다": the countdown, said as what is left.
      '(?:유효기간|만료일?)(?:이|까지)?d-\\d+(?:일)?(?:남았|남음)',
      // …or in words: "인증서 만료 12일 전입니다".
      '만료(?:일)?\\d+일전(?:입니다|이에요|예요|이므로)',
      // "…: 갱신 기간이 얼마 남지 않았습니다": the time left before expiry, said as short.
      '(?:만료|유효기간|갱신기간)(?:일|까지)?(?:이|가)?얼마(?:남지않|안남)',
      // …or with what it calls for: "D-7 갱신 필요".
      '^d-\\d+(?:일)?갱신(?:필요|요망|대상)',
      // In the renewal window, so expiring: "갱신기간 내 구인증서입니다".
      '갱신(?:기간|가능기간)(?:내|안|중)(?:의)?(?:구|신|기존)?인증서(?:입니다|예요|이에요)',
      // In English, its validity over: "The validity period of this certificate ended on 2025.02.14.", "The validity period of selected
      // certificate is finished."
      '(?<!whose|if|when|once|after)validityperiod(?:of(?:this|your|the|selected|theselected)certificate)?(?:has|is)?(?:ended|finished|over)',
      // Expiry ahead: "인증서가 곧 만료됩니다", "Your certificate will expire in 7 days".
      any('인증서' + within(8) + '곧만료(?:됩|될|되|예정)', 'certificate' + within(12) + 'willexpire', 'expiresin\\d+days?'),
      // …of the user's own certificate, on a date: "선택하신 인증서는 2025년 07월 14일에 만료됩니다".
      // (A date between may have its dots: "고객님의 공동인증서가 2025.03.14에 만료돼요".)
      any('선택하신', '선택한', '고객님의', '사용하시는', '사용중인') + opt(any('공동', '공인', '금융')) + '인증서(?:는|은|가|이)(?:[^.?!]|(?<=\\d)\\.(?=\\d)){0,24}만료(?:됩니다|돼요|될예정|예정(?:입니다|이에요|예요))',
      // The term with its date, passed, as the cause: "선택하신 공동인증서는 유효기간(2024.11.30)이 지나 로그인에 사용할 수 없습니다".
      '유효기간(?:\\([^)]*\\))?이지나(?![면도지기])(?=[가-힣])',
      // "만료된 인증서로는 로그인할 수 없습니다"
      '(?:만료|유효기간이지난|기간이만료)(?:된)?(?:공동|공인|금융)?인증서로(?:는)?' + any('로그인', '이용', '사용', '거래', '서명', '접속') + any('(?:하실|할)수없', '(?:이)?불가(?!능)'),
      // "아직 유효하지 않은 인증서", "유효하지 않은 인증서" in a list: not valid (yet).
      // …and "아직 유효기간이 시작되지 않았습니다", "인증서 유효 시작일 이전입니다", "선택하신 인증서는 아직 사용 시작일 전입니다":
      // its validity begins later. (The words before the look-behind: one that leads is tried at every position.)
      any('(?:유효(?:기간)?시작|(?:사용시작|사용가능|효력발생)(?<=인증서[^.?!]{0,12}(?:사용시작|사용가능|효력발생)))(?:일|일자|일시|시각|기간)(?:이)?(?:이전|전)(?:입니다|이에요|예요|이므로|이라)', 'not_?yet_?valid', '(?:사용|유효)기간이시작되지않은(?:공동|공인|금융)?인증서', '아직유효하지않', '^(?:인증서(?:의)?)?유효기간(?:이)?시작되지않', '유효기간(?:이)?아직시작(?:되지않|전)', '아직(?:사용|이용)(?:하실|할)수없는(?:공동|공인|금융)?인증서', '(?:^|인증서(?:의)?)유효기간(?:이)?시작전(?:입니다|$)', '^유효하지않은인증서$', '아직유효기간(?:이)?시작되지않',
        // "아직 사용 시작일이 되지 않은 인증서입니다", "아직 효력이 시작되지 않은 인증서입니다" (or "…발생하지 않은 …").
        '(?:사용|유효)시작(?:일|일자|일시)(?:이|가)?(?:되지않은|아닌|도래하지않은)(?:공동|공인|금융)?인증서', '효력(?:이)?(?:아직)?(?:시작|발생)(?:되지|하지)않은(?:공동|공인|금융)?인증서'),
      '(?:유효기간|기간)(?:이)?경과(?:된|한)?(?:공동|공인|금융)?인증서',
      // A certificate list's status: "만료 15일 전", "7일 후 만료", "인증서 20일 남음".
      any('만료[\\d*]+일전$', '[\\d*]+일(?:후|뒤)(?:에)?만료(?:됩니다|돼요|되어요|될예정|예정|$)', '인증서(?:만료)?[\\d*]+일남(?:음|았)'),
      // "인증서 유효 기간이 7일 남았습니다"
      near(any('유효기간', '만료(?:일|기간)?'), '(?:\\d+|\\[?%[ds]\\]?|\\{\\d\\})일(?:이내로|이내|안으로|미만으로)?(?:이|밖에)?남(?:았|은인증서(?!에만|에한해|만))', 8),
      // …with the date between: "…인증서 만료일이 2024.07.15 로 9일 남았습니다", "…유효기간이 2025-03-02 까지로 5일 남았습니다".
      '(?:유효기간|만료일)(?:이|은)?(?:\\d{4}[.\\-/]\\d{1,2}[.\\-/]\\d{1,2}\\.?|\\{\\w{1,20}\\}|%s)(?:까지)?(?:로|으로)?,?(?:\\d+|\\{\\d\\}|%d)일(?:이)?남(?:았|음)',
    ],
    // A word it shares with others ("사용할 수 없는 인증서입니다"), read with the advice to check its term.
    // (…or with its revocation: "인증서의 유효기간 또는 폐지 여부를 확인하세요".)
    context: '(?:' + STATUS_ADVICE + '|유효기간(?:(?:인증서)?(?:의)?상태)?)(?:를|을)?' + CHECK_ADVICE,
    // "발급용 임시비밀번호의 유효기간이 지났습니다": the issue code's term, not the certificate's; nor one a status look-up found revoked
    // ("…유효하지 않은 인증서 (status=revoked, …)").
    against: '(?:qr|큐알)(?:코드)?(?:이|가)?만료|status[=:：](?:revoked|suspended|onhold)|(?:임시비밀번호|임시번호|인가코드|인가번호|참조번호|발급코드)(?:의)?(?:유효기간|유효시간|기간)|authentication(?:number|code)|verificationcode|(?:쿠폰|상품권|포인트|마일리지|이용권)(?:은|는|이|가|의)',
    weight: 0.85,
    severity: 'warning',
    fix: 'fix-cert-expired',
  },
  {
    id: 'cert-revoked',
    category: 'cert-revoked',
    keywords: ['손상', '폐지', '폐기', '기관에서해지', '취소된', '정지', '상실', '소멸', '말소', '무효', '중지', '해지된인증서', 'revoked', '상태', '신뢰할수없', 'crl', '유효', 'suspended', 'certificate', '더이상', '효력'],
    topics: [[any('인증서(?:의)?상태', '인증서(?:의)?유효성(?:검증|확인)?', '(?:폐지|폐기|효력정지|효력이정지)(?:처리)?된(?:공동|공인|금융)?인증서', '^(?:폐지|폐기|효력정지)(?:공동|공인|금융)?인증서$', '(?:폐지|폐기|효력정지)상태(?:의|인)(?:(?:공동|공인|금융)?인증서|전자증명서)'), 0.9]],
    reports: [
      // Its state said of the certificate: "MagicLine: OCSP 응답 결과 인증서 상태가 '효력정지'입니다" (its quotes are taken off in wording.ts).
      '인증서(?:의)?상태(?:가|는)(?:폐지|폐기|효력정지|정지)(?:입니다|이므로|이어서|예요|이에요)',
      any('(?<!아직)유효하지않(?:는|은)인증서(?:입니다|이므로|로(?!는)|라서|라(?=[가-힣]))', '^인증서가유효하지않', '^유효한(?:공동|공인|금융)?인증서가아닙'),
      // Its status, said as such: "이 인증서는 유효하지 않은 상태예요".
      '(?<!아직)유효하지않은상태(?:입니다|예요|이에요|이므로)',
      // Not "(갱신되었습니다.) 기존 인증서는 폐기되었습니다": the old one goes when a new one comes.
      // "분실 신고로 효력이 정지된 상태입니다"
      '효력이정지(?:된|되어있는)상태(?:입니다|예요|이에요|이므로)',
      '(?:폐지|폐기|효력정지)(?:처리)?(?:된|되어있는)상태(?:입니다|예요|이에요|이므로|라서|라(?=[가-힣])|여서|로(?=[가-힣]))',
      // "취소된 인증서입니다": revoked, in some CAs' words (not a registration withdrawn, "등록 취소된 인증서").
      '(?<!승인|등록|이)취소(?:된|처리된)(?:공동|공인|금융)?인증서(?:입니다|이므로|예요|이에요)',
      // "제출한 … 인증서는 현재 폐기되어 있어요": its standing state, said of it.
      '인증서(?:는|가|이)' + within(12) + '(?:폐기|폐지|효력정지|효력이정지|정지)(?:되어|돼)있',
      // A list's terse status: "인증서 효력정지 상태", "폐지 상태". (Not "폐지된 인증서" alone, which a
      // certificate dialog's legend uses as it uses "만료된 인증서".)
      '(?:폐지|폐기|효력정지)상태$',
      '(?:폐지|폐기|효력정지)상태(?:이므로|이오니|입니다|이니|이기|라서|라(?=[가-힣])|여서)',
      // …and as the cause of a refusal: "인증서 효력정지 상태로 이체 결재가 불가합니다" (not "…상태로 변경되었습니다").
      '(?:폐지|폐기|효력정지)상태로(?=[^.?!]{0,16}(?:불가|수없|않))',
      // Official words: "효력을 상실한 인증서", "말소된 인증서", "무효한 인증서", "효력이 소멸되었습니다" (not a date counted from it:
      // "…효력이 소멸한 날로부터 10년간 보관합니다").
      any('효력(?:을|이)?(?:상실|소멸)(?:한|된|되었|됐|하였|했)(?!날|때|후|이후|시점)', '(?:말소|무효(?:화)?)(?:된|한|처리된)(?:공동|공인|금융)?인증서(?:입니다|이므로|예요|이에요|$)'),
      // …or as "label: value": "인증서 상태: 폐기".
      // (…also "정지", in a parenthesis after the message: "사용할 수 없는 인증서입니다 (상태: 정지)".)
      '(?:^|인증서)상태[:：]?(?:폐지|폐기|효력정지|정지|유효하지않음|무효)(?:됨)?(?:$|(?=[-–—]))',
      // …or a responder's field in English.
      RESPONDER_SAYS_REVOKED,
      // Windows' certificate viewer: "이 인증서는 해당 인증 기관에서 해지했습니다."
      '인증기관에서(?:해지|폐지)(?:했|하였|되었|됐)',
      // …or a message table's placeholder for it: "사용할 수 없는 인증서입니다. (상태: %s)".
      '^(?:인증서)?상태[:：](?:%s|%\\d\\$s|\\{\\d\\})$',
      // "이 인증서는 현재 사용할 수 없는 상태입니다": its status forbids use, whichever it is.
      '인증서(?:는|가)(?:현재|지금)?(?:사용|이용)(?:하실|할)수없는상태(?:입니다|예요|이에요)',
      // …or as the reason after a failed check: "인증서 검증 실패 – 효력이 정지된 인증서".
      '(?:실패|오류|불가)[-–—:：]?(?:crl상)?(?:폐지|폐기|효력정지|효력이정지)(?:처리)?된(?:공동|공인|금융)?인증서',
      // …or the state and its reason: "인증서 상태 검증 실패 - 폐기(사유: 키 손상)".
      '(?:실패|오류|불가)[-–—:：]?(?:폐지|폐기|효력정지)(?:됨)?$',
      // "사용할 수 없는 상태의 인증서입니다": its status, whichever it is, forbids use; "(폐지 또는 기간만료)" names it.
      '^(?:폐지|폐기|효력정지)(?:또는|및|/|,)(?:(?:유효)?기간)?만료$',
      '^(?:(?:유효)?기간)?만료(?:또는|및|/|,)(?:폐지|폐기|효력정지)(?:된(?:공동|공인|금융)?인증서)?$',
      '(?:(?:사용|이용)(?:하실|할)|쓸|쓰실)수없는상태의(?:공동|공인|금융)?인증서',
      // A status look-up's finding: "인증서 상태 확인 결과 '폐기'로 조회됩니다", "검증 결과: 정상 아님".
      // (…or said as the state it is in: "인증서 상태 조회 결과 '효력정지' 상태입니다".)
      '결과(?:가)?[\'"‘’“”[]?(?:폐지|폐기|효력정지|정지|사용불가|무효)[\'"‘’“”\\]]?(?:(?:상태)?(?:로|으로)(?:조회|확인|표시)|상태(?:입니다|예요|이에요|이므로))',
      // (…or the certificate said to be found so: "OCSP 응답 결과 인증서가 폐기(revoked) 상태로 확인되어 …".)
      '인증서(?:가|는)(?:폐지|폐기|효력정지)(?:된)?상태(?:로|으로)(?:확인|조회)(?:되|됐)',
      // "인증서가 인증서폐지목록(CRL)에 등재되어 있어 …": listed as revoked.
      '(?:폐지|폐기)목록(?:\\(crl\\))?에(?:등재|등록|포함)(?:되어|된|됨|되었)', 'crl에(?:등재|등록|포함)(?:되어|된|됨|되었)',
      // "This certificate is not a valid certificate.", "…is no longer valid".
      '(?:this|your|selected)certificate(?:is)?(?:not(?:a)?valid(?:certificate)?|nolongervalid)', '(?:this|your|selected)certificate(?:can|may)nolongerbeused',
      // "인증서 검증 실패: 유효한 상태의 인증서가 아닙니다".
      '유효한상태의(?:공동|공인|금융)?인증서가아(?:닙|니)',
      // "…선택하신 인증서는 폐기된 인증서로 확인되었습니다": what the look-up found it to be.
      '(?:폐지|폐기|효력정지)(?:된|처리된)(?:공동|공인|금융)?인증서(?:로|으로)(?:확인|조회)(?:되었|됐|되어|됩니다)',
      // "효력이 없는 인증서입니다", "인증서 상태 이상" (or 비정상), "이 인증서는 더 이상 유효하지 않습니다" (or, as the whole sentence,
      // "더 이상 사용할 수 없는 인증서입니다"; not "…5회 틀려 더이상 사용할 수 없는 인증서 입니다", the password's).
      any('효력(?:이)?없는(?:공동|공인|금융)?인증서(?:입니다|이므로|예요|이에요)', '^인증서(?:의)?상태(?:가)?(?:이상|비정상|불량)', 'cert_?status_?invalid', '효력이정지된[가-힣a-z]{1,6}인증서(?:입니다|이므로|예요|이에요)', '인증서(?:는|가)(?:더이상|이제)유효하지않', '^더이상(?:사용|이용)(?:하실|할)수없는(?:공동|공인|금융)?인증서(?:입니다|예요|이에요)', '상태(?:확인|조회|검증)결과[:：]?(?:유효하지않음|무효|정상아님)'),
      '(?:상태|결과)[:：]?정상(?:이)?아(?:님|닙)',
      // A check's result as its label's value: "인증서 상태 검증 결과: 폐기된 인증서".
      '(?:상태|결과)[:：](?:폐지|폐기|효력정지|정지)(?:된|상태의|상태인)(?:공동|공인|금융)?인증서',
      // …or the status alone: "인증서 상태 확인 결과: 폐기(revoked)", "Certificate status check result: SUSPENDED".
      '(?:상태|결과)[:：](?:폐지|폐기|효력정지)(?:됨)?$',
      // (…or "on hold since 2025-01-02".)
      '(?:^|certificate)status(?:check)?(?:result)?[:：]?(?:suspended|revoked|onhold)(?:since|$)',
      // (In English, not a kind, "a revoked certificate", "…note that a revoked certificate …", nor what will, may or always does
      // happen: "…is automatically revoked once the new one is issued", "…has been revoked automatically", nor what is checked not to
      // be: "Verifying that the certificate has not been revoked", nor the old one replaced: "Your previous certificate has been revoked,
      // and the new one is ready to use".)
      // Nor "요청에 따라 인증서가 정상적으로 폐기되었습니다": the user's own revocation, done; nor a status or a rule abolished
      // ("…공인인증서의 독점적 지위가 폐지되었고, …", "…제한 시간이 폐지되어 …").
      any(`(?<!${OLD_CERTIFICATE})(?<!정상(?:적으로)?|${ABOLISHED_THING})(?:폐지|폐기|효력정지)(?:되었|됐|되어|됨|처리되|상태입|상태의인증서(?:입니다|예요|이에요|이므로))`,
        // A stop is the certificate's only where it is named: "생체인증 … 사용이 중지되었습니다" is the app's lock.
        '인증서(?!발급|재발급|갱신)' + within(12) + '(?:사용정지|사용이중지|정지)(?:되었|됐|되어|됨|처리되|상태입)', '(?:폐지|폐기|정지|중지|손상|해지)(?:(?:처리)?된|처리한|상태인|상태의|중인)(?:공동|공인|금융)?인증서(?:를사용(?:하였|했|하셨)|입니다|예요|이에요|이므로|이오니|로인해|이어서|라서|라(?=[가-힣])|이기|로(?:는)?[가-힣]{0,4}?(?:사용|이용|로그인|거래|서명|접속))', '(?<!(?:^|[^a-z])an?|an?(?:recently|newly|previously)|/|(?:whether|claiming)[a-z,]{0,40}|(?:will|to|may)be(?:automatically)?|(?:is|are)automatically|not|notbeen|(?:that|note|and|or|of|as|for|so)an?|an?certificate|(?:to)?have(?:the|your|a)?certificate|after(?:the|a|an|its|your)?[a-z]{0,16}(?:has|have)(?:[a-z]{2,10}(?:or|and))?(?:been)?|(?:old|previous|former|existing)certificate(?:has|have|was|were|is)?(?:been)?)revoked(?!certificates|/|and|or|automatically|successfully)', '신뢰할수없는인증서(?:입니다|이므로)'),
      any('deltacrl에서' + opt('인증서가') + '제거'),
      // …as the cause, in official wording: "인증서 폐기 처리된 관계로 로그인이 불가합니다".
      '(?:폐지|폐기|효력정지)(?:처리)?(?:된|되신)(?:관계로|까닭에|이유로|탓에)',
      // …or withdrawn by its issuer: "해당 인증서는 발급기관에 의해 취소(revoked)된 상태입니다".
      '인증서(?:는|가)' + within(16) + '취소된상태(?:입니다|예요|이에요|이므로)',
      // A check's finding: "인증서 검증 결과 유효한 상태가 아닙니다".
      '유효한상태가아(?:닙|니)',
      // No longer usable, said of the certificate itself: "해당 인증서는 더 이상 사용하실 수 없습니다", "이 PC에 있는
      // 인증서는 더 이상 쓸 수 없어요" (after a new one was issued elsewhere, which revokes it).
      // (Not after wrong tries: "비밀번호를 5회 연속 잘못 입력하여 이 인증서는 더 이상 쓸 수 없습니다" is the password's.)
      '(?<!(?:잘못입력|틀리|틀려|오류|실패)[^.?!]{0,16})인증서(?:는|은)' + within(4) + '더이상' + any('(?:사용|이용)(?:하실|할)수없', '(?:쓸|쓰실)수없'),
      // (Not what a system does by rule: "…issuing a new one at another bank means the existing certificate is revoked automatically";
      // nor what the user asked for, done: "Your certificate has been revoked successfully".)
      // (…nor the old one, replaced: "Your old certificate has been revoked and a new one issued in its place". "…the certificate's
      // status is SUSPENDED" is the one used.)
      '(?<!(?:whether|claiming(?:that)?)(?:the|this|your|an?)?)(?<!old|previous|former|existing)certificate(?:(?:that)?you(?:selected|chose|picked))?(?:\'s|’s)?(?:status)?(?:is|was|hasbeen)' + any('suspended', 'revoked') + '(?!automatically|successfully|asrequested)',
    ],
    // A word it shares with others ("사용할 수 없는 인증서입니다"), read with the advice to check its status, or with a status look-up's
    // answer ("…유효하지 않은 인증서 (status=revoked, reason=superseded)").
    context: '인증서(?:의)?상태(?:\\([^)]*\\))?(?:를|을)?' + CHECK_ADVICE + '|status[=:：](?:revoked|suspended|onhold)',
    // A check the server did not answer in time ("서버 응답 지연으로 인증서 유효성 검증에 실패했습니다"): the server's.
    // …nor a use stopped by the password's tries ("비밀번호 입력 5회 초과로 해당 인증서 사용이 중지되었습니다", "비밀번호 입력 오류 횟수를
    // 초과하였습니다. 이 인증서는 더 이상 사용할 수 없으니 …").
    // (…nor the log-in's data said not valid: "로그인 정보가 유효하지 않은 상태입니다", the session's.)
    against: SERVER_SLOW + '|로그인정보|(?:비밀번호|암호|pin)(?:입력)?(?:오류)?\\d+회(?:이상)?(?:초과|오류|실패|틀)|(?:비밀번호|암호|pin)(?:입력)?(?:오류|실패)(?:허용)?횟수(?:\\([^)]*\\))?(?:를|가|을)?초과',
    weight: 0.88,
    severity: 'error',
    fix: 'fix-cert-revoked',
  },
  {
    // Hometax and Gov24 keep the certificate that was registered with them. After a renewal or
    // reissue at a bank they call the old one revoked: the fix is registering the new one there.
    id: 'revoked-at-public-site',
    category: 'cert-revoked',
    sites: ['hometax', 'gov24'],
    keywords: ['폐지', '폐기', '정지', 'revoked'],
    reports: [any('(?:폐지|폐기|효력정지)(?:되었|됐|되어|됨|처리|상태)', '(?:폐지|폐기|효력정지|정지)된인증서'), 'revoked'],
    weight: 0.88,
    severity: 'warning',
    fix: 'fix-register-renewed-cert',
  },
  {
    id: 'cert-not-registered',
    category: 'cert-registration',
    keywords: ['differentfrom', 'linked', 'differsfrom', '등록', '인증서와다른', '타행', '타기관', 'gpki', 'epki', '인증정보', '취소된', '타은행', '다른은행', '다른기관', '회원', '가입', '고객이아닙', '사용자이아닙', 'registered', '아이디와', 'id와', '연결된', '일련번호', 'onfile', '인증서로조회', '인증서로확인'],
    // (A membership of the service, not its member data: "…명의자 정보가 토탈서비스 회원정보와 달라 …" is the identity check's.)
    topics: [
      any('타행', '타기관', '타은행', '다른은행', '다른기관', '타인증기관', '이용등록', '인증서등록', '(?:인증)?서비스회원(?!정보)'),
    ],
    reports: [
      // Linked already to another ID: "이미 다른 이용자 ID에 연결되어 있는 인증서여서 등록을 진행할 수 없습니다".
      '이미다른(?:이용자|사용자)?(?:id|아이디)에(?:연결|등록)되어있는(?:공동|공인|금융)?인증서',
      // One registered already for this ID: "[8015] 해당 이용자ID에는 이미 인증서가 등록되어 있습니다".
      '(?:에는|에)이미(?:공동|공인|금융)?인증서(?:가|이)등록되어있',
      // The one registered and the one picked differ: "등록된 인증서의 일련번호와 선택하신 인증서가 다릅니다. 최근에 재발급 받으셨다면 …".
      '등록된(?:공동|공인|금융)?인증서(?:의)?(?:일련번호|정보)?(?:와|과)선택(?:하신|한)(?:공동|공인|금융)?인증서(?:가|이)(?:서로)?(?:다릅|달라|일치하지않|불일치|맞지않)',
      // Registered already, as its state: "이 인증서는 이미 등록이 끝난 상태여서 다시 등록할 수 없어요".
      '이미등록(?:이|은)?(?:끝난|완료된|된|되어있는)상태(?:여서|이어서|라서|이므로|입니다|예요|이에요)',
      // In English, another than the one on record: "The certificate you selected is different from the certificate registered for this User ID."
      'certificate[^.?!]{0,20}isdifferentfrom(?:the)?(?:certificate|one)?registered',
      // In English, not the one on record: "The certificate you picked is not the one linked to your Hometax ID."
      'certificate[^.?!]{0,20}isnot(?:the(?:one|certificate))?(?:linked|registered)(?:to|with|for)(?:your|this)',
      // "The certificate you selected differs from the one registered for online tax filing."
      'certificate' + within(20) + 'differsfrom(?:the)?(?:one|certificate)?registered',
      // Anchored on the rare words, then looked back for the certificate: cheaper than the other way round.
      '(?:고객|회원|사용자)이아닙(?<=인증서(?:는|가)[^.?!]{0,12}(?:고객|회원|사용자)이아닙)',
      // Not a fingerprint or a log-in ID registered on a phone: "등록된 지문이 없어", "이미 등록 된 아이디"; nor an account
      // list still empty ("등록된 자주 쓰는 계좌가 없습니다"); nor what is made with an unregistered one as a class ("등록되지 않은
      // 인증서로 전자서명한 전자문서는 접수되지 않습니다").
      any('등록된(?!지문|정보|계좌|자주|공지|게시|글|알림|일정|문의|질문|후기|댓글|보안매체|보안카드|otp)[가-힣]{0,6}(?:가|이)없', '(?:등록|가입)(?:시|할때|하실때|당시)(?:에)?(?:사용|등록)(?:한|하신|된)(?:공동|공인|금융)?인증서가아(?:닙|니)', '인증서로(?:조회|확인|가입|등록)(?:되는|된)[가-힣]{0,8}(?:정보|내역|회원|고객)(?:가|이)없', '(?:등록되지않은|등록하지않은|(?<!/)미등록)(?:된)?(?:공인|공동|금융)?인증서(?!(?:로|으로)[가-힣]{1,10}(?:한|된)[가-힣]{1,8}(?:은|는))', '등록된(?:공인|공동|금융|[가-힣]{2,6})?인증서가(?:아닙|없)', '인증서등록(?:정보|내역)(?:가|이)?없', '이미등록(?:된|되어있|되었)(?!아이디|id|지문)',
        // A status: "인증서 미등록".
        '(?:공인|공동|금융)?인증서(?:가|는)?미등록(?:상태|입니다|이므로|이에요|(?:고객|사용자|회원)|$)'),
      // Registered on another phone already ("이미 다른 스마트폰에 등록된 간편인증이 있습니다"), or the registration undone by the device
      // ("…기존 바이오인증 등록정보가 무효화되었습니다").
      '이미다른(?:스마트폰|휴대폰|기기|단말기?|pc)에(?:서)?등록(?:된|되어)',
      // …or to someone else: "이미 다른 이용자에게 등록된 인증서입니다".
      '이미(?:다른)?(?:이용자|사용자|업체|고객|회원|사람)(?:에게|으로|로)?등록(?:된|되어있는)(?:공동|공인|금융)?인증서(?:입니다|이므로|예요|이에요)', '등록정보(?:가|이)?(?:무효화|초기화|삭제)(?:되었|됐|되어)',
      // The chosen certificate is not the one the site holds: "선택한 인증서와 등록된 인증서가 일치하지 않습니다" (or the one held for
      // a role: "등록된 책임자 인증서와 선택하신 인증서가 다릅니다"; or by its serial, "…등록된 인증서 일련번호({serial})와 선택한 인증서가 다릅니다").
      any('인증서(?:정보)?(?:와|과)' + within(10) + '등록(?:된|하신|해둔|해놓은|해두신)(?:공인|공동|금융)?인증서', '등록(?:된|하신|해둔|해놓은|해두신)(?:[가-힣]{2,5}용?)?(?:공인|공동|금융)?인증서(?:정보|일련번호)?(?:와|과)', '의등록(?:공인|공동|금융)?인증서(?:와|과)') + within(14) + any('일치하지않', '다릅', '다른', '불일치', '달라', '다르'),
      // Issued elsewhere, so not yet known here: "타 기관에서 발급된 인증서입니다", "아직 등록 전이에요".
      any('타행', '타기관', '타은행', '다른은행', '다른기관') + '(?:에서)?발급(?:된|받은|받으신|하신)(?:공동|공인|금융)?인증서(?:입니다|예요|이에요|이므로|이라)',
      near('인증서', '(?:아직)?등록(?:전|이전)(?:입니다|이에요|예요|이므로|이라)', 20),
      '등록(?:된|하신)(?:공동|공인|금융)?인증서(?:정보)?(?:가|이)' + any('확인되지않', '조회되지않'),
      // "The selected certificate does not match the one on file for your user ID."
      'certificate' + within(20) + any('doesnotmatch', "doesn'tmatch") + within(16) + any('onfile', 'registered'),
      // …said by its serial number: "로그인에 사용한 인증서의 일련번호가 당사에 보관된 정보와 다릅니다".
      '인증서(?:의)?일련번호(?:가|이)' + within(16) + any('일치하지않', '다릅', '불일치', '달라'),
      // The log-in ID and the certificate registered for it: "입력하신 아이디와 인증서 정보가 일치하지 않습니다",
      // "해당 인증서로 등록된 아이디가 존재하지 않습니다".
      '(?:아이디|(?<![a-z])id)(?:와|과)(?:등록된)?(?:공동|공인|금융)?인증서(?:정보)?(?:가|이)?' + any('일치하지않', '다릅', '불일치', '맞지않'),
      '인증서(?:로|에)(?:등록|연결)(?:된|하신)(?:사용자)?(?:아이디|(?<![a-z])id|사용자)(?:가|이)?' + any('존재하지않', '없'),
      near('인증서', any('등록되어있지않', '등록돼있지않', '등록되지않았', '등록되지않음', '등록이필요', '등록하지않았'), 15),
      // "인증서를 등록하신 후에 로그인해주세요", "공인인증서를 등록 후 이용해 주시기 바랍니다": not registered yet.
      // (The verb is taken whole: "…이용하실 수 있습니다" asserts, it supposes nothing.)
      '인증서' + opt(any('를', '을')) + '등록' + any('후', '하신후', '하신후에', '한후', '하신다음') + opt('에') + any('로그인', '이용', '거래') + opt(any('하실수있', '할수있', '가능', '해주시기', '하여주시기', '해주', '하여주', '하시기', '하십시오', '하세요')),
      // Registered already, or the registration withdrawn: "이미 … 인증서등록이 되어 있습니다", "승인취소된 인증서입니다".
      '이미등록(?:한|된|하신)(?:공동|공인|금융)?인증서(?:입니다|이므로|예요|이에요)',
      // …where it is registered said between: "이미 수협은행에 등록된 인증서입니다", "이미 당행에 등록되어 있는 타기관 인증서입니다".
      '이미[가-힣]{1,10}(?:에|에서)등록(?:된|되어있는)(?:타기관|타행|타금융기관)?(?:공동|공인|금융)?인증서(?:입니다|이므로|예요|이에요)',
      '이미' + within(24) + '인증서등록이되어있',
      // …or another one registered before it: "이미 다른 인증서가 등록되어 있습니다".
      '이미(?:다른|타)(?:공동|공인|금융)?인증서(?:가|이)등록(?:되어있|돼있|된상태)',
      // "이 인증서는 다른 사용자 ID에 등록되어 있습니다"
      // …also with the site's name between ("이미 다른 한전ON 아이디에 등록되어 있습니다", "…다른 IRIS 계정에 등록되어 있습니다").
      '다른(?:[가-힣a-z]{1,8})?(?:사용자|아이디|id|고객|회원|계정)(?:\\([^)]*\\))?' + within(8) + any('등록되어있', '등록(?:한|된|하신)(?:공동|공인|금융)?인증서(?:입니다|이므로|예요|이에요)'),
      '(?:승인|등록)(?:이)?취소된(?:공인|공동|금융)?인증서',
      // Signed with another certificate than the one logged in with: "로그인하신 인증서와 다른 인증서로 서명하셨습니다".
      '(?:로그인|등록)(?:하신|한|된)(?:공동|공인|금융)?인증서(?:와|과)다른(?:공동|공인|금융)?인증서(?:로|를)(?:서명|선택|로그인)(?:하셨|했|하였)',
      // Tersely, as a code table has it: "등록 인증서 정보 불일치", "…등록된 인증서 정보 없음".
      '(?<![가-힣])등록(?:된)?(?:공동|공인|금융)?인증서(?:정보)?(?:불일치|상이)$',
      '등록된(?:공동|공인|금융)?인증서(?:정보|내역)(?:가|이)?(?:없음$|없습니다|없어요)',
      // "GPKI가 등록 중 오류가 발생되었습니다. 다시 등록하여 주십시오": registering the certificate failed.
      any('인증서', 'gpki', 'epki', '인증정보') + opt(any('가', '이', '를', '의')) + '등록(?:중|도중)(?:에)?(?:오류|에러)',
      // "…재가입이 필요합니다": the site holds another certificate, or none, for this user.
      '재가입(?:이|을)?' + any('필요', '하셔야', '해주', '하여주', '하시기'),
      // "…검증에 실패하였습니다. 재등록하여 주시기 바랍니다": the certificate the site holds must be registered again.
      '인증서(?:를|을)?(?:다시등록|재등록)(?:하여|해)(?:주시기|주십시오|주세요)',
      '^재등록(?:하여|해)(?:주시기|주십시오|주세요)',
      // "가입 당시 공인인증서와 일치하지 않습니다": not the certificate the site registered.
      // …or "전자소송 사용자 등록 시 사용한 인증서와 다른 인증서입니다".
      near('(?:가입|등록)(?:당시|시|하실때|할때)(?:의|에)?(?:등록한|사용한|사용하신|등록하신)?(?:공인|공동|금융)?인증서', any('일치하지않', '다릅', '불일치', '다른(?:공동|공인|금융)?인증서(?:입니다|예요|이에요)'), 8),
      // "Certificate is not registered.", "The certificate you selected is not registered with HiKorea."
      'certificate' + within(16) + any('isnotregistered', 'notregistered', 'hasnotbeenregistered', 'isalreadyregistered', 'hasalreadybeenregistered'),
      // "There is no certificate registered for this ID."
      'nocertificate(?:is|has|hasbeen)?registered',
      // "타기관 인증서 등록 후 이용하실 수 있습니다" — but "타기관 인증서는 … 등록 후 사용하실 수 있습니다" states the rule, and so
      // does a class of certificates named before the menu ("타기관에서 발급받은 인증서는 [타기관 인증서 등록] 메뉴에서 등록 후 …").
      near('(?<!(?:받은|발급된|발급한)(?:공동|공인|금융)?인증서(?:은|는)[^.?!]{0,30})인증서(?![은는])', '등록후(?:이용|사용|거래)' + any('하시기', '해주', '하십시오', '바랍', '하실수있', '가능'), 15),
      near(any('타행', '타기관', '타은행', '다른은행', '다른기관'), '등록' + within(10) + any('필요', '하셔야', '하십시오', '하여야', '해야', '바랍니다', '해주', '할수없', '불가', '되지않', '안되어'), 15),
      // The user's own certificate, registered nowhere here yet: "선택하신 금융인증서는 타기관인증서 등록 후 이용할 수 있습니다".
      any('선택하신', '제출하신', '고객님의', '고객께서') + within(12) + '인증서(?:는|은)' + within(20) + '등록(?:후|하신후)(?:이용|사용|거래)' + any('(?:하실|할)수있(?:습니다|어요)', '가능합니다', '하시기바랍니다', '해주세요', '해주십시오'),
    ],
    // A time of the day's work said as the cause is the hours': "일자 변경 작업 시간(23:30~00:30)에는 타행 인증서 등록을 처리할 수 없습니다".
    // (Nor a step stopped by the bank's closing work: "은행 마감 작업 중으로 타기관 인증서 등록 업무를 처리할 수 없습니다".)
    against: '(?:점검|정비|마감)(?:작업)?중(?:이므로|으로|이라)|(?:작업|점검|마감|변경)시간(?:\\([^)]*\\))?(?:에는|중에는|동안)|^(?:현재|지금)(?:은|는)?(?:이)?시간(?:대)?(?:에는|엔)',
    weight: 0.86,
    severity: 'warning',
    fix: 'fix-cert-registration',
  },
  {
    id: 'cert-type-not-accepted',
    category: 'cert-type',
    keywords: ['limitedto', '인증서', 'policy', 'oid', '정책', '용도', '인증기관', '알고리즘', '멀티서명', '인증장치', '인증수단', 'ca', 'certificate', '연동', '간편인증', '민간인증'],
    topics: [
      // (…and the restricted kind named as a label, its refusal after: "용도제한용 인증서: 이 거래에 사용할 수 없음".)
      any('인증서(?:의)?(?:정책|용도|종류|유형|키용도)', '(?<!강화)(?:허용가능|초기인증서)?정책(?!에의해)', '(?:용도|정책|종류)' + '(?:\\([a-z]+\\))?' + '(?:의)?인증서', '용도제한용(?:공동|공인)?인증서', '(?<![a-z])oid', '키용도', '(?:지원하지않는|허용되지않는)인증기관', '암호화알고리즘', '멀티서명'),
    ],
    reports: [
      // A service for another kind, said first: "법인 전용 거래입니다. 개인 인증서로는 인식되지 않습니다".
      '^(?:법인|개인|사업자|기업)(?:고객)?전용(?:거래|서비스|메뉴|업무)입니다',
      // The certificate said to be of the restricted kind, first: "용도제한용 인증서입니다. 진료기록 사본 발급에는 범용 인증서가 필요합니다".
      '^용도제한용(?:공동|공인|금융)?인증서(?:입니다|예요|이에요)',
      // A kind for one use refused for the task at hand: "[KSign] 전자세금계산서용 인증서는 이 업무에 사용할 수 없습니다".
      '용(?:공동|공인|금융)?인증서(?:는|은)(?:이|본|해당|현재)(?:업무|거래|서비스|메뉴|사이트)(?:에|에서)(?:는)?(?:사용|이용)(?:하실|할)수없',
      // A kind for one use refused here: "Banking-only certificate can not be used for this service. Please login with universal
      // (general purpose) certificate.", "Certificate for exclusive use of banking/insurance cannot be used in this site."
      '(?:[a-z/\\-]{2,30}-?only(?:certificate|cert)s?|certificates?for(?:the)?exclusiveuseof[a-z/\\-]{2,30})(?:can|could)not(?:be)?used(?:for|in|on|with)this(?:service|menu|site|transaction|page|task)',
      // …or its policy refused: "This certificate policy (OID 1.2.410.200005.1.1.4) is not allowed for this service."
      'certificatepolicy(?:\\([^)]*\\))?(?:is|was)not(?:allowed|accepted|permitted|supported)',
      // The one picked, of a kind for one use: "The selected certificate is a Bank-only certificate and cannot be used for securities trading …".
      '(?:selected|chosen|picked)certificateisan?[a-z/\\-]{2,30}-?onlycertificate',
      // The one picked, for one use: "The selected certificate is for banking/insurance use only and cannot be used for tax filing."; "선택한 인증서로는 이 서비스를 이용할 수 없어요".
      '(?:selected|chosen|picked)certificateisfor[a-z/\\-]{2,30}use|선택(?:한|하신)(?:공동|공인|금융)?인증서로는(?:이|해당)?(?:서비스|업무|메뉴)(?:를|을)?(?:이용|사용)(?:하실|할)수없',
      // In English, the one picked not accepted: "The selected certificate (Banking/Insurance use) is not accepted for this application.",
      // "The selected certificate (Corporate – Electronic Tax Invoice) cannot be used here."
      '(?:selected|chosen|picked)certificate[^.?!]{0,40}(?:isnot(?:accepted|allowed|permitted)|(?:can|could)not(?:be)?used(?:here|forthis|inthis|onthis))',
      // …or the one chosen, said after: "The bank-use (banking/insurance) certificate you chose can't be used here."; and a kind refused
      // another kind's service: "Error 2711: A corporate certificate cannot login to Personal Internet Banking."
      'certificate(?:that)?you(?:chose|selected|picked)(?:can|could)not(?:be)?used(?:here|forthis|inthis|onthis)|(?:corporate|business|personal|individual)(?:-use)?certificates?(?:(?:can|could)not(?:log-?in|sign-?in|beused)|(?:are|is)not(?:accepted|allowed))(?:to|for|in|on|with)(?:the)?(?:personal|corporate|business|individual)',
      // In English, its use limited: "This certificate is limited to banking/insurance use and can't be used for …".
      '(?:certificate|it)is(?:limited|restricted)to[a-z/\\-]{2,40}use',
      // The kind the user tried, said as the finding: "개인 인증서로 로그인을 시도하셨습니다. … 법인(사업자) 인증서를 사용하십시오";
      // or said of the chosen one: "선택하신 인증서는 사업자(법인) 인증서입니다. 개인 … 인증서를 사용해 주세요".
      USERS_CERTIFICATE_IS + '(?:사업자|법인|기업|개인)(?:용)?(?:공동|공인|금융)?인증서(?:입니다|예요|이에요)',
      '(?:개인|법인|사업자|은행|증권|보험)(?:용)?(?:공동|공인|금융)?인증서로(?:로그인|접속|서명)(?:을|를)?시도(?:하셨|하였|했)',
      // A simple-authentication service refused for the work: "해당 업무는 간편인증(민간인증서)으로 이용할 수 없습니다".
      '(?:간편인증|민간인증서?|사설인증서?)(?:으로|로)(?:는)?' + within(10) + '(?:이용|사용|로그인|진행|신청)(?:하실|할)수없',
      // …or the one chosen: "선택하신 간편인증(토스인증서)은 보험계약 전자서명에 사용할 수 없습니다".
      '선택(?:하신|한)(?:간편인증|민간인증서?)(?:\\([^)]*\\))?(?:은|는)' + within(24) + '(?:이용|사용|서명)(?:하실|할)수없',
      // The user's own certificate said to be of a kind of use: "해당 인증서는 은행·보험용(용도제한용)이라 … 쓸 수 없어요".
      USERS_CERTIFICATE_IS + within(14) + '용(?:인증서)?(?:이라|이라서|이므로|이어서|입니다|이에요|예요|으로(?=,|[^.?!]{0,24}(?:불가|수없))|(?<=인증서)라서|(?<=인증서)라(?=[가-힣]))',
      // …or a use it cannot serve: "선택하신 인증서(은행·신용카드·보험용)는 전자입찰 용도로 사용할 수 없습니다".
      USERS_CERTIFICATE_IS + within(16) + '용도(?:로|으로)(?:는)?(?:(?:사용|이용)(?:하실|할)|쓸|쓰실)수없',
      // …or not of the use the step needs: "선택한 인증서는 전자서명용이 아닙니다".
      // …or of a kind the step cannot serve: "선택하신 인증서는 이 메뉴에서 암호를 변경할 수 없는 유형(금융인증서)입니다".
      USERS_CERTIFICATE_IS + within(24) + '(?:수없는|불가능한|지원하지않는|지원되지않는)(?:유형|종류)(?:\\([^)]*\\))?(?:입니다|이에요|예요|이므로)',
      USERS_CERTIFICATE_IS + within(10) + '용(?:인증서)?(?:이|가)아(?:닙|니에요|니므로|니어서|니라서)',
      // …or the kind it is instead: "선택하신 인증서는 기업뱅킹용이 아닌 개인 인증서입니다".
      USERS_CERTIFICATE_IS + within(10) + '용(?:인증서)?(?:이|가)아닌[가-힣]{0,8}(?:용)?(?:공동|공인|금융)?인증서(?:입니다|예요|이에요|이므로)',
      // …or a kind this step does not take: "이 거래는 금융인증서를 지원하지 않아요".
      '(?:이|해당)(?:거래|서비스|메뉴|화면|업무)(?:는|에서는)?(?:금융|공동|공인|범용|용도제한용?|사업자|법인|개인)(?:용)?인증서(?:를|은|는)?(?:지원하지않|사용할수없|이용할수없)',
      // In English, a kind refused for the service in hand: "Certificates for specific use (Banking/Insurance) cannot be used for
      // this service."
      '(?:specific|restricted|limited)-?use' + within(30) + 'cannotbeusedforthis',
      // The half of the pair that signs nothing, picked: "암호화용 인증서가 선택되었습니다".
      '암호화(?:용|전용)(?:\\([a-z]+\\))?인증서(?:가|이|를)선택(?:되었|됐|하셨|했)',
      // …or the business kind, said as what was picked: "법인(사업자)용 인증서가 선택되었습니다. 개인 조합원 로그인은 개인 인증서로만 가능합니다".
      '(?:법인|사업자|기업)(?:\\([가-힣]{1,6}\\))?용(?:공동|공인|금융)?인증서(?:가|이)선택(?:되었|됐)',
      // A list's terse status: "용도 불일치 인증서".
      '용도(?:가)?불일치',
      any('(?:허용|지원)(?:되지|하지)않(?:는|은)' + opt(any('정책', '종류', '용도', '유형')) + opt('의') + any('인증서', '인증(?:장치|수단)', '인증기관', 'ca(?![a-z])'), '(?:사용|이용)(?:하실|할)수없는' + any('정책', '종류', '용도', '유형') + opt('의') + '인증서'),
      // (A Latin gloss may stand before the word: "암호화용(KM) 인증서는 전자서명에 사용할 수 없습니다".)
      any(any('범용', '용도제한용?', '행정전자서명(?:용)?', '(?:gpki|epki|교육기관|공무원)(?:용)?', '(?:은행|증권|보험|신용카드|카드)(?:[/·,](?:은행|증권|보험|신용카드|카드))*용', '개인용', '법인용', '기업(?:뱅킹)?용', '사업자용', '(?<![가-힣])(?:개인|법인|사업자)(?=인증서로는)', '신원확인용', '전자세금용', '증권용', '보험용', '암호화용', '(?<![가-힣])기관용', '전자관인', '(?:hpki)?의료인(?:용)?', 'hpki') + '(?:\\([a-z]{1,8}\\))?인증서' + any('가아닙', '로는(?:이용|사용)(?:하실)?수없', '는(?:이용|사용)(?:하실)?수없', any('는', '로는', '로', '라서', '이라서', '이므로') + within(10) + any('(?:이용|사용|로그인|접속|서명|처리|거래|제출|발행)(?:을|를)?(?:하실|할)수없', '(?:쓸|쓰실)수없', '지원(?:하지|되지)않', '(?:이용|사용|로그인|접속|거래)(?:이|가)?(?:되지않|안됩|안돼)'))),
      // "선택한 인증서는 이 서비스에서 허용하지 않는 종류입니다".
      '(?:허용|지원)(?:하지|되지)않는(?:종류|유형|용도)(?:입니다|예요|이에요|의인증서)',
      // "선택한 인증서는 전자세금계산서 발행이 가능한 인증서가 아닙니다".
      '(?:발행|이용|사용|로그인|거래|서명)(?:이)?가능한(?:공동|공인|금융)?인증서가아(?:닙|니)',
      // "금융인증서는 이 메뉴에서 지원하지 않아요": one of the two kinds, refused here (or the other way round, "본 서비스는 금융인증서로
      // 이용하실 수 없습니다").
      '(?:이|본|해당)(?:메뉴|서비스|화면|업무)(?:는|은|에서는)(?:금융|공동|공인)인증서(?:로|으로)(?:는)?(?:이용|사용|로그인)(?:하실|할)수없',
      '(?:금융|공동)인증서(?:는|은)(?:이|본|해당)(?:메뉴|서비스|화면|업무)(?:에서|에서는)' + opt('는') + any('지원(?:하지|되지)않', '(?:사용|이용)(?:하실|할)수없'),
      // "서명용이 아닌 암호화용 인증서가 선택되었습니다": the other one of a pair, chosen.
      '[가-힣]{1,6}용(?:인증서)?이아닌' + within(12) + '인증서(?:가|를|을|이)?(?:선택|사용|제출|입력)(?:되었|됐|하셨|하였|했)',
      // "전자입찰용 인증서가 아닙니다": not the kind this needs.
      '[가-힣]{1,6}용(?:공동|공인|금융)?인증서가아닙',
      // "이 서비스에서는 은행용 인증서를 쓸 수 없어요": the kind named, as the object.
      '(?:[가-힣]용|개인|법인|기업|사업자)(?:공동|공인|금융)?인증서(?:를|을)' + any('(?:사용|이용)(?:하실|할)수없', '쓸수없', '쓰실수없'),
      // …or the kind named after the refusal: "…전자서명에 사용할 수 없는 용도제한 인증서입니다".
      '(?:사용|이용)(?:하실|할)수없는(?:용도제한용?|[가-힣]{1,6}용)(?:공동|공인|금융)?인증서(?:입니다|이므로|예요|이에요)',
      // "해당 업무에 사용할 수 없는 인증서입니다", "Cloud에 등록할 수 없는 인증서입니다"
      // "신원확인이 적용되지 않은 인증서입니다", "수요기관용으로 발급된 인증서를 조달업체용으로 등록할 수 없습니다"
      any('신원확인(?:이|가)?(?:적용|포함)되지않은인증서', '[가-힣]{1,8}용으로발급(?:된|받은)인증서' + within(20) + '(?:하실|할)수없'),
      any('(?:기능|용도)(?:을|를)?(?:제공|지원)하지않는인증서', '인증서는허용하지않', '(?<!아직)(?:사용|이용|등록|업로드|저장|내려받을)(?:하실|할)?수없는인증서', '(?<!아직)(?:사용|이용)할수없는인증서', '(?:(?:사용|이용|저장|등록)할|쓸)수없는(?:종류|유형|용도)(?:의인증서)?(?:입니다|예요|이에요)', '전용인증서(?:는|은|로는|으로는)' + within(10) + any('수없', '불가(?!능)', '지원(?:하지|되지)않'), '수없는[가-힣]{1,8}용(?:공동|공인|금융)?인증서(?:입니다|이므로|예요|이에요)', '허용(?:된|되는)인증서가아닙', '(?:인증기관|ca\\))에서발급한인증서가아닙'),
      // "선택한 인증서는 사용할 수 없습니다", "해당인증서는 본 사이트에서 허용되지 않습니다", "선택하신 인증서로는
      // 진행이 불가합니다": this certificate,
      // here, with no cause given (one is: "…는 유효기간이 지나 사용할 수 없습니다").
      any('선택하신', '선택한', '선택된', '해당', '제출하신', '제출한') + opt(any('공동', '공인', '금융')) + '인증서(?:는|은|로는|으로는)' + opt(any('본', '이', '현재', '해당') + any('사이트', '서비스', '업무', '기관')) + opt(any('에서', '에', '로')) + opt('는') + opt('[가-힣a-z]{0,8}' + any('접속', '로그인', '거래', '업무') + opt(any('이', '가', '에', '에는', '시'))) + any('(?:사용|이용)(?:하실|할)수없', '허용되지않', '지원되지않', '(?:진행|처리)(?:이|가|을|를)?(?:불가(?!능)|(?:하실|할)수없)'),
      // …and "선택하신 인증서는 사용이 불가합니다", the one chosen. (Not "…일치하지 않으므로 고객님의 해당 인증서는 사용이
      // 불가하며": what the wrong password did to it.)
      any('선택하신', '선택한', '선택된', '제출하신', '제출한') + opt(any('공동', '공인', '금융')) + '인증서(?:는|은|로는|으로는)(?:사용|이용)(?:이|가)?불가(?!능)',
      near(any('범용', '사업자', '법인', '개인', '용도제한') + opt('용') + opt(any('공동', '공인', '금융')) + '인증서만', any('(?:사용|이용)(?:이)?가능', '(?:사용|이용)(?:하실|할)?수있'), 6),
      // "선택한 인증서는 전자세금계산서 전용으로, 인터넷뱅킹 로그인에 쓸 수 없습니다": the chosen one is for one use.
      '(?:선택한|선택하신|해당|제출한|제출하신)(?:공동|공인|금융)?인증서(?:는|은)[가-힣·]{0,12}전용(?:으로|이라|이므로|이어서)' + within(24) + any('(?:사용|이용|로그인)(?:하실|할)수없', '(?:쓸|쓰실)수없', '불가(?!능)'),
      // "개인사업자 인증서는 개인뱅킹에서 사용할 수 없어요": a business kind, refused where it was used.
      // (Not how one is to be held: "법인 인증서는 여러 직원이 하나를 공유해 사용할 수 없으므로 …".)
      '(?:개인|법인|기업|사업자|개인사업자)(?:용)?(?:공동|공인|금융)?인증서(?:는|은|로는)(?![^.?!]{0,16}공유)' + within(16) + '(?:사용|이용|로그인|거래)(?:하실|할)수없',
      // "법인 인증서로는 개인 뱅킹에 로그인할 수 없습니다": the kind is what cannot.
      // Anchored on "인증서로", then looked back for the kind: cheaper than trying every word before it.
      '인증서로(?:는)?(?<=(?:법인|개인|사업자|기업|[가-힣]용)(?:용)?(?:공동|공인|금융)?인증서로(?:는)?)' + within(24) + any('(?:하실|할)수없', '불가(?!능)'),
      // …or the other of the two kinds everyone has: "금융인증서로는 전자입찰에 참여할 수 없습니다".
      '(?<![가-힣])(?:공동|금융)인증서로는' + within(24) + any('(?:하실|할)수없', '불가(?!능)'),
      // "증권용 인증서 사용 불가", "은행용 인증서는 증권사 로그인에 사용 불가합니다": a kind named, and refused.
      // (Not "…인증서만으로는 로그인 불가합니다", nor "…등은 사용이 불가능합니다": what is allowed, as a rule.)
      '(?:[가-힣]용|법인|기업|사업자|개인)(?:공동|공인|금융)?인증서(?:는|은)?(?!만)' + within(16) + '(?:사용|이용|거래|로그인)(?:이)?불가(?!능)',
      // "상호연동이 불가능한 인증서입니다", "신뢰된 CA에서 발급한 인증서가 아닙니다".
      any('연동(?:이)?(?:불가능한|불가한|되지않는|할수없는)인증서', '신뢰(?:된|할수있는|하는)(?:ca|인증기관)(?:에서|이)발급(?:한|된)인증서가아닙'),
      'policy' + within(15) + any('notallowed', 'notpermitted', 'invalid', 'notacceptable', 'unacceptable', 'notaccepted'),
      'unsupportedcertificate(?:policy|type)',
      // "The selected certificate is a personal one; this service requires a corporate certificate."
      'selectedcertificateisa' + any('personal', 'corporate', 'business', 'individual'),
      // "This type of certificate cannot be used for this service."
      // "The selected certificate (policy OID …) is not permitted for this service."
      'certificate' + within(40) + any('isnotpermitted', 'isnotaccepted') + 'for(?:this|the)(?:service|site|transaction|menu)',
      any('typeofcertificate', 'certificatetype') + within(8) + any('cannotbeused', 'isnotallowed', 'isnotsupported', 'notaccepted'),
      '(?:this|selected)certificatecannotbeused(?:for|with|on|in)',
      // "Encryption certificates cannot be used for signing."
      any('encryption', 'signing', 'corporate', 'personal') + 'certificates?' + within(8) + any('cannotbeused', 'isnotallowed', 'arenotallowed', 'isnotsupported', 'arenotsupported', 'notaccepted'),
    ],
    // "사용할 수 없는 인증서입니다. 인증서의 유효기간 및 상태를 확인하십시오.": its validity, not its kind, is what to check.
    // …nor where a device or system short of a version is named: "Android 8.0 미만 기기는 금융인증서를 사용할 수 없어요";
    // nor where its term is said to have passed: "선택하신 공동인증서는 유효기간(2024.11.30)이 지나 …"; nor where its status is given,
    // "사용할 수 없는 인증서입니다. 인증서 상태 : 폐지(Revoked)"; nor where an OS version is said to be where it fails, "현재 OS 버전(Android
    // 7.0)에서는 모바일 보험용 인증서를 이용하실 수 없습니다".
    // …nor where the kind refused is said to be an expired or revoked one: "사용할 수 없는 인증서입니다(만료 또는 폐기된 인증서)".
    against: '[(（](?:인증서)?(?:만료|폐기|폐지|효력정지)(?:된|됨)?(?:또는|이나|혹은|,|/)(?:만료|폐기|폐지|효력정지)|유효기간(?:\\([^)]*\\))?이(?:지나|지났|경과|만료)|인증서상태[:：]?(?:폐지|폐기|효력정지|정지)|os버전(?:\\([^)]*\\))?(?:에서는|에서)|(?:이하|미만)(?:의)?(?:버전|os|운영체제|기기|단말기?|스마트폰|휴대폰)|(?:입니다|예요)\\.?상태(?:를|을)' + CHECK_ADVICE + '|확장자|(?:상태|유효성)(?:확인|조회|검증)결과|' + STATUS_ADVICE + '|인증서(?:의)?상태(?:를|을)?' + CHECK_ADVICE,
    weight: 0.87,
    severity: 'warning',
    fix: 'fix-cert-type',
  },
  {
    id: 'cert-not-found',
    category: 'cert-not-found',
    keywords: ['thereisno', 'therearenocert', '.key', '인증서', 'certificate', 'npki', 'cert_not', 'certnot', '개인키', '비밀키', '파일', 'signcert', 'signpri', 'kmcert', 'kmpri', 'pfx', 'p12', '확장자', '키쌍', '.der', '키형식', 'privatekey', 'keyfile', '키집합', 'keyset'],
    topics: [
      any('(?:인증서|개인키|비밀키)(?:파일)?' + opt(any('를', '을', '가', '이')) + opt('다시') + any('읽', '열', '로딩', '로드', '획득', '디코딩', '검색', '불러', '찾', '선택')),
      any('키파일', '인증서에맞는', 'privatekey', 'keyfile', 'certificatefile'),
      // The certificates' folder: "NPKI 폴더 경로를 찾을 수 없습니다".
      [any('npki(?:폴더|경로)'), 0.85],
      any('인증서(?:와|과)(?:개인키|비밀키)', '(?:개인키|비밀키)(?:와|과)인증서', '(?:개인키|비밀키)(?:가|이)?(?=불일치|일치하지않)', '키쌍', 'signcert', 'signpri', 'kmcert', 'kmpri', 'pfx', 'p12', '(?:파일)?확장자', '인증서(?:파일)?(?:형식|포맷)'),
      // Not "인증서 로그인에 실패했습니다": the way of logging in, not the certificate, is its subject; nor
      // "용도제한용 인증서는 발급 수수료가 없습니다": the certificate is the topic, and what is not there another thing.
      [any('파일(?:을|이|을여|을읽)?', `(?<!잠긴|만료된|폐지된|만료예정|만료예정인|만료임박|만료임박한|잠금(?:처리)?된|(?:갱신|재발급|조치|확인|등록)이필요한|보안|tls|ssl|서버|사이트의|${SIMPLE_AUTH_PROVIDER})인증서(?!비스|로그인|(?:는|은)(?!개인키|비밀키|키파일|파일)[가-힣]{1,8}(?:가|이)없)(?:파일|정보)?`), 0.75],
    ],
    reports: [
      // In English, none where the user looked: "There is no certificate in the selected storage location."
      'there(?:is|are)no(?:saved|stored)?certificates?(?:in|on|at)(?:the|this|your)?(?:selected|chosen)?(?:storage|location|drive|disk|folder|device|media|medium)',
      // Its folder not found: "XecureWeb 클라이언트 오류 [-1203] : 인증서 경로를 찾을 수 없습니다."
      CERT_FOLDER_NOT_FOUND,
      // None held at all: "카카오 인증서 미보유 사용자입니다".
      '인증서(?:를)?미보유(?:사용자|고객|회원|상태)?(?:입니다|이므로|예요|이에요|$)',
      // Windows' key store has no key container for it ("0x80090016: 키 집합이 없습니다", NTE_BAD_KEYSET): its private key is not there.
      any('키집합(?:이|가)(?:없|존재하지않)', 'keysetdoesnotexist', 'nte_bad_keyset'),
      // "선택하신 파일(.pfx)은 지원하지 않는 인증서 확장자입니다": the file's kind.
      '지원(?:하지|되지)않는(?:인증서)?(?:파일)?(?:확장자|파일형식)',
      // …or said of the chosen file: "선택한 파일이 PKCS#12(.pfx/.p12) 형식이 아닙니다" (its extensions' dots are no sentence's end).
      '(?:선택(?:한|하신|된)|지정(?:한|하신|된)|업로드(?:한|하신|된))(?:인증서)?파일(?:이|은|의)[^?!]{0,30}(?:형식|포맷|확장자)(?:이|가)아닙',
      // The user's file checked for its extension after a kind was refused: "…파일만 가져올 수 있습니다. 선택한 파일의 확장자를 확인하세요".
      '선택(?:한|하신)(?:인증서)?파일의확장자(?:를|가)?확인',
      // The one kept on a device, not found there: "휴대폰에 저장된 공동인증서를 찾지 못했어요".
      '저장된(?:공동|공인|금융)?인증서(?:를|가|을)?(?:찾지못|찾을수없)',
      // The key pair's halves that do not belong together: "개인키와 인증서의 공개키가 일치하지 않습니다" (not the
      // module's internals, though it names a public key).
      // …or said in words: "하드디스크에 저장된 인증서가 한 개도 검색되지 않았습니다".
      '인증서가(?:한개도|하나도)' + within(6) + '(?:(?:검색|조회|발견|표시)되지않|없)',
      // (…or counted as none found: "해당 저장매체에는 조회되는 인증서가 한 건도 없습니다".)
      '(?:검색|조회|표시)되는(?:공동|공인|금융)?인증서가(?:한(?:건|개)도|하나도)없',
      // A list's count of none: "이 PC의 인증서 0개" (not a count of a failed state: "폐지된 인증서 0건", "오류 인증서 0개").
      '(?<!만료예정|만료임박|갱신대상|만료된|폐지된|폐기된|효력정지(?:된)?|정지된|오류|잠긴|손상된)인증서(?:목록)?(?:가|이)?0(?:개|건)(?![\\d.])',
      // …or this device, said after the certificate: "선택하신 인증서가 이 기기에 없어요".
      '인증서(?:가|이)(?:이|현재|해당)?(?:기기|pc|휴대폰|스마트폰|단말기?)(?:에|에는)(?:없|존재하지않)',
      // A place with none, tersely: "선택한 위치에 인증서 없음".
      '(?:위치|폴더|드라이브|매체|경로)에(?:는)?(?:공동|공인|금융)?인증서(?:가)?없음',
      KEY_PAIR_MISMATCH,
      // English dialogs: "Certificate not found.", "Failed to load the certificate."
      'certificate' + within(4) + any('notfound', 'doesnotexist', 'isnotexist', 'cannotbefound', 'couldnotbefound', 'isnotavailable'),
      'cert_?not_?found',
      // "인증서 목록이 비어 있습니다": the list shows none.
      '인증서목록(?:이)?비어(?:있|있습)',
      'nocertificates?' + opt(any('were', 'was')) + any('found', 'available', 'installed', 'stored'),
      any('failedto', 'unableto', 'cannot', 'couldnot') + any('load', 'read', 'find', 'open') + opt('the') + any('certificate', 'privatekey', 'keyfile'),
      // (Not an empty list before the first step: "아직 가져온 인증서가 없습니다. 아래 [인증서 가져오기]를 …"; nor one that will not
      // go, "…휴대폰을 잃어버려도 인증서가 없어지지 않습니다".)
      any('인증서가(?:있어야합니다|필요합니다)', '(?:잘못된|올바르지않은)키형식', '(?<!잠긴|만료된|폐지된|만료예정|만료예정인|만료임박|만료임박한|잠금(?:처리)?된|(?:갱신|재발급|조치|확인|등록)이필요한|아직[가-힣]{0,4}(?:가져온|옮긴|등록한|추가한|저장한|보관한|내보낸))(?:저장된|사용가능한|선택가능한|선택된|선택하신|유효한)?인증서(?:가|이)(?:없습니다|없으|없어(?!지지(?:않|안))|존재하지않)', '인증서존재하지않', '인증서파일(?:가|이)(?:올바르지않|유효하지않)',
        // Not the site's own TLS certificate, which a browser calls "보안 인증서".
        '(?<!tls|ssl|서버|보안|사이트의)인증서가올바르지않', '인증서가손상', '(?<!정보가|수|효력이|효력)없는인증서입니다', '저장된인증서가아닙'),
      // "단일 파일로는 *.pfx 또는 *.p12 파일만 지원합니다": the chosen files are not a certificate.
      any('pfx', 'p12', 'signcert', 'signpri') + '[^?!]{0,60}' + '만(?:가능|지원)',
      // Choosing certificate files: "인증서 *.der, *.key을 같이 선택해주세요", "하나의 인증서만 선택 가능 합니다"
      // A list's terse status: "인증서 없음".
      '^(?:저장된|사용가능한|등록된)?(?:공동|공인|금융)?인증서(?:목록)?(?:가|이)?(?:없음|미존재)(?=$|[-–:])',
      // The one to act on is not there: "갱신할 인증서를 찾을 수 없습니다" (not the renewal's failure).
      '(?:갱신|재발급|폐지|폐기|삭제|복사|이동|내보낼|가져올|제출)할(?:공동|공인|금융)?인증서(?:를|가|이)?(?:찾을수없|찾지못|없습|없어|존재하지않)',
      // An empty file: "빈 인증서 파일입니다", "인증서 파일이 비어 있습니다".
      any('(?<![가-힣])빈(?:인증서|키)?파일', '(?:인증서|키)파일(?:이|의내용이)?비어(?:있|있습)'),
      any('\\.key(?:을|를)(?:같이|함께)선택', '(?:한쌍|하나|한개|두쌍)(?:의|또는)?' + within(10) + '인증서(?:만|를)?선택', '인증서(?:와|과)키파일'),
    ],
    // Not one whose status the advice is about: "사용할 수 없는 인증서입니다. 만료일 또는 폐기 여부를 확인하세요".
    // (…nor a window closed after waiting for input: "인증서 선택 창에서 입력이 없어 창이 닫혔습니다", the session's; nor a key that
    // would not open for a bad password: "PrivateKey decrypt failed (bad password)".)
    against: STATUS_ADVICE + '|(?:입력|응답)(?:이)?없(?:어|어서|으므로)[^.?!]{0,16}(?:닫혔|닫혀|종료되었|종료됐)|(?<![a-z])(?:bad|wrong|incorrect)password',
    weight: 0.72,
    severity: 'error',
    fix: 'fix-cert-not-found',
  },
  {
    id: 'storage-media-problem',
    category: 'storage-media',
    keywords: ['키체인', 'keychain', '키스토어', 'keystore', 'ckr_', '공무원증', 'c_initialize', 'c_login', 'c_opensession', 'c_sign', 'sopin', 'so-pin', '하드', '토큰', 'token', 'smartcard', 'sdcard', 'sd카드', 'removable', 'certificate', 'hsm', '카드', '이동식', 'iccard', 'usim', '유심', '디스크', '장치', 'usb', '외장', '저장', '매체', '이미', '안전디스크', '브라우', '선택', '미디어', '드라이브', '용량', '지문', '바이오', '드라이브', '드라이버', '세이프하드', '스마트인증', '스마트원', '휴대폰', '복사', '내보내기', '가져오기', '백업', '복원', '삭제', '쓰', '업로드', '이동', '메모리', '디스크', '디렉', '파일', '클라우드', 'cloud', '한도', '비밀키', '구동프로그램', 'pin', '핀번호', 'storage', '최신인증서', '동일한인증서'],
    topics: [
      // A token's security officer PIN: "SO-PIN이 올바르지 않습니다".
      any('so-?pin'),
      // Not the place a missing certificate was looked for ("저장매체에서 인증서를 찾을 수 없습니다"): the
      // certificate is what is missing. Nor the place of one that is the subject ("보안토큰에 저장된 인증서의 유효기간이
      // 만료되었습니다", "…인증서가 당행에 등록된 인증서와 다릅니다"), nor a medium that worked ("보안토큰 로그인은 되었으나 …"),
      // nor where a key was looked for ("토큰에서 인증서에 대응하는 개인키를 찾지 못했습니다").
      MEDIUM + '(?!(?:에서|에|내에|안에)(?:는)?(?:저장된|사용가능한|선택가능한|유효한)?(?:법인|개인|사업자|기업)?(?:공동|공인|금융)?인증서(?:를|가|이)?(?:찾|없|존재하지않|검색되지)|(?:에|에서|내에|안에)(?:저장된|보관된|있는|들어있는)(?:공동|공인|금융)?인증서(?:의|가|이|는|은)|(?:에|에서)(?:는)?(?:공동|공인|금융)?인증서(?:가|이)(?:한개도|하나도)|(?:로그인|연결|인식)(?:은|이)?(?:되었|됐|성공하였|성공했|정상)(?:으나|지만|이나)|(?:에서|에)(?:는)?[^.?!]{0,16}(?:개인키|비밀키)(?:를|을|가|이)?(?:찾지못|찾을수없|없))',
      any(MEDIUM + opt('의') + any('pin', '핀번호', '암호', '비밀번호'), '핀번호', '구동프로그램', '(?:보안토큰|리더기)?드라이버'),
      [any('(?<![a-z])pin(?:번호)?'), 0.75],
      [any('인증서' + opt(any('를', '을', '의', '정보')) + FILE_OPERATION, any('복사', '내보내기', '가져오기', '백업', '복원', '삭제', '쓰기') + any('를', '을', '에', '중', '도중', '하는데', '할수', '(?=실패|오류|에러)')), 0.85],
      [any('(?:파일|디렉터리|디렉토리)(?:을|를)?(?:쓰|생성|삭제|저장)', '(?:개인키|비밀키|인증서|인증경로|경로|dn정보)(?:를|을)?저장', '한도(?:갯수|개수)', '최대(?:저장)?(?:갯수|개수)', '메모리', '(?<!사)용량', '디스크공간', '저장공간'), 0.8],
      // Not "클라우드 연결에 실패하였습니다": reaching the cloud is the network's part (server-error).
      [any('클라우드(?!(?:저장소|서비스|보관함)?(?:와|과|에|서버)?(?:의)?(?:연결|접속|통신)(?:에|이|중)?(?:실패|오류|에러|할수없|하지못))', 'cloud'), 0.6],
      // "금융인증서를 이 기기에 저장하지 못했습니다": saving it where it is kept.
      [any('인증서(?:를|을)' + within(8) + '저장(?=하지못|할수없|에실패|실패|되지않)'), 0.85],
    ],
    reports: [
      // A card or token locked after its PIN tries: "스마트카드 PIN 입력 횟수가 한도에 이르러 카드가 잠금 처리되었습니다".
      any('스마트카드', 'ic카드', '보안토큰', 'hsm') + within(30) + '(?:잠금(?:처리)?(?:되었|됐)|잠겼)',
      // A phone's keychain or key store refused: "키체인 접근 거부 (errSecInteractionNotAllowed) - 인증서를 보관할 수 없습니다".
      any('키체인', 'keychain', '키스토어', 'keystore') + '(?:접근|access)?' + any('거부', '오류', '실패', 'denied', 'error', 'failed'),
      // In English, a medium's PIN locked, the medium named: "PIN locked. Please contact the smart card issuer to reset it."
      '(?<![a-z])pin(?:is|hasbeen|was)?locked[^?!]{0,40}(?:smartcard|iccard|securitytoken|token|hsm|usim)',
      // …or the medium's PIN named as its own: "The PIN of your smart card has been locked after too many incorrect entries."
      'pinof(?:your|the)(?:smartcard|iccard|securitytoken|token|hsm|usim)(?:has|is)?(?:been)?locked',
      // A PKCS#11 token's own code for it, alone or after the call that failed: "CKR_TOKEN_NOT_PRESENT", "C_Initialize 호출 실패
      // (CKR_GENERAL_ERROR)", "… (CKR_PIN_LEN_RANGE)".
      '(?<![a-z])ckr_(?:token_not_(?:present|recognized)|device_(?:removed|error|memory)|pin_(?:incorrect|locked|len_range|invalid|expired)|token_write_protected|user_pin_not_initialized|general_error|function_failed)',
      '(?<![a-z])c_(?:initialize|login|opensession|getslotlist|gettokeninfo|findobjects(?:init)?|sign(?:init)?|initpin|setpin|inittoken)' + within(6) + any('실패', '오류', 'failed', 'error'),
      // "USB 메모리가 빠져 있어요": the medium pulled out.
      '(?:usb|이동식(?:디스크|드라이브)?|보안토큰|외장(?:디스크|메모리)|메모리)(?:가|이)?(?:빠져있|빠졌|분리되었|분리됐|뽑혔)',
      // Windows' own words for a drive or device it cannot use: "E:\\에 액세스할 수 없습니다. 장치가 준비되지 않았습니다.", "USB 장치가
      // 인식되지 않음".
      '장치가준비되지않', 'usb장치(?:가)?인식되지않',
      // English dialogs: "Failed to save the certificate.", "The token is locked.", and a medium that may not be written to.
      any('failedto', 'unableto', 'cannot', 'couldnot') + any('save', 'store', 'write', 'copy', 'export', 'import', 'delete') + opt('the') + 'certificate',
      // Not asked: "Why is my security token locked?"
      any('token', 'smartcard', 'usbdrive', 'removabledisk', 'storagedevice', 'hsm') + within(6) + any('islocked', 'locked', 'cannotbefound', 'couldnotbefound', 'notfound', 'notconnected', 'isnotinserted', 'notinserted', 'notpresent', 'isnotpresent') + '(?![^?]*\\?)',
      // "No security token (HSM) was detected."
      'no(?:security)?token(?:\\([^)]*\\))?(?:was|is)?(?:detected|found|connected|inserted)',
      // "No removable disk was found.", "Not enough space on the storage device."
      '^no' + any('removabledisk', 'usbdrive', 'token', 'securitytoken', 'smartcard', 'storagedevice') + opt(any('was', 'were', 'is')) + any('found', 'connected', 'inserted', 'detected'),
      any('notenough', 'insufficient') + within(4) + 'space',
      any('쓰기(?:금지|방지|보호)(?:상태|되어|가설정|설정)', 'writeprotect'),
      '이미' + within(4) + '저장되어있',
      any('장치가잠(?:겼|김|겨)', '(?<![a-z])pin(?:번호)?(?:를|을)확인(?:하세요|하십시오)'),
      any('잘못된' + MEDIUM, '지원(?:되지|하지)않는' + MEDIUM, '(?:원본|대상)매체(?:와|가)' + within(12) + '동일'),
      // (Not a device that lacks the sensor: "현재 기기는 지문 인증을 지원하지 않습니다" is the device's.)
      near(any('(?<!(?:기기|단말기?|휴대폰|스마트폰)(?:는|은|에서는))지문', '바이오'), any('이용할수없', '사용할수없', '지원(?:되지|하지)않', '선택할수없'), 30),
      // Not "사용량 급증으로 … 원활하지 않음": the site's load.
      near(any('저장공간', '디스크공간', '(?<!사)용량'), any('부족', '모자', '없습니다', '충분하지'), 8),
      any('이미' + within(8) + '(?:같은|동일한)' + within(6) + '인증서가' + opt('이미') + '존재'),
      // Copying onto a place that holds it already: "기존에 있는 인증서가 동일한 인증서 이거나 최신 인증서 입니다".
      '(?:기존에|이미)(?:있는|저장된|존재하는)인증서가' + within(16) + any('동일한인증서', '같은인증서', '최신인증서'),
      // What is said of a medium after its name, in one pass over the names (each alternative starting with
      // them would try every name at every position); last, so that an earlier phrase is the reading where
      // both match:
      MEDIUM +
        any(
          any('가', '이') + any('없', '존재하지않', '같습니다'),
          '(?:가|이|에서)지원(?:하지|되지)않',
          // "보안토큰(HSM)이 연결되지 않았거나 드라이버가 설치되지 않았습니다": the medium's driver, not a security program;
          within(30) + any('드라이버', '구동프로그램') + within(6) + any('설치되지않', '설치되어있지않', '없'),
          within(12) + any('(?:을|를)?(?:삽입|연결)하(?:세요|십시오)', '초기화(?:가|되지)', '초기화(?:가|이)?필요', '로그인(?:이)?되지않', '잠(?:겼|김(?!해제)|금(?!해제|\\]|을해제|을풀|은|는))'),
          within(8) + '(?:동일한|같은)인증서가' + opt('이미') + '존재',
          within(20) + any('제거(?:되었|됐)', '길거나짧', '짧습니다'),
          // "인증서 갱신 작업은 '브라우저' 저장소에서만 가능합니다": only from another place, so not from this one;
          '(?:에서|으로|로)만' + within(12) + any('가능', '(?:하실|할)수있', '지원'),
          opt('의') + SECRET + '(?:는|은)\\d+(?:자|자리)',
        ),
    ],
    // A medium with a PIN of its own named anywhere, a tag included ("[HSM] PIN 입력 횟수 초과로 잠김"), makes a bare PIN its own.
    context: any('(?<![a-z])hsm', '보안토큰', '(?<![a-z])token(?![a-z])', '스마트카드'),
    // A move's relay server named: "인증서 내보내기 실패 (중계서버 응답 없음)" is the move's, not a medium's.
    // A mailbox that is full is the mail's: "보증서 사본 메일이 반송되었습니다 (수신함 용량 초과)".
    // …and a file of the wrong kind chosen ("인증서 가져오기 실패: 선택한 파일이 PKCS#12 형식이 아닙니다"): the file, not the medium.
    // …and a phone or this browser that does not take the medium ("USIM 스마트인증 미지원 단말입니다", "이 브라우저는 Web Crypto
    // API를 지원하지 않아 …"), an issue refused while the medium is
    // only what it was for ("USIM 인증서 발급 요청이 거부되었습니다");
    // …and an environment that does not support it ("64비트 브라우저 환경에서는 보안토큰 로그인이 지원되지 않습니다",
    // "원격 데스크톱(RDP) 환경에서는 보안토큰 및 스마트카드를 사용할 수 없습니다").
    // (…nor a phone's storage permission refused, which stops a file being read: "저장공간 접근 권한이 없어 인증서 파일을 읽지 못했습니다".)
    // (…nor a copy that failed because the key is not the certificate's: "인증서 가져오기 오류 인증서와 개인키가 서로 맞지 않습니다"; nor
    // every medium searched in vain: "하드디스크와 이동식디스크 어디에서도 인증서를 찾지 못했습니다", nor the certificates' folder: "인증서 저장
    // 경로를 찾지 못했습니다", "하드디스크의 NPKI 폴더에서 인증서 파일(signCert.der)을 발견하지 못했습니다"; nor an import that
    // needs a one-time number, which is a move between devices: "가져오기 실패 · 인증번호 입력 시간이 지났어요".)
    against: '(?:가져오기|내보내기)[^?!]{0,20}인증번호|저장공간(?:접근)?권한|미지원(?:단말|기기|휴대폰)|지원(?:하지|되지)않는(?:단말|기기|휴대폰)|' + THIS_BROWSER_REFUSES + '|발급(?:요청|신청)(?:이|가)?(?:[가-힣]{0,8}에서)?거부|팝업(?:창)?차단(?:으로|때문에|되어)|' + DESKTOP_OS + '(?:을|를)?지원(?:하지|되지)않|중계서버|(?:복사|이동|릴레이)서버|cert_?pin|(?:스마트폰|휴대폰|pc)에서(?:의)?내보내기|메일|수신함|mailbox|파일(?:이|은|의)[^?!]{0,30}(?:형식|포맷|확장자)(?:이|가)아닙|(?:(?:\\d+비트|원격데스크톱(?:\\([a-z]+\\))?)(?:브라우(?:저|져))?|브라우(?:저|져)|운영체제)(?:환경)?에서(?:는|도)(?=[^.?!]{0,30}(?:지원(?:되지|하지)않|(?:사용|이용)(?:할|하실)수없|(?:쓸|쓰실)수없))|' + KEY_PAIR_MISMATCH + '|어디에서도(?:공동|공인|금융)?인증서(?:를|가)?(?:찾지못|찾을수없|없)|' + CERT_FOLDER_NOT_FOUND + '|npki폴더(?:에서|에)[^.?!]{0,30}(?:발견하지못|찾지못|찾을수없)',
    weight: 0.9,
    severity: 'error',
    fix: 'fix-storage-media',
  },
  {
    // The 인증서 이동/복사 services move a certificate between a PC and a phone with a one-time
    // approval number shown on one device and typed on the other.
    id: 'cert-transfer-failed',
    category: 'cert-transfer',
    keywords: ['importing', 'exporting', 'transfertimedout', 'digit', 'authentication', 'certificate', 'movethe', 'moving', 'moveyour', 'movecert', 'certificatemove', '인증서보내기', '단말', '전송', 'magicmrs', '중계서버', '인증서복사', '인증서이동', '인증서내보내기', '인증서가져오기', '복사요청', '이동요청', '복사대기', '이동대기', '상대기기', '상대방기기', '자동취소', '자동으로취소', 'transfer', 'smartphone', 'approvalnumber', '가져오기시간', '내보내기시간', '내보내기', '가져오기', '자리', '다른pc', '다른컴퓨터', '복사시간', '승인번호', '승인코드', '이동', 'qr', 'pc', '스마트폰', '기기', '인증번호', '인증코드', '복사앱', '수신된', '제공기관', '대기시간', '업로드'],
    topics: [
      // "The authentication number for moving the certificate has expired."
      CERTIFICATE_MOVE,
      // …or by the length of its number, which a phone check's never has: "The 8-digit authentication number has expired".
      '(?:8|12|16)-?digit(?:authentication|approval|verification)?(?:number|code)',
      // "인증서 복사 인증번호가 유효하지 않습니다": the move service's number, whatever it calls the move.
      any('승인(?:번호|코드)(?!전송)', '인증서(?:복사|이동|가져오기|내보내기)(?:용)?(?:인증|승인)번호', '인증서이동', '인증서보내기', 'qr(?:코드|code)', 'magicmrs', '인증번호(?:요청|전송|를입력)', '(?:보내는|받는)단말', '전송된인증서', '이동(?:을|이)?(?:진행|취소|서비스)', 'qr코드', 'pc측', 'pc접속', NOT_ANOTHER_PC + '(?<![a-z0-9])pc에서' + NOT_LOOKING + '(?:인증서)?', '기기고유정보', '(?:첫|두|세)번째인증번호', '인증번호(?:를|을)?(?:생성|개수)', '인증서복사앱', '복사앱', '수신된(?:인증서|개인키)', '(?<!간편인증|서비스)제공기관', '이동프로그램', '중계서버', 'certificatetransfer', '(?:export|import|copy)(?:ed)?(?:(?:the|a|your)?certificate)?(?:to|from)(?:the)?(?:smartphone|phone|pc)', 'approvalnumber', '(?:스마트폰|휴대폰|pc)(?:에|화면에)(?:표시|출력)된(?:인증|승인)번호', '(?:인증|승인)번호(?:8|12|16)자리', '(?:스마트폰|휴대폰|핸드폰|모바일)(?:의)?인증서(?:복사|이동|가져오기|내보내기)', // Not a product named for the PC ("AnySign4PC와 연결할 수 없습니다").
      NOT_ANOTHER_PC + '(?:(?<![a-z0-9])pc|스마트폰)(?:으로|에서' + NOT_LOOKING + '|과|와)(?:스마트폰|pc)?', '(?<![a-z0-9]|(?:usb|토큰|디스크|드라이브|매체|카드|리더기?)(?:를|을)?)pc(?:에|와|과)(?:의)?연결'),
      // (Not a wait for a server's answer: "EDI 전송 응답 대기 시간이 초과되었습니다".)
      [any('대기시간(?<!응답대기시간)'), 0.7],
      // Words it shares with a phone check or a copy between media, read by the message's context (below).
      [any('인증(?:번호|코드)', 'authentication(?:number|code)', '인증서(?:복사|이동|내보내기|가져오기)', '(?:복사|이동)(?:요청|대기)'), 0.6],
      // "인증서 내보내기 대기시간이 초과되어 …": the move's own time.
      any('(?:인증서|qr)(?:내보내기|가져오기|복사|이동)(?:대기|입력|유효)?시간', '중계서버'),
      // The move's own number, by its length ("12자리 번호가 맞지 않습니다"), and a copy to another PC.
      [any('(?<![\\d])(?:8|12|16)자리(?:의)?(?:번호|숫자|인증번호|승인번호|코드)', '(?:다른|새)(?:pc|컴퓨터|기기)(?:로|으로|에)(?:복사|이동|내보내)'), 0.9],

    ],
    // The other device gave up, or the wait ran out: "상대 기기에서 인증서 이동이 취소되었습니다",
    // "인증서 이동 대기시간(5분)이 지나 요청이 자동 취소되었습니다".
    // …or the time ran out and took the move with it: "인증번호 유효시간(3분)이 지나 인증서 가져오기가 취소되었습니다".
    // A move's own findings: an approval number used before ("이미 사용된 승인번호입니다"), another move under way ("다른 기기에서 이미
    // 인증서 이동이 진행 중입니다"), the move stopped by itself or its request run out ("…인증서 내보내기가 자동 취소되었습니다",
    // "인증서 가져오기 요청이 만료되었습니다").
    reports: [
      // In English, the import from the phone failed: "Importing the certificate from your smartphone has failed: the transfer timed out."
      '(?:importing|exporting)(?:the|your)?certificate(?:from|to)(?:your|the)?(?:smartphone|phone|mobile|pc)(?:has)?failed',
      // In English, the move itself timed out: "Transfer timed out — the phone did not send the certificate within 3 minutes …".
      '^(?:certificate)?transfer(?:has)?timedout',
      // The phone that was to receive it: "The phone did not receive the certificate within 5 minutes".
      'phone(?:did|has)not(?:yet)?receive(?:d)?(?:the|your)?certificate',
      // "Certificate export failed: the connection timed out before your phone finished receiving the certificate."
      'certificate(?:export|import|transfer|move)failed' + within(60) + any('yourphone', 'mobile', 'smartphone'),
      // "Certificate export timed out. The certificate was not received on the PC within 3 minutes, …"
      'certificate(?:export|import|transfer|move)(?:has)?timedout',
      // The move's QR code run out: "인증서 내보내기용 QR이 만료됨. 새로고침 후 다시 스캔".
      '(?:내보내기|가져오기|이동|복사)용(?:qr|큐알)(?:코드)?(?:이|가)?(?:만료|유효시간(?:이)?(?:경과|초과|만료))',
      any('이미사용(?:된|한)승인번호', '이미(?:인증서)?(?:이동|복사|가져오기|내보내기)(?:이|가)?진행중', '(?:가져오기|내보내기|이동|복사)요청(?:이|가)?만료(?:되었|됐)'),
      any('상대(?:방)?기기에서' + within(16) + '취소(?:되었|됐|하였|했)', '(?:요청|이동|복사|내보내기|가져오기|전송)(?:이|가)?자동(?:으로)?취소(?:되었|됐)', '시간(?:이)?(?:지나|초과되어|경과되어|만료되어)' + within(12) + '(?:가져오기|내보내기|이동|복사)(?:가|이)?(?:자동(?:으로)?)?취소(?:되었|됐)')],
    // The other device named, or the number's length or place: "PC 화면에 표시된 번호", "스마트폰 앱에 표시된",
    // "8자리 인증번호", "상대 기기". (Not a phone alone: 휴대폰 저장 is a medium.)
    // (…and the other side's step named: "…휴대폰에서 인증서 내보내기가 완료되었는지 확인하신 후 …".)
    // (…or in English: "Request a new number on your PC and start the certificate export again".)
    // (…and the step named without the certificate: "내보내기 실패 - 인증번호 유효시간(3분)이 지났습니다".)
    context: any('onyourpc', 'certificate(?:export|import)', '(?:export|import)thecertificate', '(?:pc|스마트폰|휴대폰|핸드폰|앱)(?:화면|앱)?(?:에|에서|의)(?:표시|출력|나온|나타난)', '(?:스마트폰|휴대폰|핸드폰)에서(?:인증서)?내보(?:내기|낸)', '(?<![a-z])pc화면에서' + within(6) + '(?:인증|승인)번호', '(?<![a-z])pc(?:에서|로|으로|→|->)', '(?:스마트폰|휴대폰)(?:으로(?!받|전송|발송|온)|→|->)', '(?:→|->)(?:pc|스마트폰)', '(?:8|12|16)자리', '상대(?:방)?기기', '인증서이동', '승인번호', '(?:입력할|다른)기기', '인증번호[^?!]{0,40}인증서(?:가져오기|내보내기)', '(?:인증서(?:복사|이동)|가져오기|내보내기)[^?!]{0,20}인증번호', '(?<![a-z])qr(?:코드|code)?'),
    // …not where an environment is what refuses it: "원격 데스크톱 및 다중 사용자 환경에서는 인증서 이동을 …".
    // …nor where this device is barred ("현재 PC에서는 접속이 차단되어 있습니다"): nothing is moved.
    // …nor a log-in with the same ID on another PC ("다른 PC에서 같은 아이디로 로그인해서 연결이 끊어졌습니다"): a session ended.
    // (…nor an OTP's number: "고객님 OTP : 인증번호 오류 10회 초과로 …".)
    // …nor a disk that cannot be written ("인증서 이동 실패: 대상 디스크(E:\)에 쓸 수 없습니다. 쓰기 방지가 …"): the medium's; nor a browser
    // that does not support the service ("현재 사용 중인 브라우저(Internet Explorer 10)에서는 인증서 이동 서비스를 지원하지 않습니다").
    // (Nor a move to another medium on the same PC: "인증서 이동 실패 : 대상 저장매체(하드디스크)로 파일을 옮기는 도중 중단되었습니다".)
    // (…nor a remote-support session's relay: "원격지원 중계 서버와의 연결이 끊어졌습니다".)
    // (…nor a gateway that timed out: "HTTP 504 Gateway Time-out - … 불러오지 못했습니다".)
    against: '(?<![a-z])http50[234]|gatewaytime-?out|원격지원|(?<![a-z])otp[:：]|브라우(?:저|져)(?:\\([^)]*\\))?에서는[^.?!]{0,30}지원(?:하지|되지)않|쓰기방지|(?:대상|원본|다른)저장매체|(?:디스크|드라이브)(?:\\([^)]*\\))?(?:에|에는)(?:쓸|저장할)수없|원격(?:데스크톱|데스크탑)|다중사용자|가상(?:머신|환경)|(?:같은|동일)(?:아이디|id|계정)(?:로|으로)(?:중복)?(?:로그인|접속)|' + THIS_DEVICE_BARRED,
    weight: 0.93,
    severity: 'error',
    fix: 'fix-cert-transfer',
  },
];
