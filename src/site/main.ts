/// <reference lib="dom" />
/**
 * The self-service page's entry (bundled by scripts/build-site.mjs into dist/site/app.js, one classic script).
 * The same core as the CLI does the work; this file only wires it to the page.
 */
// pdf.js runs in this thread (its "fake worker"): a worker file cannot load from file://. Setting the worker's
// module on globalThis before the first getDocument is how pdf.js is told to use it.
import * as pdfjsWorker from "pdfjs-dist/legacy/build/pdf.worker.mjs";
import { buildPolicy } from "../app/build-policy.js";
import { checkPolicy } from "../app/check.js";
import { startBuildView } from "./build-view.js";
import { type CheckedFile, startCheckView } from "./check-view.js";
import { download } from "./dom.js";
import { evidenceDocument, evidenceFileName } from "./evidence.js";
import { providePageFonts } from "./fonts.js";
import { pageData } from "./page-data.js";

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

function start(): void {
  const data = pageData();
  const status = document.getElementById("check-status") as HTMLElement;
  if (!data) {
    status.classList.add("problem");
    status.textContent =
      "This page is missing its data file (data.js), so it cannot check or build a policy. Ask your safeguarding partnership for a new copy of the page.";
    return;
  }
  const name = document.getElementById("partnership-name");
  if (name) name.textContent = data.audit.partnership.name;
  const partnershipName = data.audit.partnership.name;
  startCheckView({
    data: data.audit,
    checkPolicy,
    evidence: async (checked: CheckedFile) => {
      providePageFonts();
      const { renderPdf } = await import("../render/pdf/index.js");
      const bytes = await renderPdf(evidenceDocument({ ...checked, partnershipName }));
      const name = evidenceFileName(checked.fileName, checked.asOf);
      download(bytes, name, "application/pdf");
      return name;
    },
  });
  startBuildView(document.getElementById("build-area") as HTMLElement, {
    build: data.build,
    audit: data.audit,
    buildPolicy,
    checkPolicy,
    beforeRender: providePageFonts,
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
