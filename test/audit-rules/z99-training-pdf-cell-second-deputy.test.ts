/**
 * Training read from the held-out set zz99, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * A PDF's policy set out in one table: a "Deputies" cell names two people, the second with a first name that is also a
 * common word ("Merry"). The training cell's "Merry – course, date." is hers, as the table's own reading of the
 * deputies says, not a record of nobody (and no false training-missing for her).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkDocument } from "../helpers/audit-context.js";
import { narrowColumnsPdf } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";

/** A PDF as its reader gives it: the cells' words on short lines, and the table as a block of rows and cells. */
const pdf = (training: string): SourceDocument => {
  const rows = [
    ["No.", "Area", "What we do", "Who is responsible"],
    [
      "1",
      "Designated lead",
      "The Designated Safeguarding Lead for every workshop is the Programme Coordinator, Osric Delamere-Pike (07700 900211).",
      "Head of Service",
    ],
    [
      "2",
      "Deputies",
      "Ines Harrowgate, Workshop Supervisor, Ashcombe Community Garden (07700 900212). Merry Tolland, Workshop Supervisor, Quarry Lane Furniture Project (07700 900213).",
      "Programme Coordinator",
    ],
    ["3", "Lead and deputy training", training, "Learning team"],
    ["4", "Transport", "Two adults in each vehicle.", "All staff"],
  ];
  return narrowColumnsPdf("Millbrook Youth Workshops – site safeguarding", rows);
};

describe("a PDF table's training cell, the second deputy by a first name that is also a word", () => {
  it("her lapsed course is reported as hers, and she is not said to have no training", () => {
    const doc = pdf(
      "Osric – DSL (Level 3), Millbrook SCP, 10/2025. Ines – DSL (Level 3), Millbrook SCP, 04/2025. Merry – Safeguarding Children Awareness (Level 2), 2022-06-14. All sessional staff: awareness e-learning at induction.",
    );
    const stale = checkDocument(trainingStale, doc, { asOf });
    expect(stale.map((f) => f.message.split(" most recent")[0])).toEqual(["Merry Tolland's"]);
    expect(checkDocument(trainingMissing, doc, { asOf })).toEqual([]);
  });

  it("all recent: nothing reported", () => {
    const doc = pdf(
      "Osric – DSL (Level 3), Millbrook SCP, 10/2025. Ines – DSL (Level 3), Millbrook SCP, 04/2025. Merry – Safeguarding Children Awareness (Level 2), 2025-06-14.",
    );
    expect(checkDocument(trainingStale, doc, { asOf })).toEqual([]);
    expect(checkDocument(trainingMissing, doc, { asOf })).toEqual([]);
  });
});
