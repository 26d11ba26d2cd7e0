/**
 * training-undated (in our own words; every name is invented; as of 1 December 2026). A kinship carers' charity lists
 * each person's training under their name, and one person has two lines for the same course: an older completion
 * with an aside in brackets about where it was done ("Safeguarding Children Foundation (with a previous fostering
 * agency) – No date recorded") and the dated one ("Safeguarding Children Foundation – 3 March 2025"). An aside about
 * where or with whom the course was done is not part of the course's words: the dated record of that course says when
 * it was done. Near misses stay reported: a bracket that is part of the course ("Level 3 (refresher) – No date
 * recorded" beside "Level 2 – 3 March 2025", another level), and the aside's line beside another course's date.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const intro = [
  "Approved by the trustees on 2 March 2026. Next review: March 2027.",
  "Our Designated Safeguarding Officer is Wilhelmina Stroud-Adebayo (07700 900711). The Deputy Designated Safeguarding Officer is Tobias Penhallow (07700 900712).",
];

const layouts = (records: string[]) => [
  markdownDocument(
    [
      "# Brackenlea Kinship Carers — Safeguarding Policy",
      "",
      ...intro.flatMap((l) => [l, ""]),
      "## Training",
      "",
      "### Wilhelmina Stroud-Adebayo",
      "",
      "- Designated Safeguarding Lead training – 11 June 2025",
      "",
      "### Tobias Penhallow",
      "",
      ...records.map((r) => `- ${r}`),
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Brackenlea Kinship Carers — Safeguarding Policy</h1>",
      ...intro.map((l) => `<p>${l}</p>`),
      "<h2>Training</h2>",
      "<h3>Wilhelmina Stroud-Adebayo</h3>",
      "<ul><li>Designated Safeguarding Lead training – 11 June 2025</li></ul>",
      "<h3>Tobias Penhallow</h3>",
      `<ul>${records.map((r) => `<li>${r}</li>`).join("")}</ul>`,
    ].join("\n"),
  ),
];

const DSL = "Designated Safeguarding Lead training – 17 February 2026";

describe("training-undated: an aside in brackets about where the course was done", () => {
  it.each([
    "(with a previous fostering agency)",
    "(at my last local authority)",
    "(through a previous employer)",
  ])("gives way to the same course's dated record: %s", (aside) => {
    for (const document of layouts([
      DSL,
      `Safeguarding Children Foundation ${aside} – No date recorded`,
      "Safeguarding Children Foundation – 3 March 2025",
    ]))
      expect(found(run(trainingUndated, document), document), document.format).toEqual([]);
  });

  it.each([
    ["another level", [DSL, "Level 3 (refresher) – No date recorded", "Level 2 – 3 March 2025"]],
    [
      "beside another course's date",
      [
        DSL,
        "Safeguarding Children Foundation (with a previous fostering agency) – No date recorded",
        "Safer Recruitment in the Voluntary Sector – 3 March 2025",
      ],
    ],
  ])("is still an undated record (%s)", (_, records) => {
    for (const document of layouts(records))
      expect(found(run(trainingUndated, document), document), document.format).toEqual([
        expect.stringContaining("No date recorded"),
      ]);
  });
});
