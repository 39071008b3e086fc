import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/canonical-json.ts';

/** SHA-256 (hex) of a model definition's canonical JSON: what every result's `model.hash` must be. */
export const modelHash = (definition: unknown): string =>
  createHash('sha256').update(canonicalJson(definition)).digest('hex');
