/**
 * training-undated (held-out set zz139, in our own words; every name is invented): a training table's row for a group
 * named with a capital and its number in brackets ("Play Specialists (5)", "Ward Physiotherapists (4)") whose date
 * cell sends the reader to where the dates are kept ("see the trust's training record", "held by HR", "recorded on the
 * trust's system") points to the records; it is not a course listed with its date left out. Still found: a named
 * person's row with the same words (whose date the policy could give), and a group's row that says "No date recorded".
 * As of 1 December 2026. (A PDF's table is read from its table blocks, as Word's is: the
 * corpus's PDF checks that.)
 */
import { describe, expect, it } from "vitest";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const ROWS = [["Isaura Penhallow", "Ward Safeguarding Lead", "Safeguarding Children Level 3", "03/2026"]];
const HEADER = ["Name", "Role", "Course", "Completed"];

const documents = (row: string[]) => {
  const rows = [...ROWS, row];
  return [
    markdownDocument(
      [
        "# Children's Therapy Service: Safeguarding Procedure",
        "",
        "## 3. Training",
        "",
        "Under the intercollegiate document, therapists are trained to Level 3.",
        "",
        `| ${HEADER.join(" | ")} |`,
        "|---|---|---|---|",
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Children's Therapy Service: Safeguarding Procedure</h1>",
        "<h2>3. Training</h2>",
        "<p>Under the intercollegiate document, therapists are trained to Level 3.</p>",
        `<table><tr>${HEADER.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`,
        ...rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`),
        "</table>",
      ].join("\n"),
    ),
  ];
};

describe("a capitalised group's row whose date cell says where the dates are kept", () => {
  it.each([
    ["Play Specialists (5)", "see the trust's training record"],
    ["Ward Physiotherapists (4)", "held by HR"],
    ["Occupational Therapists (3)", "recorded on the trust's system"],
  ])("is no undated record: %s | %s", (group, cell) => {
    for (const document of documents([group, "Therapist", "Safeguarding Children Level 3", cell]))
      expect(found(run(trainingUndated, document), document), document.format).toEqual([]);
  });

  it.each([
    ["Tobiah Quennell-Asante", "see the trust's training record"],
    ["Play Specialists (5)", "No date recorded"],
  ])(
    "still reports a named person's row, or a group's that says no date is recorded: %s | %s",
    (who, cell) => {
      for (const document of documents([who, "Therapist", "Safeguarding Children Level 3", cell])) {
        const undated = run(trainingUndated, document);
        expect(found(undated, document), document.format).toEqual([expect.stringContaining(who)]);
      }
    },
  );
});
