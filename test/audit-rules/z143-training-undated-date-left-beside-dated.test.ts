/**
 * training-undated (hand-written policy, forty-third session), in our own words; every name is invented; as of
 * 1 December 2026. A bowls club's training list gives one line a record, "Name – course – date", and one line was
 * copied from the template with its "– date" still in the date's place, right above the same person's line for the
 * same course with a real date ("Mr Idris Fallowfield – Safeguarding and Protecting Children – 9 June 2025"). The
 * dated record says when the course was done: the leftover line is no missing date. Near misses stay reported: the
 * "– date" line alone, beside the same person's dated record of another course (Time to Listen, or a club's own
 * safeguarding module beside the dated Safeguarding and Protecting Children: the same kind, not the same course) or
 * beside another person's dated record of the same course. A "– date" in a training record is not also a placeholder.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const intro = [
  "Agreed by the committee on 3 March 2026. Next review: March 2027.",
  "Welfare Officer: Mr Idris Fallowfield (07700 900611). Deputy Welfare Officer: Ms Juno Abernethy (07700 900612).",
];

const layouts = (records: string[]) => [
  markdownDocument(
    [
      "# Quarrydene Bowls Club – Safeguarding Policy",
      "",
      ...intro.flatMap((l) => [l, ""]),
      "## Training",
      "",
      ...records.map((r) => `- ${r}`),
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Quarrydene Bowls Club – Safeguarding Policy</h1>",
      ...intro.map((l) => `<p>${l}</p>`),
      "<h2>Training</h2>",
      `<ul>${records.map((r) => `<li>${r}</li>`).join("")}</ul>`,
    ].join("\n"),
  ),
];

const LEFT = "Mr Idris Fallowfield – Safeguarding and Protecting Children – date";
const JUNO = "Ms Juno Abernethy – Safeguarding and Protecting Children – 11 May 2025";

describe("training-undated: a '– date' left in beside the same person's dated record of the course", () => {
  it.each([
    ["before it", [LEFT, "Mr Idris Fallowfield – Safeguarding and Protecting Children – 9 June 2025", JUNO]],
    ["after it", ["Mr Idris Fallowfield – Safeguarding and Protecting Children – 09/06/2025", LEFT, JUNO]],
    [
      "as 'dd/mm/yyyy'",
      [
        LEFT.replace("– date", "– dd/mm/yyyy"),
        "Mr Idris Fallowfield – Safeguarding and Protecting Children – 9 June 2025",
        JUNO,
      ],
    ],
  ])("is no missing date (%s)", (_, records) => {
    for (const document of layouts(records)) {
      expect(found(run(trainingUndated, document), document), document.format).toEqual([]);
      expect(found(run(placeholder, document), document), document.format).toEqual([]);
    }
  });

  it.each([
    ["alone", [LEFT, JUNO]],
    [
      "beside a dated record of another course",
      [LEFT, "Mr Idris Fallowfield – Time to Listen – 9 June 2025", JUNO],
    ],
    [
      "beside a dated record of another course of the same kind",
      [
        "Mr Idris Fallowfield – Club coaching safeguarding module – date",
        "Mr Idris Fallowfield – Safeguarding and Protecting Children – 9 June 2025",
        JUNO,
      ],
    ],
    [
      "beside another person's dated record of the course",
      [LEFT, "Ms Juno Abernethy – Safeguarding and Protecting Children – 9 June 2025"],
    ],
  ])("is still an undated record %s", (_, records) => {
    for (const document of layouts(records))
      expect(found(run(trainingUndated, document), document), document.format).toEqual([
        expect.stringContaining("Mr Idris Fallowfield"),
      ]);
  });

  it.each(["date", "Date", "dd/mm/yyyy"])(
    "left alone as '– %s' is training-undated's, not also a placeholder",
    (word) => {
      for (const document of layouts([LEFT.replace("– date", `– ${word}`), JUNO])) {
        expect(found(run(trainingUndated, document), document), document.format).toEqual([
          expect.stringContaining("Mr Idris Fallowfield"),
        ]);
        expect(found(run(placeholder, document), document), document.format).toEqual([]);
      }
    },
  );
});
