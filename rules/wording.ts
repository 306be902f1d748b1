// One reading of the many ways of saying the same report. The catalogue is written in the 합쇼체 of
// certificate dialogs with their common words; pages also write the friendly 해요체 and official or rare
// words for the same things, and English its contractions. `formal` rewrites a compact text (see normalise.ts) into the
// catalogue's wording before it is matched, so that no pattern has to list every ending and synonym.

/**
 * The friendly 해요체 of newer pages ("인증서를 찾을 수 없어요", "지금은 이용 시간이 아니에요", "접속이
 * 제한됐어요", "문제가 생겼어요") said in the 합쇼체 the catalogue is written in: one reading of both.
 * A syllable ending in ㅆ before 어요 ("됐", "겼", "썼", "었") takes 습니다.
 */
const POLITE = /(?:아니에요|아니예요|아녜요|이에요|예요|없어요|있어요|않아요|해요|돼요|[가-힣]어요)/gu;
const FORMAL: Readonly<Record<string, string>> = {
  아니에요: '아닙니다',
  아니예요: '아닙니다',
  아녜요: '아닙니다',
  이에요: '입니다',
  예요: '입니다',
  없어요: '없습니다',
  있어요: '있습니다',
  않아요: '않습니다',
  해요: '합니다',
  돼요: '됩니다',
};
/** ㅆ as a final consonant: (syllable − 가) mod 28 = 20. */
const withSsangSiot = (syllable: string): boolean => (syllable.charCodeAt(0) - 0xac00) % 28 === 20;
/** A quick look before the replacement: most texts with 요 end in 세요, which stays. */
const MAY_BE_POLITE = /[어에예해돼]요/u;
const polite = (flat: string): string =>
  MAY_BE_POLITE.test(flat)
    ? flat.replace(POLITE, (ending: string) => {
        const fixed = FORMAL[ending];
        if (fixed) return fixed;
        return withSsangSiot(ending) ? `${ending[0]}습니다` : ending;
      })
    : flat;
/**
 * …and the written, official words for the same things: "상이합니다" is "다릅니다", "제공되지 아니합니다"
 * is "제공되지 않습니다" (and "없읍니다", the old spelling, "없습니다"; "되여", a slip, "되어").
 */
const OFFICIAL =
  /상이(?:합니다|하여|해서|하므로|하니|함)|지아니(?:합니다|한다|하여|한|하는|함)|미일치|유효기한|(?<!미)만기(?=임박|도래|된|되|가(?!능)|이(?!용)|를|까지|\d|$|[^가-힣])|(?<!미)만기일|비허용|불허|반려|무응답|부재|미비|(?<=[가-힣])읍니다|되여|되였/gu;
const PLAIN: Readonly<Record<string, string>> = {
  상이합니다: '다릅니다',
  상이하여: '달라',
  상이해서: '달라',
  상이하므로: '달라',
  상이하니: '달라',
  상이함: '불일치',
  지아니합니다: '지않습니다',
  지아니하여: '지않아',
  지아니한다: '지않는다',
  지아니한: '지않은',
  지아니하는: '지않는',
  지아니함: '지않음',
  // …and the rarer nouns of a report: "일련번호 미일치", "유효기한 경과", "만기 임박", "접속 불허", "신청 반려",
  // "무응답", "인증서 부재", "서류 미비". (Only where 만기 is a word, before what is said of it: compaction runs
  // "8.0 미만 기기", "해외 IP 접속만 기본 차단됩니다" and "잠시만 기다려 주세요" together too.)
  미일치: '불일치',
  유효기한: '유효기간',
  만기: '만료',
  만기일: '만료일',
  비허용: '허용되지않음',
  불허: '허용되지않음',
  반려: '거절',
  무응답: '응답없음',
  부재: '없음',
  미비: '부족',
  // The spelling before the 1988 reform, kept by old builds: "저장된 인증서가 없읍니다".
  읍니다: '습니다',
  // …and a common misspelling of 되어 and 되었: "동일 용도의 인증서가 이미 발급 되여 있습니다", "설치가 완료 되였습니다".
  되여: '되어',
  되였: '되었',
};
/**
 * …and a status in quotes, glued to what is said of it ("상태 확인 결과 '폐지'된 인증서입니다", "'만료' 상태", "인증서 상태가 '효력정지'입니다"): the
 * status itself.
 * (A quoted message, "'인증서 검증 실패' 오류는 …", keeps its quotes: only a status word alone is unquoted.)
 */
const QUOTED_STATUS =
  /['‘’"“”](폐지|폐기|효력정지|정지|만료|잠김|잠금|차단|해지)['‘’"“”](?=된|되|됐|됨|처리|상태|입니다|이므로)/gu;
const MAY_BE_QUOTED = /['‘’"“”]/u;
/**
 * …and English contractions written out ("can't be used", "couldn't be processed", "doesn't work", "won't open"), the
 * catalogue's English being written in full ("cannot", "couldnot", "doesnot").
 */
const CONTRACTION = /(ca|wo|could|does|do|did|is|are|was|were|has|have|had|would|should|must)n['’]t/gu;
const MAY_BE_CONTRACTED = /n['’]t/u;
const FULL: Readonly<Record<string, string>> = { ca: 'can', wo: 'will' };
const uncontracted = (flat: string): string =>
  MAY_BE_CONTRACTED.test(flat)
    ? flat.replace(CONTRACTION, (_: string, verb: string) => `${FULL[verb] ?? verb}not`)
    : flat;
export const formal = (flat: string): string => {
  const plain = polite(uncontracted(MAY_BE_QUOTED.test(flat) ? flat.replace(QUOTED_STATUS, '$1') : flat));
  return plain.replace(OFFICIAL, (word: string) => PLAIN[word] ?? word);
};
