/**
 * `document[name]` as Document's own getter gives it. Markup on a host page can shadow a property
 * of `document`: an <img name="currentScript"> or a <form name="head"> makes `document.currentScript`
 * or `document.head` that element (DOM clobbering), since a document's named elements take
 * precedence over its built-in properties. The getter on Document.prototype cannot be shadowed
 * (interface objects such as `Document` are the window's own properties, which named elements
 * never override).
 *
 * @example
 * documentOwn('head').append(script);
 */
export function documentOwn<K extends 'currentScript' | 'head'>(name: K): Document[K] {
  const get = Object.getOwnPropertyDescriptor(Document.prototype, name)?.get;
  return get ? (get.call(document) as Document[K]) : document[name];
}
