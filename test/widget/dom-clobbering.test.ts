import { afterEach, describe, expect, it } from 'vitest';
import { currentScript } from '../../widget/loaders/current-script.ts';
import { documentOwn } from '../../widget/loaders/document-own.ts';
import { pageRegistry } from '../../widget/loaders/page-registry.ts';

// Markup a host page may let its authors write (names and ids, no script) that shadows what the
// widget looks up on document and window. The end-to-end tests load the served files on such pages.
const shadowing = (html: string) => {
  const box = document.createElement('div');
  box.innerHTML = html;
  document.body.append(box);
};

afterEach(() => {
  document.body.replaceChildren();
  delete (globalThis as { __lmsLocales?: unknown }).__lmsLocales;
});

describe('lookups that markup on the page cannot shadow (DOM clobbering)', () => {
  it("reads document.currentScript and document.head with Document's own getters", () => {
    shadowing('<img name="currentScript" src="data:," alt=""><form name="head"></form>');
    // What any other script on the page now sees:
    expect(document.currentScript).toBeInstanceOf(HTMLImageElement);
    expect(document.head).toBeInstanceOf(HTMLFormElement);
    expect(documentOwn('head')).toBe(document.querySelector('head'));
    expect(documentOwn('currentScript')).toBeNull(); // an ES module is running, not a classic script
    expect(currentScript).toBeNull();
  });

  it('makes a shared table an own property of the window before its file registers, ahead of a named form', () => {
    shadowing('<form name="__lmsLocales"><input name="de"></form>');
    expect((globalThis as { __lmsLocales?: unknown }).__lmsLocales).toBeInstanceOf(HTMLFormElement);
    const packs = pageRegistry('__lmsLocales');
    expect(packs).not.toBeInstanceOf(Element);
    // What a pack's script does (scripts/build/build-widget.ts): it now finds the table.
    const pack = { ui: {} } as never;
    globalThis.__lmsLocales ??= {};
    globalThis.__lmsLocales.de = pack;
    expect(packs.de).toBe(pack);
    expect(pageRegistry('__lmsLocales')).toBe(packs);
  });
});
