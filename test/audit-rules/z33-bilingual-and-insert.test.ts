/**
 * Bilingual policies (Welsh / English, Irish / English) write a label's words in both languages, and their "and"
 * and their template instructions too: "Ms A a/and Mr B", "A agus / and B", "[rhowch rif / insert number]". Two
 * deputies joined by a bilingual "and" are two people, each of whom needs training on record; an instruction in two
 * languages left in brackets is a template leftover like "[insert name]". A lone "a" or "agus" between two names
 * (the other language's prose, or an English article) says nothing, and a form's bilingual choices are the form's.
 * From the thirty-third and thirty-fourth held-out sets (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function untrained(text: string, format: "md" | "txt" | "pdf" = "md"): string[] {
  return excerpts(checkText(trainingMissing, text, { asOf, format }), text);
}

function placeholders(text: string): string[] {
  return excerpts(checkText(placeholderText, text, { asOf }), text);
}

const policy = (deputies: string) =>
  [
    "# Clwb Nofio Glan-y-Dŵr / Glan-y-Dŵr Swimming Club — Safeguarding Policy",
    "",
    "**Swyddog Diogelu / Safeguarding Officer:** Mrs Heledd Price, 01632 960 411",
    "",
    deputies,
    "",
    "## Hyfforddiant / Training",
    "",
    "| Enw / Name | Cwrs / Course | Dyddiad / Date |",
    "| --- | --- | --- |",
    "| Heledd Price | Time to Listen | 12/03/2025 |",
    "| Nia Bowen | Safeguarding and Protecting Children | 04/09/2025 |",
    "",
  ].join("\n");

describe("two deputies joined by a bilingual 'and'", () => {
  for (const format of ["md", "txt", "pdf"] as const) {
    it(`reads "A a/and B" on a bold label as two deputies, and finds the second untrained (${format})`, () => {
      const text = policy(
        "**Dirprwy Swyddogion / Deputy Safeguarding Officers:** Ms Nia Bowen a/and Mr Rhodri Hale",
      );
      expect(untrained(text, format)).toEqual(["Mr Rhodri Hale"]);
    });
  }

  it('reads "A agus / and B" in a role table\'s cell, and "A ac/and B"', () => {
    const table = [
      "| Ról / Role | Ainm / Name |",
      "| --- | --- |",
      "| Leas-Oifigigh / Deputy Safeguarding Officers | Nia Bowen agus / and Tadhg Ó Rinn |",
    ].join("\n");
    expect(untrained(policy(table))).toEqual(["Tadhg Ó Rinn"]);
    expect(untrained(policy("Deputy Safeguarding Officers: Ms Nia Bowen ac/and Mr Emyr Owen"))).toEqual([
      "Mr Emyr Owen",
    ]);
  });

  it("near miss: a lone 'a' (Welsh 'and', or an English article) joins nobody to the deputy", () => {
    expect(untrained(policy("Deputy Safeguarding Officer: Ms Nia Bowen a Mr Rhodri Hale"))).toEqual([]);
    expect(untrained(policy("Deputy Safeguarding Officer: Ms Nia Bowen, a coach since 2019."))).toEqual([]);
  });

  it("near miss: both deputies trained keep silent; an untrained one joined by plain 'and' is still reported", () => {
    const trainedBoth = policy("**Dirprwy / Deputies:** Ms Nia Bowen a/and Ms Heledd Price");
    expect(untrained(trainedBoth)).toEqual([]);
    expect(untrained(policy("Deputy Safeguarding Officers: Ms Nia Bowen and Mr Rhodri Hale"))).toEqual([
      "Mr Rhodri Hale",
    ]);
  });
});

describe("a template's instruction in two languages", () => {
  it('is a placeholder in square brackets: "[rhowch rif / insert number]", "[cuir isteach / insert]"', () => {
    expect(placeholders("Deputy: Mr Rhodri Hale, [rhowch rif / insert number]\n")).toEqual([
      "[rhowch rif / insert number]",
    ]);
    expect(
      placeholders(
        [
          "| Role | Name | Tel |",
          "| --- | --- | --- |",
          "| Deputy | Tadhg Ó Rinn | [cuir isteach / insert] |",
        ].join("\n"),
      ),
    ).toEqual(["[cuir isteach / insert]"]);
  });

  it('is a placeholder in round brackets: "(ychwanegwch ddyddiad / add date)"', () => {
    expect(placeholders("Reviewed by the committee on (ychwanegwch ddyddiad / add date).\n")).toEqual([
      "(ychwanegwch ddyddiad / add date)",
    ]);
  });

  it("near miss: a form's bilingual choice, a link, and bilingual words in brackets are not placeholders", () => {
    expect(placeholders("Ydw / Yes   Nac ydw / No   (dileer / delete as appropriate)\n")).toEqual([]);
    expect(
      placeholders("Read the [Canllawiau / add-on guidance](https://example.org/guide) first.\n"),
    ).toEqual([]);
    expect(placeholders("Contact the league [Cynghrair / League] secretary.\n")).toEqual([]);
  });
});
