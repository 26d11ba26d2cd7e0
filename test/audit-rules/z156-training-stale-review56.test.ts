/**
 * training-stale (review 56 of the forty-fifth session's readings), in our own words; every name is invented. As of 1
 * December 2026. Two false findings:
 * - A training table's column headed with a course's title alone ("Leadership", "Foundations") was read as a church's
 *   safeguarding pathway module in any setting: a nursery's "| Name | Role | DSL training | Paediatric First Aid |
 *   Leadership |" reported the manager's leadership qualification of 2019 as lapsed safeguarding training. Such a
 *   title is a pathway's module only where two of the pathway's modules head columns side by side ("| Basic
 *   Awareness | Foundations | Leadership |"), or where the policy is a church's and names its pathway; elsewhere the
 *   column is another subject and no course. The recognised course beside it ("DSL training") is read as before.
 * - A list entry's dated record, then a later clause saying the same course has been renewed since ("…, 14 March
 *   2022; refreshed annually since.", ", and refreshed every year since.", ". Refreshes it annually online."): the
 *   clause was split off as a habit and the 2022 date judged alone. The writer says the course is kept current, so
 *   no lapse is reported (as before that split: the line is no record to judge).
 * Stays as it is: a church's pathway table (side by side, or one module where the church names its pathway) is read
 * as before; the dated entry with no clause after it is stale; a later clause giving a cycle ("; renewed every two
 * years.") or another habit ("; DSL network meetings each term.") keeps the record and its lapse.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { run } from "../fixtures/structure/documents.js";
import { keyStaffTrainingLayouts } from "../helpers/key-staff-training-layouts.js";
import { tableSectionLayouts } from "../helpers/table-section-layouts.js";

const messages = (document: SourceDocument) => run(trainingStale, document).map((f) => f.message);
const of = (document: SourceDocument, name: string) => messages(document).filter((m) => m.includes(name));

// ---------------------------------------------------------------------------------------------------------------
// A course's title alone as a training table's column
// ---------------------------------------------------------------------------------------------------------------

const NURSERY = "Safeguarding and Child Protection Policy — Thornbury Lane Pre-School";
const NURSERY_INTRO =
  "Our Designated Safeguarding Lead is Mrs Wenna Trago (01632 960731); her deputy is Mr Idris Pennock (01632 960732).";

/** A nursery's staff training table: Wenna's DSL training is current, Idris's lapsed in February 2026. */
function nurseryTable(header: string[], wenna: string[], idris: string[]): SourceDocument[] {
  return tableSectionLayouts(NURSERY, "Staff training", [
    NURSERY_INTRO,
    [header, ["Wenna Trago", "Manager and DSL", ...wenna], ["Idris Pennock", "Deputy Manager", ...idris]],
  ]);
}

describe("a title column in a setting with no pathway is no safeguarding course", () => {
  for (const [what, header, wenna, idris] of [
    [
      "beside first aid",
      ["Name", "Role", "DSL training", "Paediatric First Aid", "Leadership"],
      ["14 March 2026", "9 January 2026", "20 June 2019"],
      ["2 February 2024", "9 January 2026", "n/a"],
    ],
    [
      "Leadership alone beside the lead's course",
      ["Name", "Role", "DSL training", "Leadership"],
      ["14 March 2026", "5 September 2018"],
      ["2 February 2024", "1 June 2019"],
    ],
    [
      "Foundations alone beside the lead's course",
      ["Name", "Role", "DSL training", "Foundations"],
      ["14 March 2026", "5 September 2018"],
      ["2 February 2024", "1 June 2019"],
    ],
    [
      "a leadership award of another name",
      ["Name", "Role", "Designated Safeguarding Lead training", "Leadership and Management"],
      ["14 March 2026", "12 July 2020"],
      ["2 February 2024", "—"],
    ],
  ] as const)
    it(`${what}: only the lead's course is read`, () => {
      for (const document of nurseryTable([...header], [...wenna], [...idris])) {
        expect(of(document, "Wenna Trago"), document.format).toEqual([]);
        const idrisFound = of(document, "Idris Pennock");
        expect(idrisFound, document.format).toHaveLength(1);
        expect(idrisFound[0], document.format).toMatch(/ training is dated 2 February 2024 — it lapsed/);
      }
    });
});

const CHURCH = "St Bride's Church, Collingham — Parish Safeguarding Policy";

// A PDF's text keeps no heading over its table that says "training": the title columns are read in Markdown and Word.
const mdAndWord = (documents: SourceDocument[]) => documents.filter((d) => d.format !== "pdf");

describe("stays as it is: a church's pathway modules as columns", () => {
  it("two modules side by side, in any policy: the later module lapsed", () => {
    const school = tableSectionLayouts(
      "Child Protection Policy — Harrowgate Lane Primary School",
      "Training",
      [
        "Staff who also serve in the parish keep the diocese's modules current.",
        [
          ["Name", "Role", "Level 3 DSL", "Foundations", "Leadership"],
          ["Corin Halsey", "Headteacher and DSL", "09/2025", "05/2022", "05/2022"],
        ],
      ],
    );
    for (const document of mdAndWord(school)) {
      const found = of(document, "Corin Halsey");
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).toMatch(/Leadership.*May 2022/);
    }
  });

  it("one module in a church's policy that names its pathway", () => {
    const church = tableSectionLayouts(CHURCH, "Safeguarding training", [
      "Everyone with a role follows the diocese's safeguarding learning pathway for that role.",
      [
        ["Name", "Role", "Safeguarding training", "Leadership"],
        ["Ada Pellow", "Parish Safeguarding Officer", "03/2025", "05/2022"],
      ],
    ]);
    for (const document of mdAndWord(church)) {
      const found = of(document, "Ada Pellow");
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).toMatch(/Leadership.*May 2022/);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// A dated record, then a clause saying the course has been renewed since
// ---------------------------------------------------------------------------------------------------------------

const ROLES = [
  "Designated Safeguarding Lead: Mrs Wenna Trago (01632 960731)",
  "Deputy Designated Safeguarding Lead: Mr Idris Pennock (01632 960732)",
];
const DEPUTY = "Idris Pennock: Early Years Designated Safeguarding Lead training, 2 February 2026.";
const entries = (training: string) => keyStaffTrainingLayouts(NURSERY, ROLES, [training, DEPUTY]);
const RECORD = "Wenna Trago: Early Years Designated Safeguarding Lead training, 14 March 2022";

describe("a clause saying the course was renewed since its date keeps it current", () => {
  for (const clause of [
    "; refreshed annually since.",
    ", and refreshed every year since.",
    ". Refreshes it annually online.",
    "; renewed yearly since then.",
    ", and has renewed it every year.",
    "; updated annually since.",
  ])
    it(`no lapse reported: …${clause}`, () => {
      for (const document of entries(`${RECORD}${clause}`))
        expect(of(document, "Wenna Trago"), document.format).toEqual([]);
    });
});

describe("stays as it is: the record and its lapse", () => {
  for (const [what, clause] of [
    ["no clause after the date", "."],
    ["a cycle, no renewal since", "; renewed every two years."],
    ["another habit", "; DSL network meetings each term."],
    ["a news habit, not the course", ". Updates annually via the council's bulletin."],
  ])
    it(`${what}: …${clause}`, () => {
      for (const document of entries(`${RECORD}${clause}`)) {
        const found = of(document, "Wenna Trago");
        expect(found, document.format).toHaveLength(1);
        expect(found[0], document.format).toMatch(/dated 14 March 2022 — it lapsed on 14 March 2024/);
      }
    });
});
