/**
 * A policy defines its own abbreviation for the lead's title in brackets ("our Club Welfare Officer (CWO)", "Child
 * Protection Co-ordinator (CPC)") and then writes the deputy as "Deputy CWO: Name" or "Name (Deputy CPC)". The
 * abbreviation is this policy's word for the role: with "Deputy" it names the deputy, alone the lead. Only an
 * abbreviation made of the title's initials counts ("Welfare Officer (RFU)" names a body, not the role), and only
 * in the policy that defines it. A martial arts club calls its instructors "Sensei", a title before a name. From
 * the ninth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(title: string, people: string[], training: string[] = []): string {
  return [
    `# ${title}`,
    "",
    "## Who looks after welfare",
    "",
    ...people.flatMap((p) => [p, ""]),
    "## Training",
    "",
    ...training.map((t) => `- ${t}`),
    "",
    "## If you are worried",
    "",
    "Tell the lead the same day and write down what you saw or heard.",
    "",
  ].join("\n");
}

const SHAPES = [
  {
    name: "a judo club: 'Sensei … is our Club Welfare Officer (CWO)', then 'Deputy CWO: Name, phone'",
    text: policy(
      "Brackenford Judo Club – Safeguarding Policy",
      [
        "Sensei Ilse Marchetti is our Club Welfare Officer (CWO). You can reach her on 07700 900 515.",
        "Deputy CWO: Tariq Fenwick-Oduya, 07700 900 516.",
        "The CWO keeps the club's welfare records.",
      ],
      [
        "Sensei Ilse Marchetti (CWO): Time to Listen (welfare officer course), 3/2/2026",
        "Tariq Fenwick-Oduya (Deputy CWO): Safeguarding and Protecting Children, May 2026",
      ],
    ),
    dsl: ["Sensei Ilse Marchetti"],
    deputies: ["Tariq Fenwick-Oduya"],
  },
  {
    name: "a Scottish choir: 'Child Protection Co-ordinator (CPC)', then 'Name (Deputy CPC)'",
    text: policy("Cairnhill Youth Choir – Child Protection", [
      "Our Child Protection Co-ordinator (CPC) is Mhairi Lockhart.",
      "Niall Drysdale (Deputy CPC) covers rehearsals when Mhairi is away.",
    ]),
    dsl: ["Mhairi Lockhart"],
    deputies: ["Niall Drysdale"],
  },
  {
    name: "a karate club: 'Sifu'/'Sensei' titles and a deputy abbreviation in a label",
    text: policy("Marram Karate Academy – Safeguarding", [
      "Welfare Officer (WO): Sifu Benedikt Aalto",
      "Deputy WO: Sensei Keturah Boateng",
    ]),
    dsl: ["Sifu Benedikt Aalto"],
    deputies: ["Sensei Keturah Boateng"],
  },
];

describe("deputy-missing: 'Deputy' with the abbreviation the policy defines for its lead's title", () => {
  for (const shape of SHAPES) {
    for (const format of ["md", "pdf", "docx"] as const) {
      it(`${shape.name} (${format})`, () => {
        expect(namesFor(shape.text, format, "dsl")).toEqual(shape.dsl);
        expect(namesFor(shape.text, format, "deputy")).toEqual(shape.deputies);
        expect(checkText(leadMissing, shape.text, { asOf, format })).toEqual([]);
        expect(checkText(deputyMissing, shape.text, { asOf, format })).toEqual([]);
        expect(checkText(trainingMissing, shape.text, { asOf, format })).toEqual([]);
      });
    }
  }

  it("an abbreviation that is not the title's initials defines nothing", () => {
    const text = policy("Brackenford Rugby Club – Safeguarding Policy", [
      "The club follows the Welfare Officer (RFU) guidance on the Rugby Football Union's site.",
      "Deputy RFU: Tariq Fenwick-Oduya",
    ]);
    expect(namesFor(text, "md", "deputy")).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toHaveLength(1);
  });

  it("an abbreviation no role defines in this policy is nobody's: 'Deputy CWO' alone", () => {
    const text = policy("Brackenford Judo Club – Safeguarding Policy", [
      "Welfare Officer: Sensei Ilse Marchetti",
      "Deputy CWO: Tariq Fenwick-Oduya",
    ]);
    expect(namesFor(text, "md", "dsl")).toEqual(["Sensei Ilse Marchetti"]);
    expect(namesFor(text, "md", "deputy")).toEqual([]);
  });
});
