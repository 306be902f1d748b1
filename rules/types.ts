/** Stable category ids: the popup, the diagnostic report and outside checks rely on them. */
export const CATEGORIES = [
  'identity-verification',
  'account-credentials',
  'cert-password',
  'new-password-rules',
  'cert-expired',
  'cert-revoked',
  'cert-registration',
  'cert-type',
  'cert-not-found',
  'storage-media',
  'security-program',
  'popup-blocked',
  'browser-unsupported',
  'session-expired',
  'service-hours',
  'server-error',
  'auth-code',
  'issue-failed',
  'issue-limit',
  'email-not-received',
  // Added with the corpus: families with real messages and a fix of their own.
  'cert-transfer',
  'device-blocked',
] as const;

export type Category = (typeof CATEGORIES)[number];

export type Lang = 'ko' | 'en';
export type Localised = Record<Lang, string>;

/** Groups of built-in sites: certificate authorities, banks, securities firms, savings banks and co-operatives, public portals. */
export type SiteKind = 'ca' | 'bank' | 'securities' | 'savings' | 'public';

export interface CustomerCentre {
  phone: string;
  /** Only where a source confirms them. */
  hours?: Localised;
  /** Where the number comes from, so the next engineer can re-check it. */
  source: string;
}

export interface Site {
  id: string;
  name: Localised;
  kind: SiteKind;
  /** WebExtension match patterns; `*://` so loopback replicas over plain HTTP match too. */
  matches: readonly string[];
  reissueUrl?: string;
  centre?: CustomerCentre;
  /** Maintenance or service-hour notes, shown with server-error and service-hours advice. */
  serviceHours?: Localised;
}

export type Severity = 'info' | 'warning' | 'error';

/**
 * A word for what a failure is about, as a regex source on the compact form, with how much it
 * says about this problem (1 when nothing else uses it; less for words shared with other problems).
 */
export type Topic = string | readonly [source: string, weight: number];

export interface Problem {
  id: string;
  category: Category;
  /**
   * What a failure of this kind is about: the subject a reader looks for beside a failure word
   * ("인증서 암호", "보안토큰", "보안 프로그램"). Matched on the *compact* normalised text (NFKC,
   * lower case, all whitespace removed), so "본인 확인" and "본인확인" are one. A topic counts only
   * in a sentence that reports a failure (see catalogue/signals.ts).
   */
  topics?: Topic[];
  /**
   * Phrases that report this problem by themselves, failure word included ("팝업이 차단되었",
   * "점검 중입니다"), for the families whose failure word belongs to them alone.
   */
  reports?: string[];
  /**
   * Literal fragments of the compact text, at least one of which every topic and report needs.
   * They index the catalogue, so a message is tried only against problems it could match.
   */
  keywords: string[];
  /** 0–1: how sure a match of this problem makes us; the more specific, the higher. */
  weight: number;
  /**
   * Words anywhere in the message that make this problem the likelier reading of a word it shares
   * with another ("인증번호" beside "PC 화면에 표시된 번호": a move between devices, not a phone check).
   * They raise a score the problem already has (by CONTEXT_BONUS in the matcher); alone they report nothing.
   */
  context?: string;
  /**
   * Words anywhere in the message that speak against this reading of a word it shares with another
   * problem: a count of wrong tries ("비밀번호가 일치하지 않습니다. (3/5)") is about a password that exists,
   * not a new one typed twice. They lower the score (by AGAINST_FACTOR in the matcher).
   */
  against?: string;
  /** Site ids this problem is limited to; a scoped match outranks a generic one. */
  sites?: string[];
  /** Error codes that identify this problem on their own (as printed by the dialog programs). */
  codes?: string[];
  severity: Severity;
  fix: string;
}

/** Where a step's facts come from: `[OFFICIAL] host/path (what it says)`, or `[BLOG] …` where nothing official exists. */
export type Source = string;

export interface FixStep extends Localised {
  /** Required: a step no source supports is removed, not shipped. */
  source: Source;
}

export interface Fix {
  id: string;
  title: Localised;
  /** 2–6 short steps in the order a person does them, Korean in 해요체. */
  steps: FixStep[];
  /** Korean: the steps say 비밀번호 or 암호 as the page that reported the problem does. */
  followsPageWord?: boolean;
  /** The site's own help page, when one is known. */
  link?: string;
  /** Whether the steps tell the user to call the site's customer centre. */
  callCentre?: boolean;
}

export interface Diagnosis {
  problemId: string;
  category: Category;
  fixId: string;
  confidence: number;
  code?: string;
}
