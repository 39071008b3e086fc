import { css, html, nothing, svg } from 'lit';
import { pageRegistry } from './page-registry.ts';
import type { CalculatorPart } from './part-loader.ts';
import { widgetScript } from './widget-script.ts';

// Written by the build (scripts/build/build-widget.ts): the part's file and SRI hash, and the version.
declare const __LMS_PART_FILE__: { readonly file: string; readonly integrity: string };
declare const __LMS_VERSION__: string;

export type { CalculatorPart };

/**
 * The calculator's second part for the served builds: an SRI-pinned script from the widget's
 * versioned directory, rendering with this bundle's Lit (so Lit is downloaded once).
 */
export async function loadPart(): Promise<CalculatorPart> {
  pageRegistry('__lmsLit')[__LMS_VERSION__] = { css, html, nothing, svg };
  const parts = pageRegistry('__lmsParts');
  await widgetScript(__LMS_PART_FILE__);
  const part = parts[__LMS_VERSION__];
  if (!part) throw new Error(`${__LMS_PART_FILE__.file} did not register`);
  return part;
}
