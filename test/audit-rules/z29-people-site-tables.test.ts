/**
 * People in the layouts of settings with several sites (issue 11): a table whose header cell says whose lead the
 * column holds ("| Centre | Toddlers' Group Safeguarding Lead | Deputy |"), a row of it that names its lead and leaves
 * "TBC" for its deputy while the other rows name both, police ranks before names ("PC", "PCSO", "Insp"), a PDF's
 * joined lines that put a name just before an empty "Deputy …: TBC" label, and a deputy named by reference to the
 * lead ("…, Mr Ben Ola, is her deputy"). In our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("a header cell that says whose lead the column holds", () => {
  const tables = [
    [
      "| Centre | Toddlers' Group Safeguarding Lead | Deputy | Phone |",
      "| --- | --- | --- | --- |",
      "| Brookfield | Ines Caldwell, Hub Manager | Omar Fennel, Youth Worker | 01632 960 501 |",
      "| Marlow Street | Mr Dev Sahota, Senior Youth Worker | Ruth Ayo | 01632 960 502 |",
    ],
    [
      "| School | Pony Club DSL | Deputy DSL |",
      "| --- | --- | --- |",
      "| Northfield Infants | Mrs Gwen Tallis | Mr Aled Price |",
      "| Southfield Juniors | Ms Nora Quist | Mrs Kate Dunne |",
    ],
  ];
  for (const [i, rows] of tables.entries()) {
    it(`names the first row's lead (table ${i + 1})`, () => {
      const text = [
        "# Keeping children safe",
        "",
        "Each site has its own lead and deputy.",
        "",
        ...rows,
        "",
      ].join("\n");
      expect(namesFor(text, "md", "dsl")).toHaveLength(1);
      expect(checkText(leadMissing, text, { asOf, format: "md" })).toEqual([]);
    });
  }

  it("a column still waiting for its lead is reported", () => {
    const text = [
      "| Centre | Toddlers' Group Safeguarding Lead | Phone |",
      "| --- | --- | --- |",
      "| Brookfield | to be confirmed | 01632 960 501 |",
      "",
      "Tell the Toddlers' Group Safeguarding Lead about any worry.",
      "",
    ].join("\n");
    expect(namesFor(text, "md", "dsl")).toEqual([]);
    expect(checkText(leadMissing, text, { asOf, format: "md" })).toHaveLength(1);
  });
});

describe("a site's row with its deputy left blank", () => {
  const table = (gap: string) =>
    [
      "# Safeguarding in our play centres",
      "",
      "| Centre | Centre Safeguarding Lead | Deputy | Phone |",
      "| --- | --- | --- | --- |",
      "| Ashby | Mr Leon Marsh, Centre Manager | Priya Dale, Play Leader | 01632 960 601 |",
      `| Coleford | Ms Hana Sato, Senior Play Leader | ${gap} | 01632 960 602 |`,
      "| Dunmore | Mrs Ada Kwarteng | Tom Ure & Lise Berg, Play Leaders | 01632 960 603 |",
      "",
    ].join("\n");

  for (const gap of ["TBC", "To be appointed"]) {
    it(`is a deputy missing for that site ('${gap}')`, () => {
      const text = table(gap);
      const found = checkText(deputyMissing, text, { asOf, format: "md" });
      expect(found).toHaveLength(1);
      expect(text.slice(found[0].offset, found[0].endOffset)).toContain("Coleford");
      expect(checkText(leadMissing, text, { asOf, format: "md" })).toEqual([]);
    });
  }

  it("says nothing when every row names its deputy", () => {
    expect(checkText(deputyMissing, table("Sam Orr"), { asOf, format: "md" })).toEqual([]);
  });

  it("a row whose lead is blank too is not a named site without a deputy", () => {
    const text = table("TBC").replace("Ms Hana Sato, Senior Play Leader", "TBC");
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toEqual([]);
  });
});

describe("police ranks before names in a deputies cell", () => {
  const text = (deputies: string) =>
    [
      "| Unit | Unit Safeguarding Lead | Deputies |",
      "| --- | --- | --- |",
      `| Westgate | Insp Maya Corrigan | ${deputies} |`,
      "",
    ].join("\n");
  for (const [deputies, names] of [
    ["PC Leon Ashby and PCSO Nia Roberts", ["Leon Ashby", "Nia Roberts"]],
    ["SC Owen Pryce / Mr Ravi Chandran", ["Owen Pryce", "Mr Ravi Chandran"]],
  ] as const) {
    it(`names the deputies after their ranks: ${deputies}`, () => {
      expect(namesFor(text(deputies), "md", "deputy")).toEqual(names);
      expect(namesFor(text(deputies), "md", "dsl")).toEqual(["Maya Corrigan"]);
      expect(checkText(deputyMissing, text(deputies), { asOf, format: "md" })).toEqual([]);
    });
  }

  it("a rank with no name after it names nobody", () => {
    expect(namesFor(text("PCSO to be appointed"), "md", "deputy")).toEqual([]);
    expect(checkText(deputyMissing, text("PCSO to be appointed"), { asOf, format: "md" })).toHaveLength(1);
  });
});

describe("a PDF's joined lines put a name just before an empty deputy label", () => {
  for (const [lead, gap] of [
    ["Designated Person: Mrs Ann Lee, Sunday School leader", "Deputy Designated Person: TBC"],
    ["Welfare Officer: Jo Bell, Head Coach", "Deputy Welfare Officer: TBA"],
  ]) {
    it(`the deputy is not named: ${gap}`, () => {
      const text = ["Who is responsible", lead, gap, "If the lead is away, speak to the chair.", ""].join(
        "\n",
      );
      expect(namesFor(text, "pdf", "deputy")).toEqual([]);
      const found = checkText(deputyMissing, text, { asOf, format: "pdf" });
      expect(found).toHaveLength(1);
      expect(found[0].message).toMatch(/stands where the name should be/);
    });
  }

  it("a name before a deputy role with no colon and no blank is still its holder", () => {
    const text = [
      "Welfare Officer: Jo Bell",
      "",
      "Sam Keller, Assistant Coach – Deputy Welfare Officer",
      "",
    ].join("\n");
    expect(namesFor(text, "md", "deputy")).toEqual(["Sam Keller"]);
  });
});

describe("a deputy named by reference to the lead", () => {
  for (const line of [
    "The Eastside group leader, Mr Ben Ola, is her deputy for safeguarding.",
    "In the school holidays Mrs Joy Amos is her deputy for safeguarding.",
  ]) {
    it(line, () => {
      const text = [
        "## Safeguarding contacts",
        "",
        "Our Safeguarding Officer is Ms Ada Kay (07700 900 100).",
        line,
        "",
      ].join("\n");
      expect(namesFor(text, "md", "deputy")).toHaveLength(1);
      expect(checkText(deputyMissing, text, { asOf, format: "md" })).toEqual([]);
    });
  }

  it("a deputy head named on a line that is not about safeguarding is not the lead's deputy", () => {
    const text = [
      "Designated Safeguarding Lead: Ms Ada Kay",
      "",
      "Our Headteacher is Mrs Ann Lee and Mr Ben Ola is her deputy.",
      "",
    ].join("\n");
    expect(namesFor(text, "md", "deputy")).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toHaveLength(1);
  });
});
