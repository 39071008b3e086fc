import { css, html, nothing, svg } from 'lit';
import type { CalculatorPart } from './part-loader.ts';
import { widgetScript } from './widget-script.ts';

// Written by the build (scripts/build/build-widget.ts): the part's file and SRI hash, and the version.
declare const __LMS_PART_FILE__: { readonly file: string; readonly integrity: string };
declare const __LMS_VERSION__: string;

declare global {
  // By widget version, since two versions on one page each bring their own Lit: this bundle's
  // Lit for the part to render with, and the part, which registers itself.
  var __lmsLit: Record<string, { css: typeof css; html: typeof html; nothing: typeof nothing; svg: typeof svg }>;
  var __lmsParts: Record<string, CalculatorPart> | undefined;
}

export type { CalculatorPart };

/**
 * The calculator's second part for the served builds: an SRI-pinned script from the widget's
 * versioned directory, rendering with this bundle's Lit (so Lit is downloaded once).
 */
export async function loadPart(): Promise<CalculatorPart> {
  globalThis.__lmsLit ??= {};
  globalThis.__lmsLit[__LMS_VERSION__] = { css, html, nothing, svg };
  await widgetScript(__LMS_PART_FILE__);
  const part = globalThis.__lmsParts?.[__LMS_VERSION__];
  if (!part) throw new Error(`${__LMS_PART_FILE__.file} did not register`);
  return part;
}
