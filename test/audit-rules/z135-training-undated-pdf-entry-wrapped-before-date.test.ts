/**
 * training-undated (held-out set zz135), in our own words; every name is invented; as of 1 December 2026. A PDF's
 * training bullet that the page's edge broke before its date, the next line holding the date and then a second course
 * of the same person after a semicolon ("● Aisha Rahman-Clegg — Designated Safeguarding Lead (Level 3), Brackley" /
 * "SCP, 14/05/2025; Prevent awareness training 10/2025"): the date on the next line is the entry's own, not missing.
 * Near miss: when the next line's first clause names another course before any date, the lead's course is still
 * undated.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const lines = (entry: string[]) => [
  "Safeguarding Policy",
  "Brackley Young Parents Project",
  "2. Who is responsible",
  "Safeguarding Lead: Aisha Rahman-Clegg, Project Manager",
  "Deputy Safeguarding Lead: Tomasz Welland, Senior Worker",
  "Training:",
  ...entry,
  "● Tomasz Welland — Designated Safeguarding Lead (Level 3), 02/10/2025",
  "All project workers complete Level 2 safeguarding at induction and refresh it every three years.",
  "3. Referring a concern",
  "Call the Brackley Children's Front Door the same day.",
  "",
];

describe("a PDF training bullet broken before its date", () => {
  it("reads the date that opens the next line as the entry's own", () => {
    const document = pdfDocument(
      lines([
        "● Aisha Rahman-Clegg — Designated Safeguarding Lead (Level 3), Brackley",
        "SCP, 14/05/2025; Prevent awareness training 10/2025",
      ]).join("\n"),
    );
    expect(found(run(trainingUndated, document), document)).toEqual([]);
    expect(found(run(trainingStale, document), document)).toEqual([]);
  });

  it("reads it the same as the unbroken Markdown entry", () => {
    const document = markdownDocument(
      lines([
        "- Aisha Rahman-Clegg — Designated Safeguarding Lead (Level 3), Brackley SCP, 14/05/2025; Prevent awareness training 10/2025",
      ])
        .map((l) => l.replace(/^● /, "- "))
        .join("\n\n"),
    );
    expect(found(run(trainingUndated, document), document)).toEqual([]);
  });

  it("stays undated when the next line's first clause is another course before any date", () => {
    const document = pdfDocument(
      lines([
        "● Aisha Rahman-Clegg — Designated Safeguarding Lead (Level 3), Brackley",
        "SCP; Prevent awareness training 10/2025",
      ]).join("\n"),
    );
    expect(run(trainingUndated, document).length).toBe(1);
  });
});
