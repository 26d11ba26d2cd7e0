/**
 * Precision on our own output: the fixture template filled for each fixture setting, turned into Markdown and
 * rendered to a real PDF by our renderer (read back through the audit's PDF reader), must pass every document
 * rule except for findings that are true of the data (listed and explained below).
 */
import { fileURLToPath } from "node:url";
import type { List, Root, RootContent } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/audit/rules/index.js";
import { pdfToText } from "../../src/audit/sources/pdf.js";
import { loadProject } from "../../src/data/load-project.js";
import type { PolicyDocument } from "../../src/model.js";
import { renderPdf } from "../../src/render/pdf/index.js";
import { fillTemplate } from "../../src/template/fill.js";
import { createLiquid } from "../../src/template/liquid.js";
import { checkText } from "../helpers/audit-context.js";

const root = fileURLToPath(new URL("../fixtures/project", import.meta.url));
const AS_OF = "2025-10-01";

/** The toc node as a renderer shows it: a "Contents" heading and a list of the numbered headings, linked. */
function withContents(doc: PolicyDocument): Root {
  const list: List = {
    type: "list",
    ordered: false,
    children: doc.headings
      .filter((h) => h.depth >= 2 && h.depth <= 3)
      .map((h) => ({
        type: "listItem",
        children: [
          {
            type: "paragraph",
            children: [{ type: "link", url: `#${h.id}`, children: [{ type: "text", value: h.text }] }],
          },
        ],
      })),
  };
  const children = doc.tree.children.flatMap((node): RootContent[] =>
    node.type === "toc"
      ? [{ type: "heading", depth: 2, children: [{ type: "text", value: "Contents" }] }, list]
      : [node],
  );
  return { type: "root", children };
}

async function generated(settingId: string) {
  const project = await loadProject(root);
  expect(project.problems).toEqual([]);
  const setting = project.settings.find((s) => s.id === settingId);
  if (!setting) throw new Error(`no ${settingId}`);
  const doc = fillTemplate(project.compiledTemplates[0], setting, {
    partnership: project.partnership,
    settingTypes: project.settingTypes,
    liquid: createLiquid(),
  });
  const markdown = toMarkdown(withContents(doc), { extensions: [gfmToMarkdown()] });
  return { markdown, setting, partnership: project.partnership, doc };
}

/** The policy as our PDF renderer writes it, read back by the audit's PDF reader (pdfjs text layer). */
async function asPdfText(settingId: string): Promise<string> {
  const { doc } = await generated(settingId);
  return pdfToText(Buffer.from(await renderPdf(doc)));
}

async function findings(settingId: string, shape: "md" | "pdf" = "md") {
  const { markdown, setting, partnership } = await generated(settingId);
  const text = shape === "md" ? markdown : await asPdfText(settingId);
  const out: string[] = [];
  for (const rule of rules) {
    if (!rule.checkDocument) continue;
    for (const d of checkText(rule, text, { asOf: AS_OF, setting, partnership, format: shape }))
      out.push(`${rule.meta.id}: ${d.excerpt}`);
  }
  return { out, markdown: text };
}

describe("every document rule on our own generated policies", () => {
  it("finds nothing wrong in little-stars except what is true of its data", async () => {
    const { out, markdown } = await findings("little-stars");
    expect(markdown).toContain("| Next review");
    expect(out).toEqual([
      // Ben Hale, the deputy, has no training in the fixture data; the training table says so.
      expect.stringMatching(/^training-missing: \| Ben Hale \|/),
    ]);
  });

  it("finds nothing wrong in oak-primary except what is true of its data", async () => {
    const { out } = await findings("oak-primary");
    expect(out).toEqual([
      // Oak Primary's data has no deputy.
      expect.stringMatching(/^deputy-missing: /),
    ]);
  });

  it("finds the same in the PDF we render, read back as a user's PDF is", async () => {
    const stars = await findings("little-stars", "pdf");
    // Real PDF text: the training table's cells broken over lines, a page footer on every page.
    expect(stars.markdown).toMatch(/Ada Price/);
    expect(stars.markdown).toMatch(/Page 2 of \d+/);
    expect(stars.out).toEqual([expect.stringMatching(/^training-missing: Ben Hale /)]);
    const oak = await findings("oak-primary", "pdf");
    expect(oak.out).toEqual([expect.stringMatching(/^deputy-missing: /)]);
  });

  it("notices when the same policy goes out of date", async () => {
    const { markdown, setting, partnership } = await generated("little-stars");
    const ids = (asOf: string) =>
      rules.flatMap((rule) =>
        rule.checkDocument
          ? checkText(rule, markdown, { asOf, setting, partnership }).map(() => rule.meta.id)
          : [],
      );
    // One finding per date, though the details table and the text both give it.
    expect(ids("2026-08-01")).toEqual(["review-due-soon", "training-missing"]);
    expect(ids("2027-04-01")).toEqual(["review-overdue", "training-missing", "training-stale"]);
  });
});
