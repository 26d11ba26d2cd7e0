/**
 * The page's heavy half: the CLI's core (readers, rules, templates, renderers), pdf.js and the fonts. main.ts
 * loads it with import(), which esbuild keeps inside the one bundle but evaluates only when first asked for, so
 * the page is ready to use before pdf.js, the language model of the rules and the renderers have started up.
 */
// pdf.js runs in this thread (its "fake worker"): a worker file cannot load from file://. Setting the worker's
// module on globalThis before the first getDocument is how pdf.js is told to use it. Its polyfills replace some
// built-ins as it loads: native-builtins is evaluated first, to keep the originals, and puts them back after.
import "../audit/sources/native-builtins.js";
import * as pdfjsWorker from "pdfjs-dist/legacy/build/pdf.worker.mjs";
import { restoreNativeBuiltins } from "../audit/sources/native-builtins.js";

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;
restoreNativeBuiltins();

export { buildPolicy } from "../app/build-policy.js";
export { checkPolicy } from "../app/check.js";
export { renderPdf } from "../render/pdf/index.js";
export { providePageFonts } from "./fonts.js";
