import { Validator } from '@cfworker/json-schema';
import schema from './cds-hooks-2.0.schema.json';

type Definition = keyof typeof schema.$defs;

/** Validates `value` against one definition of the CDS Hooks 2.0 schema; the errors, empty when valid. */
export function cdsSchemaErrors(definition: Definition, value: unknown): string[] {
  const validator = new Validator({ ...schema, $ref: `#/$defs/${definition}` } as never, '2020-12', false);
  const { valid, errors } = validator.validate(value);
  return valid ? [] : errors.map((e) => `${e.instanceLocation}: ${e.error}`);
}
