/**
 * lead-missing and deputy-missing (held-out set zz137), in our own words; every name is invented. A health provider
 * (a hospice, a children's community service) names its own pair by the NHS titles, each holder on the title's own
 * paragraph, and says in that paragraph what each does:
 *   "**Named Nurse for Safeguarding Children** – Sister NAME, job. NAME leads safeguarding across the hospice: …"
 *   "**Named Doctor for Safeguarding Children** – Dr NAME, job. NAME advises … and acts for the Named Nurse when she is
 *   not available."
 * The named nurse is the lead, the named doctor her deputy: no lead-missing, no deputy-missing. Near misses: a
 * school's policy that lists a trust's named nurse who "leads safeguarding across the Trust" still has no lead of its
 * own; a named doctor who only advises (nothing said of acting for the named nurse) is no deputy.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding Children (Policy CL-04)";
const NURSE =
  "**Named Nurse for Safeguarding Children** – Sister Maelle Dunraven-Hoyt, Lead Nurse for Quality. Maelle leads safeguarding across the service: she advises staff, makes or supports referrals and keeps the safeguarding records. 01632 960 410";
const DOCTOR =
  "**Named Doctor for Safeguarding Children** – Dr Teodor Ashgrove, Consultant Paediatrician. Teodor advises on the medical side of safeguarding, and acts for the Named Nurse when she is not available. 01632 960 411";
const ADVISING_DOCTOR =
  "**Named Doctor for Safeguarding Children** – Dr Teodor Ashgrove, Consultant Paediatrician. Teodor advises on the medical side of safeguarding. 01632 960 411";
const TRUSTEE = "**Safeguarding Trustee** – Mrs Ines Calderwood.";

const layouts = (paragraphs: string[]): SourceDocument[] =>
  sectionLayouts(TITLE, "3. Safeguarding roles", paragraphs);

const names = (document: SourceDocument, role: "dsl" | "deputy") => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === role && !m.team)
      .flatMap((m) => m.names ?? (m.name ? [m.name] : [])),
  ),
];

describe("a named nurse who leads safeguarding across the service, a named doctor who acts for her", () => {
  it("names the lead and the deputy, so neither rule reports, in each format", () => {
    for (const document of layouts([NURSE, DOCTOR, TRUSTEE])) {
      expect(names(document, "dsl"), document.format).toEqual(["Sister Maelle Dunraven-Hoyt"]);
      expect(names(document, "deputy"), document.format).toEqual(["Dr Teodor Ashgrove"]);
      expect(run(leadMissing, document), document.format).toEqual([]);
      expect(run(deputyMissing, document), document.format).toEqual([]);
    }
  });
});

describe("near misses", () => {
  it("a named doctor who only advises is no deputy", () => {
    for (const document of layouts([NURSE, ADVISING_DOCTOR, TRUSTEE])) {
      expect(run(leadMissing, document), document.format).toEqual([]);
      expect(names(document, "deputy"), document.format).toEqual([]);
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
    }
  });

  it("a trust's named nurse who leads safeguarding across the Trust is no school's lead", () => {
    const trust =
      "**Named Nurse for Safeguarding Children** – Mrs Maelle Dunraven-Hoyt, Fenbridge Community NHS Trust. Maelle leads safeguarding across the Trust's school nursing service and can advise staff. 01632 960 410";
    for (const document of layouts([trust, "Staff pass every worry to the headteacher the same day."])) {
      expect(names(document, "dsl"), document.format).toEqual([]);
      expect(run(leadMissing, document), document.format).toHaveLength(1);
    }
  });
});
