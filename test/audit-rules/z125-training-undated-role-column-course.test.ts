/**
 * training-undated and placeholder-text (held-out set zz125), in our own words; every name is invented. As of
 * 1 December 2026. A box of people by column — a header row of roles over a row of names, then rows of each one's job,
 * phone and training ("| Safeguarding Lead | Deputy Safeguarding Lead |" over "| Ada Quist | Ben Ferro |" … "| DSL
 * training (Level 3): 14 May 2025 | DSL training – date |") — gives each column's training cell to the column's
 * person: a course and its date is their record, a course whose date is left as the word "date" is their undated
 * record (training-undated's, not a placeholder). A "– date" line that is no training ("Next review – date") stays a
 * placeholder; a lapsed date in the cell is training-stale's.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const rows = (lead: string, deputy: string) => [
  ["Safeguarding Lead", "Deputy Safeguarding Lead"],
  ["Adaeze Quist-Halloran", "Benedikt Ferro"],
  ["Head of Learning", "Senior Tutor"],
  ["07700 900 301", "07700 900 302"],
  [lead, deputy],
];

const markdown = (lead: string, deputy: string, after = "") => {
  const [header, ...body] = rows(lead, deputy);
  return markdownDocument(
    [
      "# Quillon Tutoring – Safeguarding Policy",
      "",
      "## 2. Safeguarding Lead and Deputy",
      "",
      `| ${header.join(" | ")} |`,
      "|---|---|",
      ...body.map((r) => `| ${r.join(" | ")} |`),
      "",
      after,
      "",
    ].join("\n"),
  );
};

const word = (lead: string, deputy: string) =>
  wordDocument(
    [
      "<h1>Quillon Tutoring – Safeguarding Policy</h1>",
      "<h2>2. Safeguarding Lead and Deputy</h2>",
      "<table>",
      ...rows(lead, deputy).map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`),
      "</table>",
    ].join("\n"),
  );

const LEAD = "Designated Safeguarding Lead training (Level 3): 14 May 2025";
const UNDATED = "Designated Safeguarding Lead training – date";

describe("training-undated: a training cell in a column under its person's role and name", () => {
  it("reports the deputy's course whose date is left as 'date', once, and no placeholder", () => {
    for (const doc of [markdown(LEAD, UNDATED), word(LEAD, UNDATED)]) {
      const undated = run(trainingUndated, doc);
      expect(found(undated, doc)).toEqual([expect.stringContaining(UNDATED)]);
      expect(undated[0].message).toContain("Benedikt Ferro");
      expect(run(placeholderText, doc)).toEqual([]);
      expect(run(trainingStale, doc)).toEqual([]);
    }
  });

  it("reads a dated cell as the column's person's record (stale when lapsed)", () => {
    const doc = markdown(LEAD, "Deputy DSL training: 02/2024");
    expect(run(trainingUndated, doc)).toEqual([]);
    const stale = run(trainingStale, doc);
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toContain("Benedikt Ferro");
  });

  it("still reports a '– date' line that is no training as a placeholder", () => {
    const doc = markdown(LEAD, "Deputy DSL training: 02/2026", "Next review of this policy – date");
    expect(found(run(placeholderText, doc), doc)).toEqual([expect.stringContaining("date")]);
    expect(run(trainingUndated, doc)).toEqual([]);
  });
});
