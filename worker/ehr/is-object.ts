/** A plain JSON object (not null, not an array): what every reader of client JSON checks first. */
export const isObject = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x);
