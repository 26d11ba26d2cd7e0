/// <reference lib="dom" />
/**
 * The self-service page's entry (bundled by scripts/build-site.mjs into dist/site/app.js, one classic script).
 * The same core as the CLI does the work (core.ts, started on first use or when the browser is idle); this file
 * only wires it to the page.
 */
import type { BuildPolicy } from "./build-view.js";
import { startBuildView } from "./build-view.js";
import { type CheckedFile, type CheckPolicy, startCheckView } from "./check-view.js";
import { download } from "./dom.js";
import { evidenceDocument, evidenceFileName } from "./evidence.js";
import { pageData } from "./page-data.js";

let core: Promise<typeof import("./core.js")> | undefined;
const loadCore = () => {
  core ??= import("./core.js");
  return core;
};
const checkPolicy: CheckPolicy = async (...args) => (await loadCore()).checkPolicy(...args);
const buildPolicy: BuildPolicy = async (...args) => (await loadCore()).buildPolicy(...args);

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
      const { providePageFonts, renderPdf } = await loadCore();
      providePageFonts();
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
    beforeRender: async () => (await loadCore()).providePageFonts(),
  });
  // Start the core once the page has shown itself, so the first check does not wait for it.
  window.addEventListener("load", () => setTimeout(() => void loadCore(), 200));
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
