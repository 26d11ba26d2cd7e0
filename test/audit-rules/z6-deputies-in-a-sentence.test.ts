/**
 * Deputies named inside the sentence that names the lead, the way a provider's policy introduces its team:
 * "Our lead is …, supported by two deputies: A, job, and B, job", "…, with three deputies – A, B and C". A count
 * ("two", "three", "both") or "our" before "deputies", then a colon, dash or comma and the names. A person the
 * lead is only "supported by" (an administrator, a manager) is not a deputy: "supported by" alone says nothing
 * about who acts when the lead is away, so the policy still lacks one. In our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(team: string): string {
  return [
    "# Heronsgate Sailing School — Keeping Young Sailors Safe",
    "",
    "## 1. Who to tell",
    "",
    team,
    "",
    "## 2. What to do",
    "",
    "Tell the DSL or a deputy the same day, and write down what you were told.",
    "",
  ].join("\n");
}

const SHAPES = [
  {
    name: "'supported by two deputies:' then names with job titles after commas",
    team: "Our Designated Safeguarding Lead is Marguerite Ablewhite, Centre Principal, supported by two deputies: Kwame Asante-Boateng, Chief Instructor, and Lowri Pritchard, Office Manager. Any of them can be reached on 01632 960411.",
    dsl: ["Marguerite Ablewhite"],
    deputies: ["Kwame Asante-Boateng", "Lowri Pritchard"],
  },
  {
    name: "'with three deputies –' then names joined by commas and 'and'",
    team: "The Safeguarding Lead is Mr Idris Fairweather (Head of Centre), with three deputies – Sunita Ramsay, Colm Deasy and Petra Vukovic – who cover the weekends.",
    dsl: ["Mr Idris Fairweather"],
    deputies: ["Sunita Ramsay", "Colm Deasy", "Petra Vukovic"],
  },
  {
    name: "'supported by' a manager, then 'In their absence, contact …' naming the deputy with job and phone",
    team: "Our safeguarding lead is Marguerite Ablewhite, Centre Principal (01632 960411), supported by the Bookings Manager, Idris Fairweather (01632 960412). In their absence, contact Sunita Ramsay, Senior Instructor, on 01632 960413 or at office@heronsgate.example.org.",
    dsl: ["Marguerite Ablewhite"],
    deputies: ["Sunita Ramsay"],
  },
  {
    name: "'and our two deputies,' after the lead",
    team: "Concerns go to our safeguarding lead, Ottilie Brandt, and our two deputies, Ravi Chaudhry and Hana Sato.",
    dsl: ["Ottilie Brandt"],
    deputies: ["Ravi Chaudhry", "Hana Sato"],
  },
];

describe("deputies named in the sentence that names the lead", () => {
  for (const shape of SHAPES) {
    for (const format of ["md", "pdf", "docx"] as const) {
      it(`${shape.name} (${format})`, () => {
        const text = policy(shape.team);
        expect(namesFor(text, format, "dsl")).toEqual(shape.dsl);
        expect(namesFor(text, format, "deputy")).toEqual(shape.deputies);
        expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
        expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
      });
    }
  }

  it("a paragraph wrapped in a PDF between 'deputies:' and the names", () => {
    const text = policy(
      [
        "Our Designated Safeguarding Lead is Marguerite Ablewhite, Centre Principal, supported by two deputies:",
        "Kwame Asante-Boateng, Chief Instructor, and Lowri Pritchard, Office Manager.",
      ].join("\n"),
    );
    expect(namesFor(text, "pdf", "deputy")).toEqual(["Kwame Asante-Boateng", "Lowri Pritchard"]);
    expect(checkText(deputyMissing, text, { asOf, format: "pdf" })).toEqual([]);
  });
});

describe("what is not a deputy", () => {
  it("a lead only 'supported by' a manager has no deputy (the policy should still name one)", () => {
    const text = policy(
      "Our safeguarding lead is Marguerite Ablewhite, Centre Principal, supported by the Office Manager, Lowri Pritchard (01632 960412).",
    );
    expect(namesFor(text, "md", "dsl")).toEqual(["Marguerite Ablewhite"]);
    expect(namesFor(text, "md", "deputy")).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf })).toHaveLength(1);
  });

  it("deputies counted but not named ('supported by two deputies who are trained') name nobody", () => {
    const text = policy(
      "Our Designated Safeguarding Lead is Marguerite Ablewhite, supported by two deputies. Their names are on the noticeboard.",
    );
    expect(namesFor(text, "md", "deputy")).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf })).toHaveLength(1);
  });

  it("a count before a deputy's job title is not a deputy ('two Deputy Managers: …' are managers)", () => {
    const text = policy(
      "Our Designated Safeguarding Lead is Marguerite Ablewhite. The centre also has two Deputy Managers: Kwame Asante-Boateng and Lowri Pritchard.",
    );
    expect(namesFor(text, "md", "deputy")).toEqual([]);
  });
});
