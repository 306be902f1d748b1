/**
 * A time bound for the tests that catch quadratic or exponential work. Under Stryker every
 * statement is instrumented and counted, which makes linear code some times slower but leaves the
 * difference from quadratic (minutes on a megabyte) as large: vitest.mutate.config.ts widens the
 * bounds by TIME_BUDGET_FACTOR. Plain test runs use the bounds as written.
 */
export const timeBudget = (ms: number): number => ms * Number(process.env.TIME_BUDGET_FACTOR ?? 1);
