/**
 * The lead's and deputy's titles in Northern Ireland and Scotland. A Northern Ireland school's lead is its
 * "Designated Teacher for Child Protection" (the DT), with a "Deputy Designated Teacher" (the DDT); a Scottish
 * charity's or school's is its "Child Protection Co-ordinator" (or "Coordinator"), with a "Depute" — Scots for
 * deputy ("Depute Child Protection Co-ordinator", "Depute Co-ordinator"). England's "designated teacher" for
 * looked-after children is another role and never the lead. Web pages made by pandoc escape a hyphen
 * ("Co\-ordinator", "Sutherland\-Grant") and wrap lines wherever they fall, between a role and its name. From
 * the ninth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(title: string, people: string[], body: string[] = []): string {
  return [
    `# ${title}`,
    "",
    "## Who to tell",
    "",
    ...people.flatMap((p) => [p, ""]),
    "## Responding to a concern",
    "",
    "Listen, write down what the child said in their own words, and pass it on the same day.",
    "",
    ...body.flatMap((p) => [p, ""]),
  ].join("\n");
}

const SHAPES = [
  {
    name: "Northern Ireland: the Designated Teacher for Child Protection and the Deputy",
    text: policy("Carrowbeg Primary School – Child Protection Policy", [
      "Designated Teacher for Child Protection: Mrs Orla Devlin (Vice-Principal), 01632 960 101",
      "Deputy Designated Teacher for Child Protection: Mr Padraig Boyle (P5 teacher), 01632 960 102",
    ]),
    dsl: ["Mrs Orla Devlin"],
    deputies: ["Mr Padraig Boyle"],
  },
  {
    name: "Northern Ireland: the DT and DDT defined in brackets, then used alone",
    text: policy(
      "Glenmaddy Integrated Primary – Safeguarding and Child Protection",
      [
        "Our Designated Teacher for Safeguarding and Child Protection (DT) is Mr Rory McAteer.",
        "Deputy Designated Teacher (DDT): Miss Saoirse Quigley",
      ],
      ["The DT keeps the records; the DDT acts when the DT is out of school."],
    ),
    dsl: ["Mr Rory McAteer"],
    deputies: ["Miss Saoirse Quigley"],
  },
  {
    name: "Northern Ireland: 'Designated Teacher' alone in a policy that follows the SBNI's procedures",
    text: policy(
      "Tullyard Nursery School – Child Protection Policy",
      [
        "Designated Teacher: Mrs Bronagh Kerr",
        "Deputy Designated Teacher: Mrs Eimear Lavery",
        "We follow the procedures of the Safeguarding Board for Northern Ireland (SBNI).",
      ],
      [],
    ),
    dsl: ["Mrs Bronagh Kerr"],
    deputies: ["Mrs Eimear Lavery"],
  },
  {
    name: "Scotland: a Child Protection Coordinator and a Depute, in sentences",
    text: policy("Lochend Boys' Brigade Company – Child Protection", [
      "Our Child Protection Coordinator is Fraser Mackintosh (Captain).",
      "When Fraser is away, speak to our Depute Child Protection Coordinator, Ailsa Drummond.",
    ]),
    dsl: ["Fraser Mackintosh"],
    deputies: ["Ailsa Drummond"],
  },
  {
    name: "Scotland: labels with 'Depute Co-ordinator' short for the deputy's title",
    text: policy("Balgray Community Football – Protecting Children", [
      "Child Protection Co-ordinator: Shona Baird, 07700 900 301",
      "Depute Co-ordinator: Lewis Crombie, 07700 900 302",
    ]),
    dsl: ["Shona Baird"],
    deputies: ["Lewis Crombie"],
  },
];

describe("lead-missing and deputy-missing: Northern Ireland's and Scotland's titles for the lead and deputy", () => {
  for (const shape of SHAPES) {
    for (const format of ["md", "pdf", "docx"] as const) {
      it(`${shape.name} (${format})`, () => {
        expect(namesFor(shape.text, format, "dsl")).toEqual(shape.dsl);
        expect(namesFor(shape.text, format, "deputy")).toEqual(shape.deputies);
        expect(checkText(leadMissing, shape.text, { asOf, format })).toEqual([]);
        expect(checkText(deputyMissing, shape.text, { asOf, format })).toEqual([]);
      });
    }
  }

  it("a pandoc web page: escaped hyphens and a line wrap between the role and the name", () => {
    const text = [
      "# Glenbervie Youth Café – Child Protection {#top}",
      "",
      "Our Child Protection Co\\-ordinator is Kirsteen",
      "Mackay\\-Ross (Café Manager), 01632 960 311.",
      "",
      "If Kirsteen is not around, speak to our Depute Child Protection",
      "Co\\-ordinator, Duncan Fairlie\\-Shaw (Youth Worker), 07700 900 312.",
      "",
      "| Name | Role | Training |",
      "| --- | --- | --- |",
      "| Kirsteen Mackay\\-Ross | Child Protection Co\\-ordinator | Co\\-ordinator course, May 2026 |",
      "| Duncan Fairlie\\-Shaw | Depute Co\\-ordinator | Co\\-ordinator course, June 2026 |",
      "",
    ].join("\n");
    expect(namesFor(text, "md", "dsl")).toEqual(["Kirsteen Mackay-Ross"]);
    expect(namesFor(text, "md", "deputy")).toEqual(["Duncan Fairlie-Shaw"]);
    expect(checkText(leadMissing, text, { asOf, format: "md" })).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toEqual([]);
  });

  it("the deputy's title alone in a table row is read as the deputy's", () => {
    const text = [
      "# Kinloch Sailing Club – Child Protection",
      "",
      "Our Child Protection Co-ordinator is Moira Tulloch.",
      "",
      "| Name | Role | Phone |",
      "| --- | --- | --- |",
      "| Moira Tulloch | Child Protection Co-ordinator | 01632 960 401 |",
      "| Gregor Lennie | Depute Co-ordinator | 01632 960 402 |",
      "",
    ].join("\n");
    expect(namesFor(text, "md", "deputy")).toEqual(["Gregor Lennie"]);
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toEqual([]);
  });

  it("England's designated teacher for looked-after children is not the lead", () => {
    for (const line of [
      "Designated Teacher for Looked After Children: Mrs Hazel Rudd",
      "Designated Teacher (LAC): Mrs Hazel Rudd",
      "Our designated teacher for children in care is Mrs Hazel Rudd.",
      "Designated Teacher: Mrs Hazel Rudd",
    ]) {
      const text = policy("Ashwell Primary School – Safeguarding Policy", [
        line,
        "The Designated Safeguarding Lead will decide what to do next.",
      ]);
      expect(namesFor(text, "md", "dsl"), line).toEqual([]);
      expect(checkText(leadMissing, text, { asOf, format: "md" }), line).toHaveLength(1);
    }
  });

  it("a looked-after children's designated teacher in Northern Ireland is not the lead either", () => {
    const text = policy(
      "Drumard High School – Child Protection Policy",
      [
        "Designated Teacher for Looked After Children: Mr Cathal Rooney",
        "We follow the procedures of the Safeguarding Board for Northern Ireland (SBNI).",
        "The Designated Teacher for Child Protection decides whether to refer.",
      ],
      [],
    );
    expect(namesFor(text, "md", "dsl")).toEqual([]);
    expect(checkText(leadMissing, text, { asOf, format: "md" })).toHaveLength(1);
  });

  it("a Depute Head Teacher is a job title, not the deputy lead", () => {
    const text = policy("Craigmill Primary School – Child Protection", [
      "Child Protection Co-ordinator: Mrs Elspeth Rae, Depute Head Teacher",
      "Everyone tells her the same day.",
    ]);
    expect(namesFor(text, "md", "dsl")).toEqual(["Mrs Elspeth Rae"]);
    expect(namesFor(text, "md", "deputy")).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toHaveLength(1);
  });

  it("'Deputy Co-ordinator' in a policy whose lead is no co-ordinator is not read as a deputy", () => {
    const text = policy("Riverholm Play Centre – Safeguarding", [
      "Designated Safeguarding Lead: Mrs Tamsin Greaves",
      "Deputy Co-ordinator: Mr Idris Vaughan (runs the volunteer rota)",
    ]);
    expect(namesFor(text, "md", "deputy")).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toHaveLength(1);
  });
});
