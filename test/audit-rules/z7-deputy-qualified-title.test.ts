/**
 * A deputy whose title carries what the role covers between "Deputy" and the role: "Deputy Scheme Safeguarding
 * Lead", "Deputy Site Welfare Officer", "Deputy Youth Centre Child Protection Officer". The whole is one title,
 * the deputy's — the policy names a deputy, and the person is not a second lead. A job title between them is the
 * person's job ("Deputy Head Designated Safeguarding Lead" is the deputy head, who is the lead). In our own words;
 * every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(lead: string, deputy: string): string {
  return [
    "# Brackenfold Summer Scheme — Safeguarding",
    "",
    "## People",
    "",
    lead,
    "",
    deputy,
    "",
    "## What to do",
    "",
    "Tell a lead the same day and write down what the child said.",
    "",
  ].join("\n");
}

const SHAPES = [
  {
    name: "bold labels with a qualifier word, job titles and phones after",
    lead: "**Scheme Safeguarding Lead:** Mrs Odette Farrant, Scheme Coordinator — 01632 960733",
    deputy: "**Deputy Scheme Safeguarding Lead:** Mr Hamza Lindqvist, Site Supervisor — 01632 960734",
    dsl: ["Mrs Odette Farrant"],
    deputies: ["Mr Hamza Lindqvist"],
  },
  {
    name: "two qualifier words and a welfare officer",
    lead: "Youth Centre Welfare Officer: Gwen Abernethy",
    deputy: "Deputy Youth Centre Welfare Officer: Tobiah Marr",
    dsl: ["Gwen Abernethy"],
    deputies: ["Tobiah Marr"],
  },
];

describe("deputy-missing: a deputy's title with words between 'Deputy' and the role", () => {
  for (const shape of SHAPES) {
    for (const format of ["md", "pdf", "docx"] as const) {
      it(`${shape.name} (${format})`, () => {
        const text = policy(shape.lead, shape.deputy);
        expect(namesFor(text, format, "deputy")).toEqual(shape.deputies);
        expect(namesFor(text, format, "dsl")).toEqual(shape.dsl);
        expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
        expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
      });
    }
  }

  it("a job title after 'Deputy' is the person's job: the deputy head who is the lead, and no deputy", () => {
    const text = policy(
      "Deputy Head Designated Safeguarding Lead: Mrs Odette Farrant",
      "Everyone tells her the same day.",
    );
    expect(namesFor(text, "md", "dsl")).toEqual(["Mrs Odette Farrant"]);
    expect(namesFor(text, "md", "deputy")).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toHaveLength(1);
  });
});
