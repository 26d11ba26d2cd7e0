/**
 * training-stale (hand-written policy, forty-third session), in our own words; every name is invented; as of
 * 1 December 2026. A rowing club lists its training under the governing body's name on a line of its own ("British
 * Rowing"), each row "Course – Person – Date": "Safeguarding and Protecting Children course – Mr Aldous Penhallow –
 * May 2022". The row is the person's record of the course before their name: a lapsed one is reported with the
 * course's name alone ("Mr Aldous Penhallow's most recent Safeguarding and Protecting Children course is May 2022"),
 * never "… course – Mr Aldous Penhallow is May 2022"; the same for "Course: Person, Date". The governing body's line
 * heads nobody's records. A row still in date stays quiet.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const intro = [
  "Adopted by the committee on 4 January 2026. Next review: January 2027.",
  "Welfare Officer: Mrs Ysolde Marchbank (07700 900811). Deputy Welfare Officer: Mr Aldous Penhallow (07700 900812).",
];

const layouts = (records: string[]) => [
  markdownDocument(
    [
      "# Tallowford Rowing Club – Safeguarding Policy",
      "",
      ...intro.flatMap((l) => [l, ""]),
      "## Training",
      "",
      "British Rowing",
      ...records.map((r) => `- ${r}`),
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Tallowford Rowing Club – Safeguarding Policy</h1>",
      ...intro.map((l) => `<p>${l}</p>`),
      "<h2>Training</h2>",
      "<p>British Rowing</p>",
      `<ul>${records.map((r) => `<li>${r}</li>`).join("")}</ul>`,
    ].join("\n"),
  ),
];

const messages = (records: string[]) =>
  layouts(records).map((document) => run(trainingStale, document).map((r) => r.message));

const YSOLDE = "Safeguarding and Protecting Children course – Mrs Ysolde Marchbank – March 2025";

describe("training-stale: a 'Course – Person – Date' row names the course before the person", () => {
  it.each([
    [
      "Course – Person – Date",
      "Safeguarding and Protecting Children course – Mr Aldous Penhallow – May 2022",
    ],
    [
      "Course – Person (no title) – Date",
      "Safeguarding and Protecting Children course – Aldous Penhallow – May 2022",
    ],
    ["Course: Person, Date", "Safeguarding and Protecting Children course: Mr Aldous Penhallow, May 2022."],
  ])("is the person's lapsed course, named without them (%s)", (_, row) => {
    for (const found of messages([YSOLDE, row]))
      expect(found).toEqual([
        expect.stringMatching(
          /^Mr Aldous Penhallow's most recent Safeguarding and Protecting Children course is May 2022 — it lapsed/,
        ),
      ]);
  });

  it("stays quiet while the course is in date", () => {
    for (const found of messages([
      YSOLDE,
      "Safeguarding and Protecting Children course – Mr Aldous Penhallow – May 2025",
    ]))
      expect(found).toEqual([]);
  });
});
