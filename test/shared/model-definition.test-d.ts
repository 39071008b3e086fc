import { describe, expectTypeOf, it } from 'vitest';
import type { LmsInput, LmsResult } from '../../shared/lms.ts';
import { lmsModel } from '../../shared/lms-model.ts';
import type { ModelDefinition } from '../../shared/model-definition.ts';

describe('model types', () => {
  it('the LMS definition satisfies ModelDefinition', () => {
    expectTypeOf(lmsModel).toExtend<ModelDefinition>();
  });

  it('input keys and levels are derived from the definition', () => {
    expectTypeOf<keyof LmsInput>().toEqualTypeOf<
      'ki67' | 'vascularInvasion' | 'lymphNodeMetastasis' | 'adjuvantTherapy'
    >();
    expectTypeOf<NonNullable<LmsInput['ki67']>['level']>().toEqualTypeOf<'<3' | '3-20' | '>20'>();
    expectTypeOf<LmsInput['vascularInvasion']>().toEqualTypeOf<boolean | null>();
  });

  it("risk groups are the definition's ids", () => {
    expectTypeOf<LmsResult['riskGroup']>().toEqualTypeOf<'low' | 'intermediate' | 'high' | null>();
  });
});
