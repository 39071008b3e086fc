import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleHookRequest } from '../../scripts/build/openapi-ehr.ts';

describe('docs/examples/cds-patient-view.json', () => {
  it('is the request /docs and openapi.json show, every prefetch key included (null for no data)', () => {
    const file = JSON.parse(readFileSync('docs/examples/cds-patient-view.json', 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(exampleHookRequest)));
    expect(Object.keys(file.prefetch)).toEqual(['ki67', 'vascularInvasion', 'lymphNodeMetastasis', 'adjuvantTherapy']);
  });
});
