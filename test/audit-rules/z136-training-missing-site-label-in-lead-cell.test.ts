/**
 * training-missing (held-out set zz136), in our own words; every name is invented. A group of sites under one
 * policy gives a front box headed "| This site's DSL: | Deputy DSL: |" whose rows open each cell with the site's
 * bold label: "| **Marlow Heath:** Mrs Oona Penrose (Centre Manager), 01632 960 811 | …". The site's name is a label,
 * not a person: the lead is the name after it, and her dated training leaves no "none for Marlow Heath" — in
 * Markdown and Word. Near miss: a bold label with no name after it ("**Marlow Heath:** 01632 …") is no holder, and a
 * lead named with no training at all is still reported.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const ROWS = [
  ["**Marlow Heath:** Mrs Oona Penrose (Centre Manager), 01632 960 811", "Mr Jude Amankwah (Room Leader)"],
  ["**Quarry Bank:** Ms Delphine Oakes (Centre Manager), 01632 960 812", "Mrs Lettie Fane (Deputy Manager)"],
];

const TRAINING = [
  "- Mrs Penrose — Designated Safeguarding Lead training, 04/2026",
  "- Ms Oakes — Designated Safeguarding Lead training, 01/2026",
  "- Mr Amankwah — Designated Safeguarding Lead training, 07/2025",
  "- Mrs Fane — Designated Safeguarding Lead training, 10/2025",
];

const markdown = (rows: string[][], training = TRAINING) =>
  markdownDocument(
    [
      "# Safeguarding Policy — Wrenfield Children's Centres",
      "",
      "| This site's DSL: | Deputy DSL: |",
      "|---|---|",
      ...rows.map((r) => `| ${r.join(" | ")} |`),
      "",
      "## 2. Training",
      "",
      "DSL training:",
      "",
      ...training,
      "",
    ].join("\n"),
  );

const word = (rows: string[][]) => {
  const cell = (c: string) => `<td><p>${c.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p></td>`;
  return wordDocument(
    [
      "<h1>Safeguarding Policy — Wrenfield Children's Centres</h1>",
      "<table><tr><td><p><strong>This site's DSL:</strong></p></td><td><p><strong>Deputy DSL:</strong></p></td></tr>",
      ...rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`),
      "</table>",
      "<h2>2. Training</h2>",
      "<p>DSL training:</p>",
      `<ul>${TRAINING.map((t) => `<li>${t.slice(2)}</li>`).join("")}</ul>`,
    ].join(""),
  );
};

const leadNames = (document: SourceDocument) =>
  analyse(document)
    .leads.filter((m) => m.role === "dsl" && !m.team)
    .flatMap((m) => m.names ?? []);

describe("training-missing: a site's bold label before the lead's name in a front box", () => {
  for (const [format, document] of [
    ["md", markdown(ROWS)],
    ["docx", word(ROWS)],
  ] as const)
    it(`reads the lead after the label, not the site (${format})`, () => {
      expect(leadNames(document)).toContain("Mrs Oona Penrose");
      expect(leadNames(document)).not.toContain("Marlow Heath");
      expect(run(trainingMissing, document)).toEqual([]);
    });

  it("still reports a lead named after the label with no training (near miss)", () => {
    const found = run(trainingMissing, markdown(ROWS, TRAINING.slice(1)));
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining("Oona Penrose")]);
  });

  it("reads no holder from a label with no name after it (near miss)", () => {
    const rows = [["**Marlow Heath:** 01632 960 811", "Mr Jude Amankwah (Room Leader)"], ROWS[1]];
    expect(leadNames(markdown(rows))).not.toContain("Mrs Oona Penrose");
  });
});
