/**
 * Document rules on the text of real PDFs: an example setting's child-protection policy rendered by our own
 * PDF renderer and read back by the audit's PDF reader (pdfjs text layer) — table cells broken over short
 * lines, a footer with the next review date on every page, a contents list running over a page break.
 * Hand-written policies exported by LibreOffice are in test/audit-real-documents.test.ts.
 */
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { rules } from "../../src/audit/rules/index.js";
import { pdfToText, rejoinHyphenated } from "../../src/audit/sources/pdf.js";
import { type LoadedProject, loadProject } from "../../src/data/load-project.js";
import type { HeadingInfo, Setting } from "../../src/model.js";
import { renderPdf } from "../../src/render/pdf/index.js";
import { fillTemplate } from "../../src/template/fill.js";
import { createLiquid } from "../../src/template/liquid.js";
import { checkText } from "../helpers/audit-context.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
let project: LoadedProject;
let acorns: Setting;

beforeAll(async () => {
  project = await loadProject(root);
  const setting = project.settings.find((s) => s.id === "acorns-day-nursery");
  if (!setting) throw new Error("no acorns-day-nursery example");
  // The example data has the deputy's training out of date on purpose; here it starts current.
  acorns = withDeputyTraining(setting, "2025-06-20");
});

function withDeputyTraining(setting: Setting, date: string): Setting {
  return {
    ...setting,
    leads: setting.leads?.map((lead) =>
      lead.role === "deputy" ? { ...lead, training: lead.training?.map((t) => ({ ...t, date })) } : lead,
    ),
  };
}

/** The policy as a PDF from our renderer, read back as the audit reads any PDF. */
async function pdfText(setting: Setting, headings?: (h: HeadingInfo[]) => HeadingInfo[]): Promise<string> {
  const compiled = project.compiledTemplates.find((t) => t.meta.id === "child-protection");
  if (!compiled) throw new Error("no child-protection template");
  const doc = fillTemplate(compiled, setting, {
    partnership: project.partnership,
    settingTypes: project.settingTypes,
    liquid: createLiquid(),
  });
  if (headings) doc.headings = headings(doc.headings);
  return pdfToText(Buffer.from(await renderPdf(doc)));
}

function run(text: string, setting: Setting, asOf: string) {
  return rules.flatMap((rule) =>
    rule.checkDocument
      ? checkText(rule, text, { asOf, setting, partnership: project.partnership, format: "pdf" }).map(
          (d) => `${rule.meta.id}: ${d.excerpt}`,
        )
      : [],
  );
}

describe("document rules on the text of a real PDF", () => {
  it("find nothing wrong in a correct policy", async () => {
    const text = await pdfText(acorns);
    // What makes PDF text hard is really there: a table's cells over several lines, a footer on every page.
    expect(text).toMatch(/Designated\nsafeguarding\nlead/);
    expect(text.match(/Next review: 15 September 2026/g)?.length).toBeGreaterThan(5);
    expect(run(text, acorns, "2026-03-01")).toEqual([]);
  });

  it("read the broken-up training table and the repeated footer", async () => {
    const stale = withDeputyTraining(acorns, "2022-06-20");
    expect(run(await pdfText(stale), stale, "2026-03-01")).toEqual([
      expect.stringMatching(/^training-stale: Tom Okafor .*20 June 2022/),
    ]);
    // The footer says the same date on every page: one finding.
    expect(run(await pdfText(acorns), acorns, "2026-10-01")).toEqual([
      expect.stringMatching(/^review-overdue: Next review 15 September 2026$/),
    ]);
  });

  it("notice a missing deputy and a wrong contents entry", async () => {
    const noDeputy = { ...acorns, leads: acorns.leads?.filter((l) => l.role !== "deputy") };
    expect(run(await pdfText(noDeputy), noDeputy, "2026-03-01")).toEqual([
      expect.stringMatching(/^deputy-missing: /),
    ]);
    const renamed = await pdfText(acorns, (headings) =>
      headings.map((h) =>
        h.text.endsWith("Our safeguarding leads")
          ? { ...h, text: h.text.replace("Our safeguarding leads", "Our safeguarding team") }
          : h,
      ),
    );
    expect(renamed).toMatch(/Our safeguarding team/);
    expect(run(renamed, acorns, "2026-03-01")).toEqual([
      expect.stringMatching(/^contents-mismatch: .*Our safeguarding team/),
    ]);
  });
});

describe("a word a PDF broke at its hyphen at a line's end", () => {
  it("is one word again, on the line it starts on, the hyphen kept", () => {
    expect(rejoinHyphenated("Ellis Park Rowan Okoro-\nMensah (Deputy\nHead)\n01632 960 144")).toBe(
      "Ellis Park Rowan Okoro-Mensah\n(Deputy\nHead)\n01632 960 144",
    );
    // A line that held only the half word goes: no blank line (a paragraph break) is left behind.
    expect(rejoinHyphenated("Safeguarding Co-\nordinator\nIdris Mbatha")).toBe(
      "Safeguarding Co-ordinator\nIdris Mbatha",
    );
    expect(rejoinHyphenated("the emotional well-\nbeing of every child")).toBe(
      "the emotional well-being\nof every child",
    );
    expect(rejoinHyphenated("Designated lead: Ana Silva-\nRocha")).toBe("Designated lead: Ana Silva-Rocha");
    // A spaced dash at one line's end does not hide a broken word at the next line's end.
    expect(rejoinHyphenated("Contacts -\nsee Dora Okoro-\nMensah today")).toBe(
      "Contacts -\nsee Dora Okoro-Mensah\ntoday",
    );
  });

  it("leaves a dash, a range and a list marker alone", () => {
    for (const text of [
      "Contacts -\nsee the table below",
      "2019-\n2020",
      "Key points:\n-\nAlways listen",
      "Owen –\nDeputy",
    ])
      expect(rejoinHyphenated(text), text).toBe(text);
  });
});
