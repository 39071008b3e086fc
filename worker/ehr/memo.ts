/**
 * `read`, remembering its last answer: a Worker's env values stay the same from one request to
 * the next, so a setting is parsed once per value rather than on every request.
 *
 * @example
 * const trustList = lastValueMemo((config: string) => JSON.parse(config));
 */
export function lastValueMemo<A, R>(read: (arg: A) => R): (arg: A) => R {
  let last: { arg: A; result: R } | undefined;
  return (arg) => {
    if (last && last.arg === arg) return last.result;
    const result = read(arg);
    last = { arg, result };
    return result;
  };
}

/**
 * The value `held` keeps under `key`, made by `make` and kept on first use.
 *
 * @example
 * const set = heldOrMade(remoteSets, url, () => createRemoteJWKSet(new URL(url)));
 */
export function heldOrMade<K, V>(
  held: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: () => V,
): V {
  const found = held.get(key);
  if (found !== undefined) return found;
  const value = make();
  held.set(key, value);
  return value;
}
