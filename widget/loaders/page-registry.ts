import type { css, html, nothing, svg } from 'lit';
import type { LocalePack } from '../locales/locale-strings.ts';
import type { CalculatorPart } from './part-loader.ts';

declare global {
  // By widget version, since two versions on one page each bring their own Lit: the first part's
  // Lit for the second part to render with (part-loader.script.ts), and the second part, which
  // registers itself (scripts/build/build-widget.ts).
  var __lmsLit: Record<string, { css: typeof css; html: typeof html; nothing: typeof nothing; svg: typeof svg }>;
  var __lmsParts: Record<string, CalculatorPart> | undefined;
  // A language pack's script registers itself here; the loader takes it out (locale-loader.script.ts).
  var __lmsLocales: Record<string, LocalePack> | undefined;
}

type Registries = {
  __lmsLit: typeof globalThis.__lmsLit;
  __lmsParts: NonNullable<typeof globalThis.__lmsParts>;
  __lmsLocales: NonNullable<typeof globalThis.__lmsLocales>;
};

/**
 * One of the tables that the widget's separately loaded files share on the page, made an own
 * property of the window before the file that fills it runs. Until a global is set, markup can
 * answer for it: <form name="__lmsParts"><input name="0.3.0"></form> makes `window.__lmsParts`
 * that form, and `window.__lmsParts['0.3.0']` its input (DOM clobbering). An own property of the
 * window takes precedence over any named element, and the registering script's
 * `globalThis.__lmsParts ??= {}` then finds this one.
 */
export function pageRegistry<K extends keyof Registries>(name: K): Registries[K] {
  const page = globalThis as unknown as Partial<Registries>;
  if (!Object.hasOwn(page, name)) page[name] = {};
  return page[name]!;
}
