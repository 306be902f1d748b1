import type { Problem } from '../types';
import { certificateProblems } from './problems/certificate';
import { environmentProblems } from './problems/environment';
import { identityProblems } from './problems/identity';
import { serviceProblems } from './problems/service';

export { fixes } from './fixes';
export { sites } from './sites';
export * as guide from './guide';

export const problems: Problem[] = [...identityProblems, ...certificateProblems, ...environmentProblems, ...serviceProblems];
