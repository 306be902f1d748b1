// The local security programs that pages talk to on loopback, by port, and by the names their own
// messages and sites' install prompts use. A listed page whose request to one of these fails is a
// page that cannot reach the program: it is missing or not running.
// Ports from ../shared/reference/README.md (finsec-persona README).

export interface LocalProgram {
  /** Stable id, kept in a tab's state. */
  id: string;
  /** The product's own name, as shown to the user. */
  name: string;
  /** How messages spell it, lower case and without spaces (see rules/programs.ts). */
  spellings: readonly string[];
  ports: readonly number[];
  /**
   * The maker's own help or installer page, only where an official page was found; `source` says
   * where. Without one the user is sent to the site's own install page, which every site has.
   */
  help?: { url: string; source: string };
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const localPrograms: readonly LocalProgram[] = [
  { id: 'delfino', name: 'Delfino', spellings: ['delfino', '델피노'], ports: [16107] },
  { id: 'magicline', name: 'MagicLine4NX', spellings: ['magicline', '매직라인'], ports: [19006, 42235] },
  { id: 'ipinside', name: 'IPinside LWS', spellings: ['ipinside', '아이피인사이드'], ports: [21300, 21400] },
  { id: 'veraport', name: 'Veraport', spellings: ['veraport', '베라포트'], ports: [16105, 16106] },
  {
    id: 'astx',
    name: 'AhnLab Safe Transaction (ASTx)',
    spellings: ['ahnlabsafetransaction', 'safetransaction', 'astx', '안랩세이프트랜잭션'],
    ports: [...range(55920, 55929), 12380, 15530],
    help: {
      url: 'https://ask.ahnlab.com/hc/ko/articles/4403072257049',
      source: '[OFFICIAL] ask.ahnlab.com/hc/ko/articles/4403072257049 (AhnLab help: ASTx start types; a site asks to install ASTx when it is not running; start it from the Start menu)',
    },
  },
  { id: 'crossweb', name: 'INISAFE CrossWeb EX', spellings: ['crosswebex', 'crossweb', 'inisafecrossweb'], ports: [7710, 7711, ...range(4441, 4445)] },
  { id: 'nprotect', name: 'nProtect Online Security', spellings: ['nprotect', '엔프로텍트'], ports: [16100, ...range(14440, 14443)] },
  { id: 'nxkey', name: 'TouchEn nxKey', spellings: ['touchennxkey', 'nxkey', 'touchen', '터치엔'], ports: range(34580, 34583) },
  { id: 'anysign', name: 'AnySign4PC', spellings: ['anysign4pc', 'anysign', '애니사인'], ports: [10531] },
];

/** Loopback hosts the programs listen on; the manifest asks for these (ports are not part of a pattern). */
export const LOOPBACK_MATCHES = ['*://127.0.0.1/*', '*://localhost/*'] as const;
