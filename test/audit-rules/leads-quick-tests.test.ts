/**
 * The lead finder skips its long role expressions on a line (or a document) that lacks the words they need — a
 * quick test first. These check that no quick test ever hides a role the expressions would find: every phrase of
 * the vocabulary in small letters, in capitals and in a PDF's broken hyphen, the deputy's contact phrases, a
 * nation's marks written in capitals, and a deputy's title cut short. Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { DEPUTY_ROLE_PHRASES, LEAD_ROLE_PHRASES } from "../../src/audit/text/roles.js";
import { leadNamesOf } from "../helpers/audit-context.js";

const titleCase = (phrase: string) =>
  phrase.replace(/(^|\s)(\p{Ll})/gu, (_m, space, c) => space + c.toUpperCase());

describe("the quick tests before the role expressions never hide a role", () => {
  it("finds every lead phrase of the vocabulary as a label, in any case", () => {
    for (const phrase of LEAD_ROLE_PHRASES)
      for (const written of [
        titleCase(phrase),
        phrase.toUpperCase(),
        phrase.replace("co-ordinator", "Co- ordinator"),
      ]) {
        const text = `# Keeping children safe\n\n${written}: Mrs Odile Farrant\n`;
        expect(leadNamesOf(text, "dsl"), written).toEqual(["Mrs Odile Farrant"]);
      }
  });

  it("finds every deputy contact phrase on a line about safeguarding", () => {
    for (const phrase of DEPUTY_ROLE_PHRASES) {
      const text = `# Keeping children safe\n\nIf the safeguarding lead is away, our ${phrase.toUpperCase()} is Mr Tobiah Quennell.\n`;
      const found = findLeadMentions(text).filter((m) => m.role === "deputy");
      expect(found.length, phrase).toBeGreaterThan(0);
    }
  });

  it("reads a nation's marks written in capitals (the Designated Teacher is the lead there)", () => {
    const text =
      "# Child protection policy\n\nWe follow the guidance of the SAFEGUARDING BOARD FOR NORTHERN IRELAND.\n\nDesignated Teacher: Mrs Orla Fenwick-Baird\n";
    expect(leadNamesOf(text, "dsl")).toEqual(["Mrs Orla Fenwick-Baird"]);
  });

  it("reads a deputy's title cut short, and a defined abbreviation, on lines without the usual role words", () => {
    const text = [
      "# Keeping children safe",
      "",
      "Child Protection Co-ordinator: Mr Anselm Crouch",
      "",
      "Depute Co-ordinator: Ms Wilhelmina Trask",
      "",
      "The Club Welfare Officer (CWO) keeps the register.",
      "",
      "Deputy CWO: Mr Bastian Olufemi",
    ].join("\n");
    expect(leadNamesOf(text, "dsl")).toEqual(["Mr Anselm Crouch"]);
    expect(leadNamesOf(text, "deputy")).toEqual(["Ms Wilhelmina Trask", "Mr Bastian Olufemi"]);
  });
});
