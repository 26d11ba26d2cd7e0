#!/usr/bin/env node
// One peer step of `npm run bench`, in a process of its own: `node scripts/bench-peers/run.mjs '<json>'`.
//   {mode: "one-core", dir, peer, sample, warmup, out}: fills `warmup` + `sample` settings' policies (untimed),
//     renders the warm-up ones untimed, then renders and writes each sample policy with one peer, timed:
//     docxtemplater | pdfmake | typst | remark (HTML) | pandoc-docx | pandoc-html | libreoffice (PDF from
//     pandoc's .docx, made untimed first).
//   {mode: "job", dir, stack: "js" | "js-typst" | "pandoc", from, to, out}: the whole job for settings [from, to)
//     as one of the peers' processes — load the project, fill every template, write Word, PDF and HTML — timed
//     from start.
// Prints one line of JSON: documents, wallMs, loadMs and loadCpuMs (start to the project loaded), cpuMs (this
// process and the processes it waited for), fillCpuMs (filling a one-core run's sample, untimed) and peakRssMiB. Used only by
// scripts/bench.mjs; never run in tests.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadProject } from "../../dist/data/load-project.js";
import { fillDocuments, markdownOf } from "./content.mjs";
import { dataOf, makeTemplate, renderDocx } from "./docxtemplater.mjs";
import { renderHtml } from "./html.mjs";
import { libreOfficePdf, pandocDocx, pandocHtml } from "./pandoc.mjs";
import { definitionOf, renderPdf as pdfmakePdf } from "./pdfmake.mjs";
import { loadTypst, markupOf, renderPdf as typstPdf } from "./typst.mjs";

const request = JSON.parse(process.argv[2]);
const out = request.out;
mkdirSync(out, { recursive: true });
// LibreOffice's first run in a new profile folder sets the profile up (seconds); a person's machine has one
// already, so that run is made here, before anything is timed.
const profile = join(out, ".libreoffice-profile");
if (request.peer === "libreoffice" || request.stack === "pandoc") {
  const warm = join(out, "warm-up.md");
  writeFileSync(warm, "# Warm-up\n\nLibreOffice sets up its profile.\n");
  libreOfficePdf(pandocDocx(warm, "Warm-up"), profile);
}
const start = performance.now();
const cpuAtStart = cpuMs();
const ticks = 100; // USER_HZ on Linux: /proc's CPU times are in hundredths of a second

/** CPU milliseconds of this process (all threads) and of the child processes it has waited for. */
function cpuMs() {
  const own = process.cpuUsage();
  let children = 0;
  try {
    // /proc/self/stat: fields 16 and 17 (cutime, cstime), counted after the command name's closing bracket.
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    children = ((Number(fields[13]) + Number(fields[14])) * 1000) / ticks;
  } catch {}
  return (own.user + own.system) / 1000 + children;
}

/** Each stack's peers for Word, PDF and HTML, in that order (LibreOffice reads the .docx pandoc wrote). */
const STACKS = {
  js: ["docxtemplater", "pdfmake", "remark"],
  "js-typst": ["docxtemplater", "typst", "remark"],
  pandoc: ["pandoc-docx", "libreoffice", "pandoc-html"],
};
const safeName = (name) => name.replace(/\//g, "--");
const project = await loadProject(request.dir);
const result = { loadMs: performance.now() - start, loadCpuMs: cpuMs() - cpuAtStart };

if (request.mode === "one-core") {
  const warm = fillDocuments(project, project.settings.slice(-request.warmup || project.settings.length));
  // Filling the sample is not the peer's work, but ours includes it: its CPU time is reported beside.
  const filling = cpuMs();
  const sample = fillDocuments(project, project.settings.slice(0, request.sample));
  result.fillCpuMs = cpuMs() - filling;
  const render = await renderer(request.peer, [...warm, ...sample]);
  for (const item of request.warmup ? warm : []) await render(item);
  const wall = performance.now();
  const cpu = cpuMs();
  for (const item of sample) await render(item);
  result.documents = sample.length;
  result.wallMs = performance.now() - wall;
  result.cpuMs = cpuMs() - cpu;
} else {
  const documents = fillDocuments(project, project.settings.slice(request.from, request.to));
  const formats = [];
  for (const peer of STACKS[request.stack]) formats.push(await renderer(peer, []));
  for (const item of documents) for (const render of formats) await render(item);
  result.documents = documents.length * formats.length;
  result.wallMs = performance.now() - start;
  result.cpuMs = cpuMs() - cpuAtStart;
}
result.peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify(result));

/**
 * A function that renders one filled policy ({name, doc}) with `peer` and writes the file. Work that belongs
 * to setting up the run, not to a document (the docxtemplater template, Typst's compiler, the Markdown and
 * .docx files pandoc and LibreOffice read in a one-core run), is done here, untimed.
 */
async function renderer(peer, items) {
  const file = (item, extension) => join(out, `${safeName(item.name)}.${extension}`);
  const markdown = (item) => {
    const path = file(item, "md");
    writeFileSync(path, markdownOf(item.doc));
    return path;
  };
  switch (peer) {
    case "docxtemplater": {
      const template = makeTemplate();
      return (item) => writeFileSync(file(item, "docx"), renderDocx(template, dataOf(item.doc)));
    }
    case "pdfmake":
      return async (item) => writeFileSync(file(item, "pdf"), await pdfmakePdf(definitionOf(item.doc)));
    case "typst": {
      const { compiler, reason } = loadTypst();
      if (!compiler) throw new Error(`typst: not available (${reason})`);
      return (item) => writeFileSync(file(item, "pdf"), typstPdf(compiler, markupOf(item.doc)));
    }
    case "remark":
      return (item) => writeFileSync(file(item, "html"), renderHtml(item.doc));
    case "pandoc-docx":
      if (request.mode === "one-core") {
        for (const item of items) markdown(item);
        return (item) => pandocDocx(file(item, "md"), item.doc.meta.title);
      }
      // In the whole job, pandoc's first step is writing the Markdown it reads.
      return (item) => pandocDocx(markdown(item), item.doc.meta.title);
    case "pandoc-html":
      if (request.mode === "one-core") for (const item of items) markdown(item);
      return (item) => pandocHtml(file(item, "md"), item.doc.meta.title);
    case "libreoffice": {
      if (request.mode === "one-core")
        for (const item of items) pandocDocx(markdown(item), item.doc.meta.title);
      return (item) => libreOfficePdf(file(item, "docx"), profile);
    }
    default:
      throw new Error(`bench-peers: no peer called ${peer}`);
  }
}
