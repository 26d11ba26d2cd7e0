/**
 * training-missing and training-stale (held-out set zz132, in our own words; every name is invented; as of 1 December
 * 2026). The key people in a two-column box: "Designated Safeguarding Lead" over the lead's name (and job in
 * brackets), "Last DSL training: MM/YYYY", an email and a phone; "Deputy DSLs" over three names, each with its own
 * "Last DSL training:" line under it. Lines under a person's name belong to that person until the next name (issue
 * 11): each training line is the record of the name above it in its column — not of the column's first person — so
 * the second deputy's lapsed course is hers, and neither later deputy is "missing" training. A PDF's table reader
 * may run the last two deputies' lines into one cell; its lines are read the same way. A name in the sentence before
 * "If none of the DSL team is on site" (a Headteacher's, a governor's) is not the DSL's.
 * Near misses: a deputy with no training line under her name is still reported missing (nobody else's line is
 * hers), and the first deputy's current course stays quiet.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const LAST = "Last DSL training: 15/02/2026";
const AFTER = [
  "Safeguarding governor: Dr Ines Calloway. Headteacher: Mrs Freya Dunmore.",
  "If none of the DSL team is on site, staff ring the Front Door on 01632 960 400 themselves.",
];

const rows = (last: string) => [
  ["Designated Safeguarding Lead", "Deputy DSLs"],
  ["Mr K. Vasquez (Deputy Headteacher)", "Mrs P. Lindqvist-Obi (Head of Year 11)"],
  ["Last DSL training: 10/2024", "Last DSL training: 04/2025"],
  ["k.vasquez@example.org", "Mr R. Penhallow (SENCo)"],
  ["01632 960 777 (ext. 301)", "Last DSL training: 05/2024"],
  ["", "Ms D. Abernethy (Attendance Lead, KS4)"],
  ["", last],
];

function markdown(last = LAST): SourceDocument {
  const [header, ...body] = rows(last);
  return markdownDocument(
    [
      "# Larkspur Hill Academy – Child Protection Policy",
      "",
      "## 2. Key people",
      "",
      `| ${header.join(" | ")} |`,
      "|---|---|",
      ...body.map((r) => `| ${r.join(" | ")} |`),
      "",
      AFTER[0],
      "",
      AFTER[1],
      "",
    ].join("\n"),
  );
}

function word(last = LAST): SourceDocument {
  const cell = (t: string) => (t ? `<td><p>${t}</p></td>` : "<td></td>");
  const [header, ...body] = rows(last);
  return wordDocument(
    [
      "<h1>Larkspur Hill Academy – Child Protection Policy</h1>",
      "<h2>2. Key people</h2>",
      "<table>",
      `<tr>${header.map((t) => `<td><p><strong>${t}</strong></p></td>`).join("")}</tr>`,
      ...body.map((r) => `<tr>${r.map(cell).join("")}</tr>`),
      "</table>",
      ...AFTER.map((p) => `<p>${p}</p>`),
    ].join("\n"),
  );
}

/** As a PDF's reader gives it: the two columns run into each line, and the last two deputies' lines in one cell. */
function pdf(last = LAST): SourceDocument {
  const text = [
    "Larkspur Hill Academy – Child Protection Policy",
    "2. Key people",
    "Designated Safeguarding Lead Deputy DSLs",
    "Mr K. Vasquez (Deputy Headteacher) Mrs P. Lindqvist-Obi (Head of Year",
    "11)",
    "Last DSL training: 10/2024 Last DSL training: 04/2025",
    "k.vasquez@example.org Mr R. Penhallow (SENCo)",
    "01632 960 777 (ext. 301) Last DSL training: 05/2024",
    "Ms D. Abernethy (Attendance Lead,",
    "KS4)",
    last,
    ...AFTER,
  ].join("\n");
  const table = rows(last).slice(0, 5);
  table[4] = [
    "01632 960 777 (ext. 301)",
    `Last DSL training: 05/2024 Ms D. Abernethy (Attendance Lead, KS4) ${last}`,
  ];
  return pdfDocument(text, table);
}

const layouts = { md: markdown, docx: word, pdf } as const;

describe("a training line under each name in a key people box's column is that name's", () => {
  it.each(["md", "docx", "pdf"] as const)("gives each deputy their own line (%s)", (layout) => {
    const doc = layouts[layout]();
    expect(run(trainingMissing, doc).map((f) => f.message)).toEqual([]);
    const stale = run(trainingStale, doc).map((f) => f.message);
    expect(stale).toHaveLength(2);
    expect(stale.some((m) => /Vasquez/.test(m) && /October 2024/.test(m))).toBe(true);
    // The second deputy's 05/2024, under his name, lapsed at the end of May 2026.
    expect(stale.some((m) => /Penhallow/.test(m) && /May 2024/.test(m))).toBe(true);
    // Stays quiet: the first deputy's 04/2025 runs to April 2027.
    expect(stale.some((m) => /Lindqvist-Obi/.test(m))).toBe(false);
  });

  it.each(["md", "docx"] as const)("still reports a deputy with no line of her own (%s)", (layout) => {
    const doc = layouts[layout]("01632 960 779");
    const missing = run(trainingMissing, doc).map((f) => f.message);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toContain("Abernethy");
    expect(run(trainingStale, doc).some((m) => /Abernethy/.test(m.message))).toBe(false);
  });

  it("gives a deputy with no line of her own nobody's record in a PDF's run-together cell", () => {
    // The PDF's cell runs her name in after the line above's date; no reader names her as a deputy there (as before),
    // and no record is hers.
    const doc = pdf("01632 960 779");
    const owners = analyse(doc).training.map((t) => t.leadName);
    expect(owners).toEqual(["Mr K. Vasquez", "Mrs P. Lindqvist-Obi", "Mr R. Penhallow"]);
    expect(run(trainingMissing, doc)).toEqual([]);
  });

  it("does not take the Headteacher named in the sentence before 'If none of the DSL team' for the DSL", () => {
    for (const doc of [pdf(), markdown()]) {
      const names = analyse(doc).leads.flatMap((m) => m.names ?? (m.name ? [m.name] : []));
      expect(names).not.toContain("Mrs Freya Dunmore");
    }
  });
});
