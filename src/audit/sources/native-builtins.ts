/**
 * pdf.js's legacy build — the one that runs in Node 20 and in older browsers — carries core-js polyfills that
 * replace some of the language's own functions for the whole process once it loads, though Node has them:
 * Array.prototype.push (about seven times slower after), JSON.parse and JSON.stringify (re-implemented in
 * JavaScript for a proposal nothing here uses) and Function.prototype.toString. Everything that ran after the
 * first PDF was read — every rule, every other document — paid for them. The originals are kept here, before
 * pdf.js is first loaded (import this module before pdf.js), and put back each time pdf.js may have loaded a
 * module: its main module, then its worker's on the first getDocument. The functions the polyfills add where a
 * runtime lacks them (Promise.withResolvers, Set methods…) stay: pdf.js needs those.
 */
const NATIVE: ReadonlyArray<[object, PropertyKey, PropertyDescriptor | undefined]> = [
  [Array.prototype, "push"],
  [JSON, "parse"],
  [JSON, "stringify"],
  [Function.prototype, "toString"],
].map(([owner, key]) => [
  owner as object,
  key as PropertyKey,
  Object.getOwnPropertyDescriptor(owner, key as PropertyKey),
]);

/** Puts back each built-in a polyfill replaced since this module was first loaded. */
export function restoreNativeBuiltins(): void {
  for (const [owner, key, descriptor] of NATIVE) {
    if (!descriptor || Object.getOwnPropertyDescriptor(owner, key)?.value === descriptor.value) continue;
    try {
      Object.defineProperty(owner, key, descriptor);
    } catch {
      // A frozen built-in (a hardened runtime) was not replaced either; nothing to put back.
    }
  }
}
