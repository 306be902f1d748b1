import type { Category, Severity } from '../rules/types';
import { isRecord } from './is-record';
import type { Reminder, Settings } from './settings';
import { parseSettingsChange, type SettingsChange } from './settings-changes';
import { sanitiseReminders } from './settings-schema';

/** Where a candidate failure text was seen. */
export const SOURCES = [
  'inline',
  'layer',
  'alert',
  'confirm',
  'prompt',
  'popup',
  'http',
  'network',
  'program',
  'mail',
] as const;
export type Source = (typeof SOURCES)[number];

/** Largest text a content script may send; the matcher caps at 2 KB anyway. */
export const MAX_CANDIDATE_CHARS = 2000;

/** content → background: a short text that may report a failure (already redacted). */
export interface CandidateMessage {
  type: 'candidate';
  source: Source;
  text: string;
}

/** popup → background: the tab's problems, ready to show. */
export interface TabViewRequest {
  type: 'tab-view';
  tabId: number;
}

/** content (top frame) → background: the user chose "이 사이트에서 숨기기". */
export interface HideHintMessage {
  type: 'hide-hint-on-site';
}

/** popup / options → background: change a setting (the background is the only writer). */
export interface SettingsMessage {
  type: 'settings';
  change: SettingsChange;
}

export type ReminderChange =
  { op: 'add'; reminder: Reminder } | { op: 'remove'; id: string } | { op: 'replace'; reminders: Reminder[] };

/** options → background: add, remove or replace expiry reminders. */
export interface RemindersMessage {
  type: 'reminders';
  change: ReminderChange;
}

/** options → background: forget everything (settings, reminders, history, custom sites and their permissions). */
export interface ClearDataMessage {
  type: 'clear-all-data';
}

/** background → top frame: what the in-page hint shows now. */
export interface HintMessage {
  type: 'hint';
  view: HintView;
}

/**
 * Every message the background takes, each with the reply it gives (utils/messaging.ts sends them;
 * background/messages.ts routes them, and its handlers must return exactly these replies).
 */
export interface ProtocolMap {
  /** true: taken (never send it again); false: send it again later. */
  candidate: { message: CandidateMessage; reply: boolean };
  'hide-hint-on-site': { message: HideHintMessage; reply: undefined };
  'tab-view': { message: TabViewRequest; reply: TabView };
  /** The settings after the change. */
  settings: { message: SettingsMessage; reply: Settings };
  /** The reminders after the change. */
  reminders: { message: RemindersMessage; reply: Reminder[] };
  'clear-all-data': { message: ClearDataMessage; reply: true };
}

export type RuntimeMessage = ProtocolMap[keyof ProtocolMap]['message'];
export type ReplyTo<T extends RuntimeMessage['type']> = ProtocolMap[T]['reply'];

/** Every message the background sends to a tab's top frame, where the hint lives. */
export interface HintProtocolMap {
  hint: HintMessage;
  'focus-hint': FocusHintMessage;
}

export type HintBoundMessage = HintProtocolMap[keyof HintProtocolMap];

/** A customer centre to call: its number (always from a source) and opening hours. */
export interface Centre {
  phone: string;
  hours?: string;
}

export interface ProblemView {
  problemId: string;
  category: Category;
  severity: Severity;
  title: string;
  steps: string[];
  code?: string;
  /** When it was first seen (ms since epoch). */
  seenAt?: number;
  /** The site's customer centre, when the fix says to call and a source confirms the number. */
  centre?: Centre;
  link?: string;
  /** The message that revealed it, as stored (redacted): for the report and for placing the hint beside it. */
  message?: string;
  /** The security program the message names, with its official help or installer page. */
  program?: { name: string; url?: string };
}

export interface HintLabels {
  heading: string;
  close: string;
  minimise: string;
  /** The chip's name: "재발급 도우미 안내 펼치기 (문제 2개)". */
  restore: string;
  hideOnSite: string;
  call: string;
  code: string;
  program: string;
  moveLeft: string;
  moveRight: string;
  /** What the status region announces once: how many problems, and the newest. */
  announce: string;
  /** "Alt+Shift+H: 이 안내로 이동" when the keyboard shortcut is set; empty otherwise. */
  shortcut: string;
}

export interface HintView {
  lang: 'ko' | 'en';
  /** The site the problems were seen on (a frame's problems belong to the page around it). */
  site?: string;
  problems: ProblemView[];
  labels: HintLabels;
}

/** background → top frame: the user pressed the shortcut that moves focus to the hint. */
export interface FocusHintMessage {
  type: 'focus-hint';
}

export interface TabView {
  lang: 'ko' | 'en';
  site?: { id: string; name: string; centre?: Centre; serviceHours?: string; reissueUrl?: string };
  /** The tab's host, when the extension may know it (a listed site, or after the toolbar click). */
  host?: string;
  /** The user chose "이 사이트에서 숨기기" for this host. */
  hintHidden?: boolean;
  problems: ProblemView[];
  /** Failures no rule knows (redacted texts), for "알 수 없는 오류" and a missing-rule report. */
  unknown?: Array<{ text: string; seenAt: number }>;
}

/** Messages reach the background from pages we do not control: accept only the exact shapes. */
export function parseRuntimeMessage(value: unknown): RuntimeMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'candidate') {
    const { source, text } = value;
    if (typeof text !== 'string' || text.length === 0 || text.length > MAX_CANDIDATE_CHARS) return undefined;
    if (!(SOURCES as readonly unknown[]).includes(source)) return undefined;
    return { type: 'candidate', source: source as Source, text };
  }
  if (value.type === 'hide-hint-on-site') return { type: 'hide-hint-on-site' };
  if (value.type === 'clear-all-data') return { type: 'clear-all-data' };
  if (value.type === 'reminders' && isRecord(value.change)) {
    const change = parseReminderChange(value.change);
    return change ? { type: 'reminders', change } : undefined;
  }
  if (value.type === 'settings') {
    const change = parseSettingsChange(value.change);
    return change ? { type: 'settings', change } : undefined;
  }
  if (value.type === 'tab-view' && Number.isInteger(value.tabId) && (value.tabId as number) >= 0) {
    return { type: 'tab-view', tabId: value.tabId as number };
  }
  return undefined;
}

/**
 * What the hint takes from the background. Only the background can message a content script's
 * world, but the view is still checked in shape before anything is drawn from it.
 */
export function parseHintMessage(value: unknown): HintBoundMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'focus-hint') return { type: 'focus-hint' };
  if (
    value.type === 'hint' &&
    isRecord(value.view) &&
    Array.isArray(value.view.problems) &&
    isRecord(value.view.labels)
  ) {
    return { type: 'hint', view: value.view as unknown as HintView };
  }
  return undefined;
}

function parseReminderChange(change: Record<string, unknown>): ReminderChange | undefined {
  if (change.op === 'remove' && typeof change.id === 'string') return { op: 'remove', id: change.id };
  if (change.op === 'add') {
    const [reminder] = sanitiseReminders([change.reminder]);
    return reminder ? { op: 'add', reminder } : undefined;
  }
  if (change.op === 'replace' && Array.isArray(change.reminders))
    return { op: 'replace', reminders: sanitiseReminders(change.reminders) };
  return undefined;
}
