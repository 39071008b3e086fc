/** Pair counts behind Harrell's C, named as in R's survival::concordance (tied.x, tied.y, tied.xy). */
export interface ConcordanceCounts {
  readonly concordant: number;
  /** Comparable pairs whose risk scores are equal (R: tied.x); each counts one half. */
  readonly tiedRisk: number;
  readonly discordant: number;
  /** Pairs of events at the same time with different scores (R: tied.y); not comparable. */
  readonly tiedTime: number;
  /** Pairs of events at the same time with equal scores (R: tied.xy); not comparable. */
  readonly tiedBoth: number;
}

/** (concordant + tiedRisk / 2) / comparable pairs; null when no pair is comparable. */
export const concordanceIndex = (c: ConcordanceCounts): number | null => {
  const comparable = c.concordant + c.discordant + c.tiedRisk;
  return comparable ? (c.concordant + c.tiedRisk / 2) / comparable : null;
};

/**
 * Survival data prepared once for counting concordance many times (the bootstrap reweights rows):
 * rows sorted by time, descending, and scores replaced by their rank among the distinct scores.
 */
export interface PreparedConcordance {
  /** Counts with every row once, or with `weights[i]` copies of row i (original order). */
  count(weights?: ArrayLike<number>): ConcordanceCounts;
}

/**
 * Harrell's C as R's `concordance(Surv(time, event) ~ score, reverse = TRUE)` (timewt "n"): higher
 * scores should fail first. A pair is comparable when the shorter time is an event; a censored time
 * equal to an event time outlives it; two events at one time are tiedTime (or tiedBoth). Work is
 * O(n log k) per count for k distinct scores, with a Fenwick tree over the score ranks.
 *
 * @example
 * prepareConcordance([1, 2, 3], [1, 1, 0], [5, 3, 1]).count().concordant; // 2
 */
export function prepareConcordance(
  time: ArrayLike<number>,
  event: ArrayLike<number>,
  score: ArrayLike<number>,
): PreparedConcordance {
  const n = time.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => time[j]! - time[i]!);
  const distinct = [...new Set(Array.from(score))].sort((a, b) => a - b);
  const rankOf = new Map(distinct.map((s, r) => [s, r + 1]));
  const rank = Int32Array.from(order, (i) => rankOf.get(score[i]!)!);
  const sortedTime = Float64Array.from(order, (i) => time[i]!);
  const isEvent = Uint8Array.from(order, (i) => (event[i] ? 1 : 0));
  const k = distinct.length;
  const tree = new Float64Array(k + 1);
  const add = (r: number, w: number) => {
    for (; r <= k; r += r & -r) tree[r]! += w;
  };
  const below = (r: number) => {
    let s = 0;
    for (; r > 0; r -= r & -r) s += tree[r]!;
    return s;
  };
  // Where each run of equal times ends, found once: every count walks the same runs.
  const runEnd = new Int32Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && sortedTime[j] === sortedTime[i]) j++;
    runEnd[i] = j;
    i = j;
  }
  const rowWeight = new Float64Array(n);
  const sameTime = new Float64Array(k + 1); // events of the current time by score rank
  const touched = new Int32Array(n);
  return {
    count(weights) {
      tree.fill(0);
      for (let p = 0; p < n; p++) rowWeight[p] = weights ? weights[order[p]!]! : 1;
      let total = 0;
      let concordant = 0;
      let discordant = 0;
      let tiedRisk = 0;
      let tiedTime = 0;
      let tiedBoth = 0;
      for (let i = 0; i < n; ) {
        const j = runEnd[i]!;
        // Censored at this time outlive its events: they join the partners first.
        for (let p = i; p < j; p++) {
          const w = rowWeight[p]!;
          if (!isEvent[p] && w) {
            add(rank[p]!, w);
            total += w;
          }
        }
        let events = 0;
        let ranks = 0;
        for (let p = i; p < j; p++) {
          const w = rowWeight[p]!;
          if (!isEvent[p] || !w) continue;
          const r = rank[p]!;
          const lower = below(r - 1);
          const upTo = below(r);
          concordant += w * lower;
          tiedRisk += w * (upTo - lower);
          discordant += w * (total - upTo);
          events += w;
          if (sameTime[r] === 0) touched[ranks++] = r;
          sameTime[r]! += w;
        }
        let same = 0;
        for (let q = 0; q < ranks; q++) {
          const r = touched[q]!;
          const c = sameTime[r]!;
          same += (c * (c - 1)) / 2;
          add(r, c);
          sameTime[r] = 0;
        }
        tiedBoth += same;
        tiedTime += (events * (events - 1)) / 2 - same;
        total += events;
        i = j;
      }
      return { concordant, discordant, tiedRisk, tiedTime, tiedBoth };
    },
  };
}
