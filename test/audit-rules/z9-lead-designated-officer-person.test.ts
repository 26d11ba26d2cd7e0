/**
 * "Designated Safeguarding Officer" (DSO) and "Designated Safeguarding Person" (DSP) are the setting's own lead,
 * as charities, colleges and sports clubs call it; their deputies are the "Deputy DSO" / "Deputy Designated
 * Safeguarding Person". The council's "Designated Officer" (the LADO, for allegations against staff) is not the
 * lead, even beside them. Issue 11's review found no test holding these two titles; in our own words, every
 * name invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(people: string[]): string {
  return [
    "# Fallowfield Arts Trust – Safeguarding Policy",
    "",
    "## Contacts",
    "",
    ...people.flatMap((p) => [p, ""]),
    "## Allegations against staff",
    "",
    "Allegations go to the Local Authority Designated Officer (LADO) on 01632 960 900 within one working day.",
    "",
  ].join("\n");
}

const SHAPES = [
  {
    name: "Designated Safeguarding Officer and a deputy DSO, labelled",
    people: [
      "Designated Safeguarding Officer (DSO): Ms Rhiannon Petty, Programme Director",
      "Deputy DSO: Mr Kwame Asante-Forde, Learning Manager",
    ],
    dsl: ["Ms Rhiannon Petty"],
    deputies: ["Mr Kwame Asante-Forde"],
  },
  {
    name: "Designated Safeguarding Person in a sentence and a deputy by title",
    people: [
      "Our Designated Safeguarding Person is Ingrid Holloway (07700 900 451).",
      "Deputy Designated Safeguarding Person: Tobias Lindgren (07700 900 452)",
    ],
    dsl: ["Ingrid Holloway"],
    deputies: ["Tobias Lindgren"],
  },
  {
    name: "name first, then the title after a dash",
    people: [
      "Marguerite Osei – Designated Safeguarding Officer",
      "Dafydd Pryor – Deputy Designated Safeguarding Officer",
    ],
    dsl: ["Marguerite Osei"],
    deputies: ["Dafydd Pryor"],
  },
];

describe("lead-missing: 'designated safeguarding officer' and 'designated safeguarding person' are the setting's own lead", () => {
  for (const shape of SHAPES) {
    for (const format of ["md", "pdf", "docx"] as const) {
      it(`${shape.name} (${format})`, () => {
        const text = policy(shape.people);
        expect(namesFor(text, format, "dsl")).toEqual(shape.dsl);
        expect(namesFor(text, format, "deputy")).toEqual(shape.deputies);
        expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
        expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
      });
    }
  }

  it("the council's Designated Officer is not the lead, though named", () => {
    const text = policy([
      "Designated Officer: Mr Gideon Marsh, Hollowmere Council, 01632 960 900",
      "The Designated Safeguarding Officer will decide whether to refer.",
    ]);
    expect(namesFor(text, "md", "dsl")).toEqual([]);
    expect(checkText(leadMissing, text, { asOf, format: "md" })).toHaveLength(1);
  });
});
