/**
 * Node only, and only in the command line's own process and threads (bin.ts, audit/worker.ts, read-worker-node.ts
 * import it; a program that uses policysmith's modules as a library keeps its DecompressionStream, and the browser
 * never loads this). pdf.js 5 unpacks a PDF's compressed streams —
 * page contents, fonts — with the runtime's DecompressionStream where there is one, and with its own inflate where
 * making one fails. Node's DecompressionStream is web streams over zlib on the thread pool: for the few dozen small
 * streams of a policy PDF the round trips cost more than the unpacking, and pdf.js's own inflate reads the same
 * bytes to the same text in about a fifth less of the whole PDF audit's CPU time (scripts/bench-audit-documents.mjs).
 * Nothing else in policysmith uses it, so this process goes without it. A browser's own, native one is quick and
 * stays.
 */
delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
