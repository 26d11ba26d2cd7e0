/** pdf.js's worker module ships without types; the page only hands it to pdf.js (see main.ts). */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs";
