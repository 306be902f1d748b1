import { localPrograms, type LocalProgram } from './catalogue/security-programs';

// Which security program a message names ("AnySign4PC 연결에 실패했습니다", "TouchEn nxKey 설치가
// 필요합니다"), so the fix can name it and link its maker's page instead of a generic "the program".

const compact = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** The first listed program whose name appears in the text (a Latin name only as a whole word). */
export function programIn(text: string): LocalProgram | undefined {
  const haystack = compact(text);
  let best: { program: LocalProgram; at: number } | undefined;
  for (const program of localPrograms) {
    for (const spelling of program.spellings) {
      const latin = /^[a-z0-9]+$/.test(spelling);
      const pattern = latin ? new RegExp(`(?<![a-z])${spelling}`) : new RegExp(spelling);
      const match = pattern.exec(haystack);
      if (match && (!best || match.index < best.at)) best = { program, at: match.index };
    }
  }
  return best?.program;
}

export const programById = (id: string): LocalProgram | undefined => localPrograms.find((p) => p.id === id);
