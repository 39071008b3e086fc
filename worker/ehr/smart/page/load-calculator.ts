// The calculator comes from its own origin as any host page gets it: the one-tag script, SRI-pinned
// (the build writes its path and hash here), registering the element placed in the page.
declare const LMS_WIDGET: { readonly path: string; readonly integrity: string };

/** Loads the widget's script and resolves once <lms-calculator> is defined; rejects if it cannot load. */
export function loadCalculator(origin: string): Promise<void> {
  const script = document.createElement('script');
  script.src = new URL(LMS_WIDGET.path, origin).href;
  script.integrity = LMS_WIDGET.integrity;
  script.crossOrigin = 'anonymous';
  script.dataset.mount = 'none';
  return new Promise((resolve, reject) => {
    script.addEventListener('error', () => reject(new Error(`the calculator's script did not load from ${origin}`)));
    customElements.whenDefined('lms-calculator').then(() => resolve(), reject);
    document.head.append(script);
  });
}
