// How the readers of raw input (the core's parser, the CSV table, the API's query and form fields)
// hold and name outside keys: one home, so that each quotes, compares and stores a name alike.

/**
 * A value as a problem message quotes it: a string JSON-escaped (control characters written out),
 * anything else as text, cut past 40 characters.
 *
 * @example
 * shownValue('ki-67'); // '"ki-67"'
 */
export function shownValue(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * A name without case or punctuation, to find the name a misspelt one meant.
 *
 * @example
 * squashedName('Boot_Strap') === squashedName('bootstrap'); // true
 */
export const squashedName = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Stores `value` under `name` as an own field of a plain object (which V8 reads faster than a
 * prototype-less one, a dictionary to it); "__proto__" is defined, never set as the prototype.
 *
 * @example
 * const fields: Record<string, string> = {};
 * setOwnField(fields, '__proto__', 'x'); // Object.keys(fields): ['__proto__']
 */
export function setOwnField<V>(record: Record<string, V>, name: string, value: V): void {
  if (name === '__proto__') Object.defineProperty(record, name, { value, enumerable: true, writable: true });
  else record[name] = value;
}
