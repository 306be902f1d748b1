// The local security programs that pages talk to on loopback, by port. A listed page whose request
// to one of these fails is a page that cannot reach the program: it is missing or not running.
// Ports from ../shared/reference/README.md (finsec-persona README).

export interface LocalProgram {
  name: string;
  ports: readonly number[];
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const localPrograms: readonly LocalProgram[] = [
  { name: 'Delfino', ports: [16107] },
  { name: 'MagicLine4NX', ports: [19006, 42235] },
  { name: 'IPinside LWS', ports: [21300, 21400] },
  { name: 'Veraport', ports: [16105, 16106] },
  { name: 'AhnLab Safe Transaction', ports: [12380, 15530] },
  { name: 'ASTx', ports: range(55920, 55929) },
  { name: 'INISAFE CrossWeb EX', ports: [7710, 7711, ...range(4441, 4445)] },
  { name: 'nProtect', ports: [16100, ...range(14440, 14443)] },
  { name: 'TouchEn nxKey', ports: range(34580, 34583) },
  { name: 'AnySign4PC', ports: [10531] },
];

/** Loopback hosts the programs listen on; the manifest asks for these (ports are not part of a pattern). */
export const LOOPBACK_MATCHES = ['*://127.0.0.1/*', '*://localhost/*'] as const;
