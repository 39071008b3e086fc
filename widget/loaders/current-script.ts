import { documentOwn } from './document-own.ts';

// Read once, at load: a script is current only while it runs.
const script = documentOwn('currentScript');

/**
 * The classic <script> running this bundle: the one-tag script, whose src says where the widget's
 * other files are and after which it renders. Read with Document's own getter, since
 * `document.currentScript` can be a host page's <img name="currentScript">, and checked to be an
 * HTML <script>. Null in an ES module.
 */
export const currentScript: HTMLScriptElement | null = script instanceof HTMLScriptElement ? script : null;
