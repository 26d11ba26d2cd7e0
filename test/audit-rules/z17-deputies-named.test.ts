/**
 * Deputies as held-out policies name them (issue 11, zz17/zz18), in our own words, every name invented:
 * - the word "deputy" alone before a titled name ("; deputy Mr Ravi Lund"), or a label with a qualifier and a colon
 *   ("Play scheme leader and deputy for the fortnight: The Revd …");
 * - a uniformed rank before a deputy's name in a table cell ("| Flying Officer Ann Rees and … |");
 * - a bold Markdown label with a placeholder ("**Deputy Welfare Officer:** TBA"): the deputy is not named;
 * - several sites, each with its lead and deputy on one line, one site's deputy "TBC": that site has no deputy.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText, excerpts, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const doc = (lines: string[]) =>
  ["# Brambleford Youth Hub – Safeguarding Policy", "", "## Who to tell", "", ...lines, ""].join("\n");

describe("deputy-missing: deputies named as held-out policies name them", () => {
  const NAMED = [
    {
      name: "'deputy' before a titled name, after the lead on one line",
      lines: [
        "Lead: DSL Mrs Petra Vance (Hub Manager); deputy Mr Ravi Lund (Youth Worker) --- 01632 960 111",
      ],
      deputies: ["Mr Ravi Lund"],
    },
    {
      name: "'deputies' before two titled names",
      lines: ["DSL Ms Orla Finch (Coordinator); deputies Dr Sam Ibe and Miss Kay Roe, 01632 960 112"],
      deputies: ["Dr Sam Ibe", "Miss Kay Roe"],
    },
    {
      name: "a bold label 'and deputy for the fortnight:' before 'The Revd'",
      lines: [
        "**Safeguarding Officer:** Mrs Tilly Brandt, 01632 960 113",
        "",
        "**Play scheme leader and deputy for the fortnight:** The Revd Amos Kettle (Curate), 01632 960 114",
      ],
      deputies: ["Revd Amos Kettle"],
    },
    {
      name: "a uniformed rank before the first deputy in a table cell",
      lines: [
        "| Role | Rank and name | Telephone |",
        "| --- | --- | --- |",
        "| Unit Designated Safeguarding Lead | Mrs Hana Pitt | 07700 900 201 |",
        "| Deputy Designated Safeguarding Leads | Flying Officer Ann Rees RAFAC and Civilian Instructor Bo Lark | 07700 900 202 |",
      ],
      deputies: ["Ann Rees"],
    },
  ];
  for (const shape of NAMED)
    for (const format of ["md", "docx"] as const)
      it(`${shape.name} (${format})`, () => {
        const text = doc(shape.lines);
        expect(namesFor(text, format, "deputy").slice(0, shape.deputies.length)).toEqual(shape.deputies);
        expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
      });

  it("a job title with 'Deputy' before a titled name is no deputy lead (near miss)", () => {
    const text = doc([
      "Designated Safeguarding Lead: Mrs Petra Vance",
      "",
      "The Deputy Head Mr Ravi Lund runs the rota.",
    ]);
    expect(namesFor(text, "md", "deputy")).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toHaveLength(1);
  });

  for (const format of ["md", "docx"] as const)
    it(`a bold label with a placeholder is not a name, though a first name follows (${format})`, () => {
      const text = doc([
        "**Club Welfare Officer:**\\",
        "Petra Vance-Hollis\\",
        "07700 900 301",
        "",
        "**Deputy Welfare Officer:** TBA",
        "",
        "Petra finished the welfare course in May 2026 and is looking for a volunteer to share the role.",
      ]);
      expect(namesFor(text, format, "deputy")).toEqual([]);
      const found = checkText(deputyMissing, text, { asOf, format });
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain('"TBA"');
    });
});

describe("deputy-missing: one site of several has no deputy", () => {
  const sites = (third: string) =>
    doc([
      // A page hard-wrapped at about seventy characters, as pandoc writes it.
      "Brambleford runs three youth hubs for young people aged eleven to",
      "nineteen. Each hub has its own designated safeguarding lead and a",
      "deputy, so that someone who knows the young people is always there;",
      "the trust's lead covers any hub whose lead and deputy are both away.",
      "",
      "**Oak Street Hub:** DSL Ms Ida Crane (Hub Manager); deputy Mr Lev Moss --- 01632 960 401\\",
      "**Quay Road Hub:** DSL Mrs Nell Ashe (Hub Manager); deputies Ms Uma Reid and Mr Tom Vale --- 01632 960 402\\",
      third,
    ]);
  for (const format of ["md", "docx"] as const)
    it(`reports the site whose deputy is 'TBC', naming the site in the excerpt (${format})`, () => {
      const text = sites(
        "**Mill Lane Hub:** DSL Mr Joe Pike (Hub Manager); Deputy DSL: TBC --- 01632 960 403",
      );
      const found = checkText(deputyMissing, text, { asOf, format });
      expect(found).toHaveLength(1);
      expect(excerpts(found, text)[0]).toMatch(/^\*\*Mill Lane Hub:\*\* DSL Mr Joe Pike .*TBC$/);
    });

  it("says nothing when every site names its deputy", () => {
    const text = sites(
      "**Mill Lane Hub:** DSL Mr Joe Pike (Hub Manager); deputy Mrs Ava Lowe --- 01632 960 403",
    );
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toEqual([]);
  });

  it("a second deputy's 'TBC' beside a named deputy, one setting, is not a site without one (near miss)", () => {
    const text = doc([
      "Designated Safeguarding Lead: Ms Ida Crane",
      "",
      "Deputy DSL: Mr Lev Moss",
      "",
      "Second Deputy DSL: TBC",
    ]);
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toEqual([]);
  });
});
