/**
 * Precision guards on three ways of naming a lead or deputy, in our own words with invented names:
 *  - "…; she is the deputy lead" names the person the pronoun stands for — the only one in its sentence, or the
 *    subject of the clause it follows — never merely the last name before it ("Paul Hughes covers when the bursar,
 *    Mrs Quill, is away; he is the deputy DSL" names Paul Hughes, not Mrs Quill);
 *  - "Lead: Name | Deputy: Name" is the safeguarding pair only where the policy does not already name its lead by a
 *    safeguarding role, and not under a heading about something else (an outing's staffing);
 *  - "The Welfare Officer (Dylan, above)" resolves a first name only to a full name that is unique for it, or to the
 *    one the policy gives the same role.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(title: string, lines: string[], trained: string[]): string {
  return [
    `# ${title}`,
    "",
    ...lines.flatMap((l) => [l, ""]),
    "## Training record",
    "",
    "| Name | Course | Completed |",
    "|---|---|---|",
    ...trained.map((who) => `| ${who} | Designated Safeguarding Lead training | 10/02/2026 |`),
    "",
  ].join("\n");
}

describe("deputy: a pronoun names the clause's subject, or the only person in its sentence", () => {
  const text = policy(
    "Safeguarding Policy — Larchfield Primary",
    [
      "## 1. Key people",
      "Our Designated Safeguarding Lead is Odile Grange (head of inclusion). Paul Hughes takes concerns when the bursar, Mrs Quill, is out of school; he is the deputy DSL.",
    ],
    ["Odile Grange", "Paul Hughes"],
  );
  for (const format of ["md", "docx"] as const) {
    it(`names the subject who agrees with "he", not the titled woman named last (${format})`, () => {
      expect(namesFor(text, format, "deputy")).toEqual(["Paul Hughes"]);
      expect(checkText(trainingMissing, text, { asOf, format })).toEqual([]);
    });
  }

  it("two people, the one the clause says to contact is named", () => {
    const contact = policy(
      "Safeguarding Policy — Larchfield Primary",
      [
        "Our Designated Safeguarding Lead is Odile Grange.",
        "When Paul Hughes is teaching, contact the office or Petra Lund in the kitchen; she is the deputy DSL.",
      ],
      ["Odile Grange", "Petra Lund"],
    );
    expect(namesFor(contact, "md", "deputy")).toEqual(["Petra Lund"]);
  });

  it("two people, neither the subject of the clause nor the one to contact: no one is named", () => {
    const unclear = policy(
      "Safeguarding Policy — Larchfield Primary",
      [
        "Our Designated Safeguarding Lead is Odile Grange.",
        "If Petra Lund is away, staff go to Anna Price; she is the deputy DSL.",
      ],
      ["Odile Grange"],
    );
    expect(namesFor(unclear, "md", "deputy")).toEqual([]);
    expect(checkText(trainingMissing, unclear, { asOf, format: "md" })).toEqual([]);
    expect(checkText(deputyMissing, unclear, { asOf, format: "md" })).toHaveLength(1);
  });

  it("two untitled people, one the clause's subject: the words cannot say which 'she' is — no one is named", () => {
    const unclear = policy(
      "Safeguarding Policy — Larchfield Primary",
      [
        "Our Designated Safeguarding Lead is Odile Grange.",
        "Paul Hughes covers when Anna Price is out; she is the deputy DSL.",
      ],
      ["Odile Grange"],
    );
    expect(namesFor(unclear, "md", "deputy")).toEqual([]);
    expect(checkText(trainingMissing, unclear, { asOf, format: "md" })).toEqual([]);
  });

  it("a titled person whose title does not agree with the pronoun is not named", () => {
    const other = policy(
      "Safeguarding Policy — Larchfield Primary",
      [
        "Our Designated Safeguarding Lead is Odile Grange.",
        "Please ring Mr Kemal Arslan; she is the deputy DSL.",
      ],
      ["Odile Grange"],
    );
    expect(namesFor(other, "md", "deputy")).toEqual([]);
  });
});

describe("lead: a 'Lead: | Deputy:' pair about something else is not the safeguarding pair", () => {
  const text = policy(
    "Safeguarding Policy — Larchfield Youth Club",
    [
      "## 1. Who to tell",
      "Our Designated Safeguarding Lead is Odile Grange and the deputy DSL is Paul Hughes.",
      "## 2. Canoe trip crew",
      "Lead: Wren Aske (trip organiser) | Deputy: Jory Pell (lifeguard)",
    ],
    ["Odile Grange", "Paul Hughes"],
  );
  for (const format of ["md", "docx"] as const) {
    it(`the trip's crew are neither lead nor deputy (${format})`, () => {
      expect(namesFor(text, format, "dsl")).toEqual(["Odile Grange"]);
      expect(namesFor(text, format, "deputy")).toEqual(["Paul Hughes"]);
      expect(checkText(trainingMissing, text, { asOf, format })).toEqual([]);
    });
  }

  it("under a heading about something else, the pair is not the lead even with no other lead named", () => {
    const alone = policy(
      "Larchfield Youth Club",
      ["## 4. Canoe trip crew", "Lead: Wren Aske (trip organiser) | Deputy: Jory Pell (lifeguard)"],
      [],
    );
    expect(namesFor(alone, "md", "dsl")).toEqual([]);
    expect(namesFor(alone, "md", "deputy")).toEqual([]);
  });

  it("under a contacts heading, with no other lead named, the pair still names both", () => {
    const own = policy(
      "Larchfield Youth Club",
      ["## Safeguarding contacts", "Lead: Wren Aske | Deputy: Jory Pell"],
      ["Wren Aske", "Jory Pell"],
    );
    expect(namesFor(own, "md", "dsl")).toEqual(["Wren Aske"]);
    expect(namesFor(own, "md", "deputy")).toEqual(["Jory Pell"]);
  });
});

describe("lead: a first name in brackets resolves only to a full name unique for it, or given the same role", () => {
  function club(contacts: string[]): string {
    return policy(
      "Safeguarding Policy — Larchfield Hockey Club",
      [
        "## Contacts",
        ...contacts,
        "## Reporting",
        "The Club Welfare Officer (Dylan, above) must be told the same day.",
      ],
      ["Dylan Rees"],
    );
  }
  for (const format of ["md", "docx"] as const) {
    it(`prefers the full name the policy gives the same role (${format})`, () => {
      const text = club([
        "- Dylan Morgan, Treasurer, 01632 960301",
        "- Dylan Rees, Club Welfare Officer, 01632 960302",
      ]);
      expect(namesFor(text, format, "dsl")).not.toContain("Dylan Morgan");
      expect(namesFor(text, format, "dsl")).toContain("Dylan Rees");
      expect(checkText(trainingMissing, text, { asOf, format })).toEqual([]);
    });
  }

  it("two full names for the first name, neither given the role: no one", () => {
    const text = club(["- Dylan Morgan, Treasurer, 01632 960301", "- Dylan Rees, Coach, 01632 960302"]);
    expect(namesFor(text, "md", "dsl")).toEqual([]);
  });
});
