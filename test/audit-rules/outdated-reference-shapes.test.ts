import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/references/${name}`, import.meta.url), "utf8");

describe("outdated-reference in the shapes real policies write", () => {
  it("never flags current laws that look old, current editions or a name given as history", () => {
    const text = fixture("current-laws.md");
    expect(checkText(outdatedReference, text, { asOf }).map((f) => f.excerpt)).toEqual([]);
  });

  it("finds a sector's own edition of guidance", () => {
    const text =
      "Speakers are booked under the Prevent duty guidance for\nhigher education institutions (2015).";
    expect(checkText(outdatedReference, text, { asOf }).map((f) => f.excerpt)).toEqual([
      "Prevent duty guidance for higher education institutions (2015)",
    ]);
  });

  it("finds the board under either word order", () => {
    const text = "We follow the Kestrel Vale Children's Safeguarding Board's threshold document.";
    // Quoted with its place, as written (zz58).
    expect(checkText(outdatedReference, text, { asOf }).map((f) => f.excerpt)).toEqual([
      "Kestrel Vale Children's Safeguarding Board",
    ]);
  });

  it("finds every kind of outdated reference", () => {
    const text = fixture("outdated-shapes.md");
    const found = checkText(outdatedReference, text, { asOf });
    expect(excerpts(found, text).map((e) => e.replace(/\s+/g, " "))).toEqual([
      "Working Together to Safeguard Children 2018)",
      "Keeping Children Safe in Education (DfE, 2019)",
      "Keeping Children Safe in Education – September 2022",
      "KCSIE 2023",
      "What to do if you're worried a child is being abused (2006)",
      "Framework for the Assessment of Children in Need and their Families (2000)",
      "Sexual violence and sexual harassment between children in schools and colleges",
      "Revised Prevent Duty Guidance: for England and Wales (2015)",
      "Information Sharing: advice for practitioners providing safeguarding services (July 2018)",
      "Protection of Children Act 1999",
      "No Secrets (Department of Health, 2000)",
      "Children's Act 1989",
      "Equality Act 2017",
      "Disability Discrimination Act 1995",
      "Race Relations (Amendment) Act 2000",
      "Sex Discrimination Act 1975",
      "Safeguarding Children and Safer Recruitment in Education (DfES 2006)",
      "Working Together to Safeguard Children: A guide to inter-agency working to safeguard and promote the welfare of children (March 2015)",
      "KCSIE Part 1 (2020)",
      "2016 edition of Keeping Children Safe in Education",
      "KCSIE 2021-22",
      "WTSC 2013",
      "Pre-school Learning Alliance",
      "Children's Workforce Development Council",
      "NCTL",
      "CRB check",
      "List 99",
      "Independent Safeguarding Authority",
      "CCG",
      "Vetting and Barring Scheme",
      "CCPAS",
      "Driving Standards Agency",
      "Skills Funding Agency",
      "Education & Skills Funding Agency",
      "lead practitioner for safeguarding",
      "Serious Case Review",
      "Kestrel Vale LSCB",
      "peer-to-peer abuse",
      "sexting",
    ]);
  });
});
