import type { Result } from '@lms-score/core';
import type { FieldProblem } from '../../common/problems.ts';
import { isObject } from '../is-object.ts';

// RFC 3339 date-time in UTC, as the spec profiles outcomeTimestamp.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const MAX_ITEMS = 100;

/**
 * Reads a feedback body (CDS Hooks 2.0, Feedback): {"feedback": [{card, outcome, acceptedSuggestions
 * when accepted, overrideReason?, outcomeTimestamp}]}, naming every bad field by its path.
 */
export function readFeedback(body: unknown): Result<number, FieldProblem> {
  const problems: FieldProblem[] = [];
  const bad = (field: string, message: string) => problems.push({ field, code: 'invalid_type', message });
  const list = isObject(body) && Object.hasOwn(body, 'feedback') ? body.feedback : undefined;
  if (!Array.isArray(list) || list.length === 0) {
    bad('feedback', 'feedback must be a non-empty array.');
    return { ok: false, problems };
  }
  if (list.length > MAX_ITEMS) {
    bad('feedback', `feedback holds at most ${MAX_ITEMS} items per request.`);
    return { ok: false, problems };
  }
  list.forEach((item, i) => {
    const at = `feedback[${i}]`;
    if (!isObject(item)) {
      bad(at, `${at} must be an object.`);
      return;
    }
    if (typeof item.card !== 'string' || item.card === '') bad(`${at}.card`, `${at}.card must be the card's uuid.`);
    if (item.outcome !== 'accepted' && item.outcome !== 'overridden')
      bad(`${at}.outcome`, `${at}.outcome must be "accepted" or "overridden".`);
    if (typeof item.outcomeTimestamp !== 'string' || !TIMESTAMP.test(item.outcomeTimestamp))
      bad(`${at}.outcomeTimestamp`, `${at}.outcomeTimestamp must be an RFC 3339 UTC date-time (…Z).`);
    const accepted = item.acceptedSuggestions;
    if (item.outcome === 'accepted') {
      if (
        !Array.isArray(accepted) ||
        accepted.length === 0 ||
        !accepted.every((s) => isObject(s) && typeof s.id === 'string')
      )
        bad(`${at}.acceptedSuggestions`, `${at}.acceptedSuggestions must list {"id"} for an accepted outcome.`);
    }
    const reason = item.overrideReason;
    if (reason !== undefined) {
      const coding = isObject(reason) ? reason.reason : undefined;
      const comment = isObject(reason) ? reason.userComment : undefined;
      const codingOk =
        coding === undefined ||
        (isObject(coding) && typeof coding.code === 'string' && typeof coding.system === 'string');
      if (!isObject(reason) || !codingOk || (comment !== undefined && typeof comment !== 'string'))
        bad(`${at}.overrideReason`, `${at}.overrideReason must be {"reason": {"system", "code"}, "userComment"}.`);
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: list.length };
}
