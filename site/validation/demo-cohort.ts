import type { SyntheticOptions } from '@lms-score/core/validate';

/**
 * The validation page's synthetic demo cohort. The prevalences are assumptions for a
 * demonstration, not published figures (the page says so next to the results).
 */
export const DEMO_COHORT: SyntheticOptions = {
  n: 1500,
  seed: 1,
  prevalence: { ki67: [0.55, 0.35, 0.1], vascularInvasion: 0.25, lymphNodeMetastasis: 0.2, adjuvantTherapy: 0.3 },
  censorMonths: [12, 120],
};
