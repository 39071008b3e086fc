// esbuild replaces import.meta.env.DEV with false in the production builds and true in the
// development build (scripts/build/build-widget.ts); Vite (the browser tests) sets it to true.
interface ImportMetaEnv {
  readonly DEV: boolean;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
