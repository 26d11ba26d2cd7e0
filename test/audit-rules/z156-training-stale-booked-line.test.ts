/**
 * training-stale (held-out sets zz155, zz156 and zz157, session 46), in our own words; every name is invented. As of
 * 1 December 2026.
 * A lead's block of training lines (the name on a line of its own, each course a list entry under it) records a
 * course, then a line that is only a booking: "- Deputy DSL course, Level 3 (Wendle SCP), 7 October 2024" / "- Booked:
 * Deputy DSL refresher, 18 January 2027". The booking's line was read as the lead's latest record, so the October 2024
 * course's lapse (October 2026) was hidden.
 * Now counts: a line whose words before its date open with a booking's label ("Booked:", "Booked on:", "Planned:",
 * "Next course:", "Due:", "Renewal due:"; also after the person's name: "Mr Stellwood – Booked: …") or say the course
 * is booked on or for ("Booked on the … refresher") is a course still to come, not a completion: the record before
 * it lapses and is reported. A lead whose only line is such a booking has completed no training (training-missing
 * says so, as for "refresher booked for …").
 * Stays as it is: a completed course after the booking ("- Deputy DSL refresher, 9 September 2026"); a line booked and
 * done ("Booked and completed: …, 3 March 2026"); a still-valid record beside its booking; a booking note after the
 * record's own date ("…, 3 March 2026 (booked on the council's portal)"); a course's line with a future date and no
 * booking word (a typo, left as written).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";
import { keyStaffTrainingLayouts } from "../helpers/key-staff-training-layouts.js";

const TITLE = "Child Protection Policy — Oakhollow High School";
const LEAD = "Mrs Bethan Carrow-Lane";
const DEPUTY = "Mr Ruairi Stellwood";
const LEAD_COURSE = "DSL refresher (Wendle SCP), 12 May 2025";
const RECORD = "Deputy DSL course, Level 3 (Wendle SCP), 7 October 2024";

/**
 * The school's key people in a table, then its training section: each lead's name on a line of its own and their
 * courses listed under it — as Markdown (the name plain or bold), as a Word file (a paragraph and a list) and as a
 * PDF's text (bullets).
 */
function layouts(deputyLines: string[]): SourceDocument[] {
  const blocks = (bold: boolean) =>
    [
      [LEAD, [LEAD_COURSE]],
      [DEPUTY, deputyLines],
    ].flatMap(([name, items]) => [
      bold ? `**${name}**` : (name as string),
      ...(items as string[]).map((t) => `- ${t}`),
      "",
    ]);
  const markdown = (bold: boolean) =>
    markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## 2. Key people",
        "",
        "| Role | Name | Contact |",
        "|---|---|---|",
        `| Designated Safeguarding Lead | ${LEAD} | 01632 960 611 |`,
        `| Deputy DSL | ${DEPUTY} (Head of Year 10) | 01632 960 612 |`,
        "",
        "Training of the safeguarding team:",
        "",
        ...blocks(bold),
        "## 3. Safer recruitment",
        "",
        "We follow safer recruitment practice for every post.",
        "",
      ].join("\n"),
    );
  return [
    markdown(false),
    markdown(true),
    wordDocument(
      [
        `<h1>${TITLE}</h1>`,
        "<h2>2. Key people</h2>",
        `<p>Designated Safeguarding Lead: ${LEAD} (01632 960 611)</p>`,
        `<p>Deputy DSL: ${DEPUTY}, Head of Year 10 (01632 960 612)</p>`,
        "<p>Training of the safeguarding team:</p>",
        `<p><strong>${LEAD}</strong></p>`,
        `<ul><li>${LEAD_COURSE}</li></ul>`,
        `<p><strong>${DEPUTY}</strong></p>`,
        `<ul>${deputyLines.map((t) => `<li>${t}</li>`).join("")}</ul>`,
        "<h2>3. Safer recruitment</h2>",
        "<p>We follow safer recruitment practice for every post.</p>",
      ].join(""),
    ),
    pdfDocument(
      [
        TITLE,
        "2. Key people",
        `Designated Safeguarding Lead: ${LEAD} (01632 960 611)`,
        `Deputy DSL: ${DEPUTY}, Head of Year 10 (01632 960 612)`,
        "Training of the safeguarding team:",
        LEAD,
        `• ${LEAD_COURSE}`,
        DEPUTY,
        ...deputyLines.map((t) => `• ${t}`),
        "3. Safer recruitment",
        "We follow safer recruitment practice for every post.",
        "",
      ].join("\n"),
    ),
  ];
}

const stale = (document: SourceDocument) =>
  run(trainingStale, document)
    .map((f) => f.message)
    .filter((m) => m.includes("Stellwood"));

describe("a line that is only a booking is no record: the course before it lapses", () => {
  for (const booking of [
    "Booked: Deputy DSL refresher, 18 January 2027",
    "Booked on: DSL refresher (Wendle SCP) – 18/01/2027",
    "Next course: Level 3 refresher, 18 January 2027",
    "Planned: Deputy DSL refresher (online), January 2027",
    "Renewal due: Deputy DSL refresher, 18 January 2027",
    "Due: DSL refresher (Wendle SCP), 18 January 2027",
    "Booked on the Deputy DSL refresher (Wendle SCP), 18 January 2027",
  ])
    it(`reports the October 2024 course: ${booking}`, () => {
      for (const document of layouts([RECORD, booking, "Mental health first aid, 2021"])) {
        const found = stale(document);
        expect(found, document.format).toHaveLength(1);
        expect(found[0], document.format).toMatch(
          /^Mr Ruairi Stellwood's most recent Deputy DSL course, Level 3 \(Wendle SCP\) is dated 7 October 2024 — it lapsed on 7 October 2026/,
        );
      }
    });

  it("in a list whose entries each open with the person's name", () => {
    for (const booking of [
      "Mr Stellwood – Booked: Deputy DSL refresher, 18 January 2027",
      "Mr Stellwood: booked on the Deputy DSL refresher (Wendle SCP), 18 January 2027",
    ])
      for (const document of keyStaffTrainingLayouts(
        TITLE,
        [`Designated Safeguarding Lead: ${LEAD} (01632 960 611)`, `Deputy DSL: ${DEPUTY} (01632 960 612)`],
        [`Mrs Carrow-Lane – ${LEAD_COURSE}`, `Mr Stellwood – ${RECORD}`, booking],
      )) {
        const found = stale(document);
        expect(found, `${document.format}: ${booking}`).toHaveLength(1);
        expect(found[0], document.format).toMatch(/is dated 7 October 2024 — it lapsed on 7 October 2026/);
      }
  });

  it("a lead whose only line is a booking has completed no training", () => {
    for (const document of layouts(["Booked: Deputy DSL course, 18 January 2027"])) {
      const found = run(trainingMissing, document)
        .map((f) => f.message)
        .filter((m) => m.includes("Stellwood"));
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).toMatch(/only course listed is booked for 18 January 2027/);
      expect(stale(document), document.format).toEqual([]);
    }
  });
});

describe("stays as it is", () => {
  for (const [what, lines] of [
    [
      "a completed refresher after the booking",
      [RECORD, "Booked: Deputy DSL refresher, 18 January 2027", "Deputy DSL refresher, 9 September 2026"],
    ],
    ["a line booked and done", [RECORD, "Booked and completed: Deputy DSL refresher, 3 March 2026"]],
    [
      "a still-valid record beside its booking",
      [
        "Deputy DSL course, Level 3 (Wendle SCP), 3 March 2025",
        "Booked: Deputy DSL refresher, 18 January 2027",
      ],
    ],
    [
      "a booking note after the record's own date",
      [RECORD, "Deputy DSL refresher, 3 March 2026 (booked on the council's portal)"],
    ],
    [
      "a course's line with a future date and no booking word",
      [RECORD, "Deputy DSL refresher, 18 January 2027"],
    ],
  ] as const)
    it(`${what}: no finding`, () => {
      for (const document of layouts([...lines])) expect(stale(document), document.format).toEqual([]);
    });
});
