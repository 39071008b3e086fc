/** How many distinct rows one batch remembers. Their answers are short texts (under 400 bytes). */
const MEMO_ROWS = 2048;

/**
 * One batch's answers by row key (a CSV line's cells, say): each distinct row is scored and
 * written once, the rest are looked up. Cohorts repeat profiles (four factors, a few levels each),
 * so a 10,000-row batch has a few hundred. Held only while its batch is answered; past MEMO_ROWS
 * distinct rows, new ones are computed and not kept.
 *
 * @example
 * const memo = new BatchMemo<string>();
 * memo.get(cells.slice(1).join(','), () => JSON.stringify(score(row)));
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

/** A FieldsMemo node: the answer for the fields so far, and where each next name (or value) leads. */
interface FieldsNode<V> {
  answer: V | undefined;
  next: Map<unknown, FieldsNode<V>> | undefined;
}

/** How many nodes a FieldsMemo grows to: a name and a value per field, for MEMO_ROWS rows of several fields. */
const MEMO_NODES = MEMO_ROWS * 16;

const remembered = (value: unknown): boolean =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * One batch's answers by a row's fields, as BatchMemo by key: each distinct set of fields (own
 * keys in order, `skip` aside) is scored and written once. The fields are walked as a tree, a name
 * then its value at each step, each looked up as it is (a Map's SameValueZero: "12" and 12 differ,
 * so do {a:"1,b"} and {a:"1",b:""}), so no key text is built. A row with a value other than a
 * string, number, boolean or null is computed each time (the core refuses such values, naming them).
 *
 * @example
 * const memo = new FieldsMemo<string>();
 * memo.get(row, 'id', () => JSON.stringify(score(row)));
 */
export class FieldsMemo<V> {
  private readonly root: FieldsNode<V> = { answer: undefined, next: undefined };
  private nodes = 1;

  get(fields: object, skip: string, make: () => V): V {
    let node: FieldsNode<V> | undefined = this.root;
    for (const name of Object.keys(fields)) {
      if (name === skip) continue;
      const value = (fields as Record<string, unknown>)[name];
      if (!remembered(value)) return make();
      node = this.step(this.step(node, name), value);
      if (node === undefined) return make();
    }
    if (node.answer === undefined) node.answer = make();
    return node.answer;
  }

  /** Where `key` leads from `node`: a new node while there is room, else undefined. */
  private step(node: FieldsNode<V> | undefined, key: unknown): FieldsNode<V> | undefined {
    if (node === undefined) return undefined;
    let next = node.next?.get(key);
    if (next === undefined && this.nodes < MEMO_NODES) {
      next = { answer: undefined, next: undefined };
      node.next ??= new Map();
      node.next.set(key, next);
      this.nodes++;
    }
    return next;
  }
}
