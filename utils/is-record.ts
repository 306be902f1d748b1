/**
 * A plain object whose fields can be read one by one: what every check of a stored value or a
 * received message starts with. Arrays are not records (a list where an object belongs is junk).
 */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
