/**
 * lead-missing and training-missing (review 46), in our own words; every name is invented. A named nurse is the
 * policy's lead only when her paragraph says she leads safeguarding across the setting itself ("across the hospice:",
 * "across our service,"). A school lists a trust's named nurse among its health partners:
 *   "**Named Nurse for Safeguarding Children** – Mrs NAME, Fenbridge Community NHS Trust. NAME leads safeguarding
 *   across the city's school nursing service and can advise staff."
 * She is an outside adviser whatever words follow "across the" ("the city's …", "the whole Trust's …", "the Fenbridge
 * …"): a school with its own trained lead and deputy owes no training record for her, and a school with no lead of
 * its own still has none. Still works: a hospice's own named nurse who "leads safeguarding across the whole hospice" or
 * "across our service" is its lead.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Safeguarding Children Policy — Larchmont Primary School";
const nurse = (holder: string, across: string) =>
  `**Named Nurse for Safeguarding Children** – Mrs Ysolde Marrick-Penn, ${holder}. Ysolde leads safeguarding across ${across} and can advise staff. 01632 960 520`;
const OUTSIDE = [
  nurse("Fenbridge Community NHS Trust", "the city's school nursing service"),
  nurse("Fenbridge Community NHS Trust", "the whole Trust's school nursing service"),
  nurse("Fenbridge Community NHS Trust", "the Fenbridge school nursing service"),
  // No employer named, but she "can advise" staff: an adviser.
  nurse("School Nurse Team Leader", "the service"),
  // An employer named, though the words after "across the" are the service's.
  "**Named Nurse for Safeguarding Children** – Mrs Ysolde Marrick-Penn, Fenbridge Community NHS Trust. Ysolde leads safeguarding across the service. 01632 960 520",
];
const SCHOOL_LEADS = [
  "Designated Safeguarding Lead: Mrs Petra Holmwood, Headteacher",
  "Deputy Designated Safeguarding Lead: Mr Idris Fawley, Deputy Headteacher",
  "Mrs Petra Holmwood completed Level 3 DSL training on 14/03/2026. Mr Idris Fawley completed Level 3 DSL training on 02/10/2025.",
];
const NO_LEAD = ["Staff pass every worry to the headteacher the same day."];

const layouts = (paragraphs: string[], title = TITLE): SourceDocument[] => [
  markdownDocument(
    [`# ${title}`, "", "## 3. Safeguarding roles", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n"),
  ),
  wordDocument(
    [
      `<h1>${title}</h1>`,
      "<h2>3. Safeguarding roles</h2>",
      ...paragraphs.map((p) => `<p>${p.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`),
    ].join(""),
  ),
  pdfDocument(
    [
      title,
      "3. Safeguarding roles",
      ...paragraphs.map((p) => p.replace(/\*\*/g, "").replace(/(.{60,75}?) /g, "$1\n")),
    ].join("\n"),
  ),
];

const dsls = (document: SourceDocument) => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === "dsl" && !m.team)
      .flatMap((m) => m.names ?? (m.name ? [m.name] : [])),
  ),
];

describe("a trust's named nurse listed as a health partner", () => {
  it("is not the school's lead, so no training is missing for her", () => {
    for (const paragraph of OUTSIDE)
      for (const document of layouts([...SCHOOL_LEADS, paragraph])) {
        expect(dsls(document), `${document.format}: ${paragraph}`).not.toContain("Mrs Ysolde Marrick-Penn");
        expect(run(trainingMissing, document), `${document.format}: ${paragraph}`).toEqual([]);
      }
  });

  it("leaves a school with no lead of its own without one", () => {
    for (const paragraph of OUTSIDE)
      for (const document of layouts([...NO_LEAD, paragraph])) {
        expect(dsls(document), `${document.format}: ${paragraph}`).toEqual([]);
        expect(run(leadMissing, document), `${document.format}: ${paragraph}`).toHaveLength(1);
      }
  });
});

describe("still works: a hospice's own named nurse", () => {
  it("who leads safeguarding across the whole hospice, or across our service, is its lead", () => {
    for (const across of ["the whole hospice", "our service"]) {
      const own = `**Named Nurse for Safeguarding Children** – Sister Ysolde Marrick-Penn, Head of Clinical Quality. Ysolde leads safeguarding across ${across}: she advises staff and keeps the safeguarding records. 01632 960 520`;
      for (const document of layouts([own, ...NO_LEAD], "Safeguarding Children (Hospice Policy CL-04)")) {
        expect(dsls(document), `${document.format}: ${across}`).toEqual(["Sister Ysolde Marrick-Penn"]);
        expect(run(leadMissing, document), `${document.format}: ${across}`).toEqual([]);
      }
    }
  });
});
