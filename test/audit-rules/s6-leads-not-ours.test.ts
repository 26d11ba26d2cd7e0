/**
 * People a policy names with a lead's role words who are not its lead now (issue 11, "People and roles"): a wider
 * body's officer (a Methodist circuit or synod, an Anglican deanery or archdeaconry, a sport's district, region or
 * county), a governor or trustee who oversees safeguarding, someone the policy says is not a lead, a lead who has
 * left, and a lead named only in the version history. In our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
type Format = "md" | "pdf";

function leadNames(text: string, format: Format = "md", role?: "dsl" | "deputy"): string[] {
  const leads = analyse(toDocument(text, format)).leads;
  return [
    ...new Set(leads.filter((m) => !m.team && (!role || m.role === role)).flatMap((m) => m.names ?? [])),
  ];
}

/** A PDF's text layer: no Markdown marks, a table row as its cells' words on one line. */
function asPdf(markdown: string): string {
  return markdown
    .split("\n")
    .filter((line) => !/^\|[-| ]+\|$/.test(line))
    .map((line) =>
      line.startsWith("|")
        ? line
            .slice(1, -1)
            .split("|")
            .map((c) => c.trim())
            .join(" ")
        : line.replace(/^#+ /, ""),
    )
    .join("\n");
}

const CHAPEL = [
  "# Tollgate Chapel — Safeguarding Policy",
  "",
  "Anyone worried about a child tells the chapel's safeguarding officer the same day.",
  "",
  "Circuit Safeguarding Officer: Mr Hywel Baines, 01632 960118",
  "",
  "The Synod Safeguarding Officer, Mrs Rhian Lutz, gives advice when the chapel asks.",
  "",
  "The Circuit Deputy Safeguarding Officer, Ms Efa Crowe, covers the summer months.",
  "",
  "Safeguarding Officer of the Synod – Rev. Ada Quell",
  "",
].join("\n");

const PARISH = [
  "# St Aldhelm's Parish — Safeguarding Policy",
  "",
  "Parish Safeguarding Officer: Mrs Verity Dunmore, 01632 960301",
  "",
  "Deanery Safeguarding Lead – Canon Petra Ashdown",
  "",
  "Archdeaconry Safeguarding Officer: Mr Gideon Falk",
  "",
  "Diocesan Deputy Safeguarding Adviser: Ms Oona Brack",
  "",
].join("\n");

const RUGBY = [
  "# Millbrook Otters RFC — Safeguarding Policy",
  "",
  "Club Welfare Officer: Mr Rufus Caddick, 07700 900212",
  "",
  "District Welfare Officer: Mrs Lorna Beale",
  "",
  "Regional Welfare Officer – Mr Idwal Harte",
  "",
  "County Welfare Officer, Ms Sorcha Penn, takes over when a concern involves the club's own officer.",
  "",
  "Welfare Officer for the County Union: Mr Bryn Tosh",
  "",
  "The County Rugby Union's Safeguarding Officer, Mrs Hana Birt, trains our coaches.",
  "",
].join("\n");

describe("a wider body's officer is not the setting's lead", () => {
  for (const format of ["md", "pdf"] as const) {
    const read = (text: string) => (format === "pdf" ? asPdf(text) : text);

    it(`a Methodist circuit's and synod's officers, deputies too (${format})`, () => {
      const text = read(CHAPEL);
      expect(leadNames(text, format)).toEqual([]);
      expect(checkText(leadMissing, text, { asOf, format })).toHaveLength(1);
      expect(checkText(deputyMissing, text, { asOf, format })).toHaveLength(1);
    });

    it(`an Anglican deanery's, archdeaconry's and diocese's, beside the parish's own (${format})`, () => {
      const text = read(PARISH);
      expect(leadNames(text, format)).toEqual(["Mrs Verity Dunmore"]);
      expect(checkText(deputyMissing, text, { asOf, format })).toHaveLength(1);
    });

    it(`a sport's district, regional and county welfare officers, beside the club's (${format})`, () => {
      expect(leadNames(read(RUGBY), format)).toEqual(["Mr Rufus Caddick"]);
    });

    it(`in the wider body's own policy its officer is its lead (${format})`, () => {
      const text = read(
        [
          "# Ashgrove Methodist Circuit — Safeguarding Policy",
          "",
          "Circuit Safeguarding Officer: Mrs Nia Penrose, 01632 960441",
          "",
        ].join("\n"),
      );
      expect(leadNames(text, format)).toEqual(["Mrs Nia Penrose"]);
      expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
    });
  }
});

describe("a governor or trustee who oversees safeguarding is not the lead", () => {
  const lines: Array<[string, string[]]> = [
    ["Governor Designated Safeguarding Lead: Mr Saul Eady", []],
    ["Trustee Safeguarding Officer – Mrs Carla Venn", []],
    ["Designated Safeguarding Lead (Trustee): Mr Ike Dorsey", []],
    ["Ms Fen Lacey (link governor for safeguarding) meets the DSL every half term.", []],
    ["Mr Obi Kane, our safeguarding trustee, reports to the board on the DSL's work.", []],
    ["The governor for safeguarding, Mrs Lin Choi, is not the DSL.", []],
    // A small charity's trustee who is also its lead: "and" makes two roles, one person.
    ["Trustee and Designated Safeguarding Lead: Mrs Ama Reid", ["Mrs Ama Reid"]],
    ["Mrs Ama Reid, Trustee and Designated Safeguarding Lead, 07700 900318", ["Mrs Ama Reid"]],
  ];
  for (const [line, names] of lines)
    it(`"${line}"`, () => {
      expect(leadNames(`${line}\n`)).toEqual(names);
      expect(leadNames(`${line}\n`, "pdf")).toEqual(names);
    });

  it("keeps the lead in a table whose columns are the governor's and the lead's (a PDF runs the headings on)", () => {
    const table = [
      "| Safeguarding Governor | Designated Safeguarding Lead |",
      "| --- | --- |",
      "| Mrs Ida Kay | Mr Bo Lam |",
      "",
    ].join("\n");
    expect(leadNames(table, "md", "dsl")).toEqual(["Mr Bo Lam"]);
    // A PDF's flattened row cannot say which name is under which heading; the lead's heading is still the lead's.
    expect(checkText(leadMissing, table, { asOf })).toEqual([]);
    expect(checkText(leadMissing, asPdf(table), { asOf, format: "pdf" })).toEqual([]);
  });

  it("leaves a policy whose only named person is the safeguarding governor without a named lead", () => {
    const text = [
      "# Hazelmere Infant School — Child Protection Policy",
      "",
      "All staff report concerns to the DSL without delay.",
      "",
      "Governor Designated Safeguarding Lead: Mr Saul Eady",
      "",
    ].join("\n");
    expect(checkText(leadMissing, text, { asOf })[0]?.message).toMatch(/never says who/);
  });
});

describe("someone the policy says is not a lead", () => {
  const text = [
    "Concerns go to the DSL, whose name is on the staffroom board.",
    "",
    "Mrs Wren Hollis is not a designated safeguarding lead; she keeps the signing-in book.",
    "",
    "Mr Dev Anand is not the DSL.",
    "",
    "Ms Ula Price is not our Safeguarding Officer, but she can take a message.",
    "",
    "Mr Cato Lyle is not a deputy DSL.",
    "",
  ].join("\n");

  for (const format of ["md", "pdf"] as const)
    it(`is not read as the lead or a deputy (${format})`, () => {
      expect(leadNames(text, format)).toEqual([]);
      expect(checkText(leadMissing, text, { asOf, format })).toHaveLength(1);
      expect(checkText(deputyMissing, text, { asOf, format })).toHaveLength(1);
    });
});

describe("a lead who has left", () => {
  const lines: Array<[string, string[]]> = [
    ["Our previous DSL, Mrs Juno Harker, left the nursery in August 2025.", []],
    ["Former Welfare Officer: Mr Cal Brandt", []],
    ["Mrs Ines Marlow (DSL) retired in June 2025.", []],
    ["Mr Aldo Grint, our Safeguarding Lead until last spring, has left the club.", []],
    [
      "Designated Safeguarding Lead: Mrs Petra Lund (since September 2025, when our previous DSL left)",
      ["Mrs Petra Lund"],
    ],
    ["The DSL, Mrs Hedda Sorn, leaves in July 2027; until then she takes every concern.", ["Mrs Hedda Sorn"]],
    // What the lead left before coming here is their past, not this role's.
    ["The DSL, Mrs Ilse Varga, left her previous post in 2019 to join the nursery.", ["Mrs Ilse Varga"]],
    ["Mr Odo Brandt (DSL) left teaching in 2020 to lead the club's welfare work.", ["Mr Odo Brandt"]],
    [
      "Our Safeguarding Lead, Ms Tove Lind, moved on from a school in Leeds to join us in 2023.",
      ["Ms Tove Lind"],
    ],
  ];
  for (const [line, names] of lines)
    it(`"${line}"`, () => {
      expect(leadNames(`${line}\n`)).toEqual(names);
      expect(leadNames(`${line}\n`, "pdf")).toEqual(names);
    });

  it("a policy that names only a lead who has left names no lead", () => {
    const text = [
      "# Puffins Pre-school — Safeguarding Policy",
      "",
      "Our previous DSL, Mrs Juno Harker, left the pre-school in August 2025. Until a new DSL is appointed, tell the manager.",
      "",
    ].join("\n");
    expect(checkText(leadMissing, text, { asOf })).toHaveLength(1);
  });
});

describe("a lead named only in the version history", () => {
  const table = [
    "# Brackenfield Nursery — Safeguarding Policy",
    "",
    "| Version | Date | Changes | By |",
    "| --- | --- | --- | --- |",
    "| 3.0 | 14/03/2022 | Contacts updated | K. Ferris, DSL |",
    "| 4.1 | 02/09/2024 | Annual review | Mrs Ottilie Marsh (Designated Safeguarding Lead) |",
    "",
    "Tell the Designated Safeguarding Lead about any worry the same day.",
    "",
  ].join("\n");
  const dashed = [
    "# Brackenfield Nursery — Safeguarding Policy",
    "",
    "Issue 2 — May 2022 — reviewed by H. Stroud, DSL",
    "Issue 3 — June 2024 — reviewed by the manager",
    "",
    "Tell the Designated Safeguarding Lead about any worry the same day.",
    "",
  ].join("\n");

  for (const [name, text] of [
    ["a version table", table],
    ["dashed version lines", dashed],
  ] as const)
    for (const format of ["md", "pdf"] as const)
      it(`is a past author, not the lead (${name}, ${format})`, () => {
        const doc = format === "pdf" ? asPdf(text) : text;
        expect(leadNames(doc, format)).toEqual([]);
        expect(checkText(leadMissing, doc, { asOf, format })).toHaveLength(1);
      });

  it("ends a PDF's run-on rows at the label after them: the lead named there is the lead", () => {
    const text = [
      "Version Date Changes By",
      "3.0 14/03/2022 Contacts updated K. Ferris, DSL",
      "4.1 02/09/2024 Annual review Committee",
      "Designated Safeguarding Lead: Mrs Beth Arrowsmith, Nursery Manager",
      "",
    ].join("\n");
    expect(leadNames(text, "pdf")).toEqual(["Mrs Beth Arrowsmith"]);
  });

  it("is not reported as a lead with no training beside the current lead's", () => {
    const text = [
      table,
      "Designated Safeguarding Lead: Mrs Beth Arrowsmith, Nursery Manager",
      "",
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      "| Mrs Beth Arrowsmith | Designated Safeguarding Lead training | 11/06/2025 |",
      "",
    ].join("\n");
    expect(leadNames(text)).toEqual(["Mrs Beth Arrowsmith"]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });
});
