/** How many distinct rows one batch remembers. Their answers are short texts (under 400 bytes). */
const MEMO_ROWS = 2048;

const tagged = (value: unknown): string | null => {
  switch (typeof value) {
    case 'string':
      return `s${value.length}:${value}`;
    case 'number':
      return `n${value}`;
    case 'boolean':
      return value ? 't' : 'f';
    default:
      return value === null ? 'z' : null;
  }
};

/**
 * A row's fields as a memo key: each own key but `skip` in order, with its value's type and text,
 * length-prefixed so that two different rows never share a key ("12" and 12 differ, and so do
 * {a:"1,b"} and {a:"1",b:""}). Null, and so not remembered, when a value is not a string, number,
 * boolean or null: parse refuses those anyway, with problems that name them.
 *
 * @example
 * fieldsKey({ id: 'p1', ki67: '12', vascularInvasion: 'yes' }, 'id'); // '4:ki67s2:12|16:vascularInvasions3:yes|'
 */
export function fieldsKey(fields: object, skip?: string): string | null {
  let key = '';
  for (const name of Object.keys(fields)) {
    if (name === skip) continue;
    const value = tagged((fields as Record<string, unknown>)[name]);
    if (value === null) return null;
    key += `${name.length}:${name}${value}|`;
  }
  return key;
}

/**
 * One batch's answers by row key (fieldsKey): each distinct row is scored and written once, the rest
 * are looked up. Cohorts repeat profiles (four factors, a few levels each), so a 10,000-row batch
 * has a few hundred. Held only while its batch is answered; past MEMO_ROWS distinct rows, new ones
 * are computed and not kept.
 *
 * @example
 * const memo = new BatchMemo<string>();
 * memo.get(fieldsKey(row, 'id'), () => JSON.stringify(score(row)));
 */
export class BatchMemo<V> {
  private readonly answers = new Map<string, V>();

  /** The answer for `key`, computed by `make` the first time (and every time when `key` is null). */
  get(key: string | null, make: () => V): V {
    if (key === null) return make();
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = make();
      if (this.answers.size < MEMO_ROWS) this.answers.set(key, answer);
    }
    return answer;
  }
}
