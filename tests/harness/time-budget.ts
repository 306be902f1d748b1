/**
 * A time bound for the tests that catch quadratic or exponential work. Under Stryker every
 * statement is instrumented and counted, which makes linear code some times slower but leaves the
 * difference from quadratic (minutes on a megabyte) as large: vitest.mutate.config.ts widens the
 * bounds by TIME_BUDGET_FACTOR. Plain test runs use the bounds as written.
 */
export const timeBudget = (ms: number): number => ms * Number(process.env.TIME_BUDGET_FACTOR ?? 1);

/**
 * How many random cases a property test tries. Under Stryker a covering property test runs once per
 * surviving mutant, instrumented: vitest.mutate.config.ts lowers the count by PROPERTY_RUNS_FACTOR
 * (a mutant fast-check would only find on its 2,000th case then counts as survived, never the
 * other way round). Plain test runs try the counts as written.
 */
export const propertyRuns = (runs: number): number =>
  Math.max(10, Math.round(runs * Number(process.env.PROPERTY_RUNS_FACTOR ?? 1)));

/**
 * The corpus lines a test that runs the matcher over every line should try: all of them in plain
 * runs; under Stryker (PROPERTY_RUNS_FACTOR) every n-th line, since the test runs once per mutant.
 */
export function sampled<T>(items: readonly T[]): readonly T[] {
  const factor = Number(process.env.PROPERTY_RUNS_FACTOR ?? 1);
  if (factor >= 1) return items;
  const step = Math.round(1 / factor);
  return items.filter((_, i) => i % step === 0);
}
