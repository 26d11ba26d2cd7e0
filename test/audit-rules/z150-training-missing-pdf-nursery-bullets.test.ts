/**
 * training-missing (held-out set zz150), in our own words; every name is invented. A PDF's list of course dates
 * whose longer entries the page's width broke before the date: "● Tamsin Okoro-Vale – Designated Safeguarding Lead
 * (Eastmoor SCP)," / "04/2025". The entry's line, read alone, named the person and a course but no date, and the
 * lead was reported as having no training. A line ending in a comma whose next line is a date alone is one entry.
 * Near misses: a lead with no entry is still reported; an entry ending in a comma before the next bullet stays
 * undated (the next bullet is no date of it).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { pdfDocument, run } from "../fixtures/structure/documents.js";

const policy = (training: string[]) =>
  pdfDocument(
    [
      "Little Larches Nurseries - Safeguarding Policy",
      "2. Who is responsible",
      "Group Safeguarding Lead: Tamsin Okoro-Vale, Head of Quality (01632 960 220)",
      "Deputy Group Safeguarding Lead: Gareth Pimm, Operations Manager (01632 960 221)",
      "Our nursery designated safeguarding leads are:",
      "● Little Larches Northgate – Bethany Crowle (Nursery Manager)",
      "● Little Larches Riverside Walk – Chidinma Onyekachi-Bright (Nursery Manager)",
      "3. Training",
      "Head Office keeps the training matrix; the latest DSL course dates are:",
      ...training,
      "4. Recognising concerns",
      "Staff record what they see and hear and tell the nursery's lead the same day.",
      "",
    ].join("\n"),
  );

const wrapped = [
  "● Tamsin Okoro-Vale – Designated Safeguarding Lead (Eastmoor SCP),",
  "04/2025",
  "● Gareth Pimm – Designated Safeguarding Lead (Eastmoor SCP), 10/2025",
  "● Bethany Crowle – Designated Safeguarding Lead (Eastmoor SCP), 02/2026",
  "● Chidinma Onyekachi-Bright – Designated Safeguarding Lead (Eastmoor SCP),",
  "07/2025",
];

describe("a PDF bullet of a course whose date the page's width put on the next line", () => {
  it("reads the date as the entry's: nobody is missing training", () => {
    const document = policy(wrapped);
    expect(run(trainingMissing, document)).toEqual([]);
    expect(run(trainingUndated, document)).toEqual([]);
  });

  it("still reports a lead with no entry, and the next bullet after a comma is still read as its own", () => {
    const document = policy([
      "● Gareth Pimm – Designated Safeguarding Lead (Eastmoor SCP),",
      "● Bethany Crowle – Designated Safeguarding Lead (Eastmoor SCP), 02/2026",
      "● Chidinma Onyekachi-Bright – Designated Safeguarding Lead (Eastmoor SCP), 07/2025",
    ]);
    const messages = run(trainingMissing, document).map((f) => f.message);
    expect(messages.some((m) => m.includes("Tamsin Okoro-Vale"))).toBe(true);
    expect(messages.some((m) => m.includes("Bethany Crowle"))).toBe(false);
  });
});
