import { CSV_COLUMNS_READ } from '@lms-score/core/csv';

/**
 * Request limits, in one place: the routes enforce them, and the rate-limit message, the OpenAPI
 * document and /docs quote them from here.
 */
/**
 * A batch: rows and bytes per request, and header columns (a batch reads id and the model's
 * fields, so a wider header is a mistake; the cap keeps the work linear in the body's size).
 */
export const BATCH_LIMITS = { rows: 10_000, bytes: 2 * 1024 * 1024, columns: CSV_COLUMNS_READ } as const;

/**
 * Rows a batch may ask `detail=full` for. A full row (breakdown and provenance) is about 1.2 KB
 * even for an empty input row (`{}`, 3 bytes), so 10,000 of them turned a 30 KB request into
 * 11.6 MB. At 1,000 the largest full answer is about 1.2 MB, under the largest summary answer.
 */
export const FULL_DETAIL_ROWS = 1_000;

/**
 * A validation's bootstrap: replicates × rows per request, so that the largest request (10,000 rows,
 * 1,000 replicates) still answers within a second on local workerd. Larger ones belong on the
 * researcher's machine (the /validate page has no such cap).
 */
export const VALIDATE_WORK = 10_000_000;

/** One patient's POST body. */
export const SCORE_BODY_BYTES = 16 * 1024;

// Not toLocaleString: it starts ICU at module load, about 15 ms of cold start.
export const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** "10,000 rows" and "2 MB", as the messages and docs say them. */
export const BATCH_ROWS_TEXT = `${grouped(BATCH_LIMITS.rows)} rows`;
export const BATCH_BYTES_TEXT = `${BATCH_LIMITS.bytes / 1024 / 1024} MB`;
export const FULL_DETAIL_ROWS_TEXT = `${grouped(FULL_DETAIL_ROWS)} rows`;
