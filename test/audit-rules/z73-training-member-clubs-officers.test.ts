/**
 * A league's policy that says each member club names its own Club Welfare Officer, then lists them in a table: those
 * officers are the member clubs' leads, not the league's, and need no training in the league's policy (held-out set
 * zz73). In our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (sentence: string) =>
  [
    "# Fenmoor & District Junior Netball League – Safeguarding Policy",
    "",
    "**League Welfare Officer:** Ms Carys Penhale – 07700 900 300",
    "",
    "**Deputy League Welfare Officer:** Mr Obi Nwankwo – 07700 900 301",
    "",
    "## Club Welfare Officers",
    "",
    sentence,
    "",
    "| Club | Club Welfare Officer | Phone |",
    "| --- | --- | --- |",
    "| Brackley Lane Juniors | Sunita Chauhan | 07700 900 310 |",
    "| Fenmoor Falcons | Gary Beddoes | 07700 900 311 |",
    "",
    "## Training",
    "",
    "- Carys Penhale – Safeguarding and Protecting Children – 03/2025",
    "- Obi Nwankwo – Safeguarding and Protecting Children – 05/2025",
    "",
  ].join("\n");

describe("member clubs' own welfare officers", () => {
  it("are not the league's leads: no training-missing", () => {
    const text = policy(
      "Each member club names its own Club Welfare Officer, who deals with concerns at that club's sessions.",
    );
    expect(checkText(missing, text, { asOf, format: "md" })).toEqual([]);
  });

  it("near miss: without the sentence, the table's officers are read as before", () => {
    const text = policy("These are the people to contact at each venue.");
    expect(checkText(missing, text, { asOf, format: "md" }).length).toBeGreaterThan(0);
  });
});
