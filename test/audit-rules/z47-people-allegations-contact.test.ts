/**
 * The person to go to when a concern is about the lead — "| Allegations about the DSL | Mr A, Managing Director |",
 * "Complaints against our Designated Safeguarding Officer go to the Chair, Mrs B", "If the concern is about the
 * DSL, contact Mr C" — is not a lead or deputy: they need no lead training, and the policy's lead is still the one
 * named for the role. The lead named beside such words ("Concerns about the DSL, Mrs D, go to …", "(Mrs D)") is the
 * lead. From the forty-sixth and forty-eighth held-out sets (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/find.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
type Format = "md" | "pdf";

const missing = (text: string, format: Format = "md") =>
  checkText(trainingMissing, text, { asOf, format }).map((f) => f.message);

/** A PDF's text layer gives a table row as its cells' words on one line. */
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
        : line,
    )
    .map((line) => line.replace(/^#+ /, ""))
    .join("\n");
}

const TRAINING = [
  "## Training",
  "",
  "Mrs Nia Bellamy completed Designated Safeguarding Lead training on 3 March 2026.",
  "",
  "Mr Rhys Gallagher completed Designated Safeguarding Lead training on 10 April 2026.",
  "",
];

const contactsTable = (row: string) =>
  [
    "# Orchard Lane Petting Farm — Safeguarding Policy",
    "",
    "Tell the DSL about any worry before you leave that day.",
    "",
    "| Role | Name | Phone |",
    "| --- | --- | --- |",
    "| Farm Safeguarding Lead | Mrs Nia Bellamy, Learning Manager | 07700 900510 |",
    "| Deputy DSL | Mr Rhys Gallagher, Head Keeper | 07700 900511 |",
    row,
    "",
    ...TRAINING,
  ].join("\n");

describe("a contacts row for concerns about the lead", () => {
  it.each([
    "| Allegations about the DSL | Mr Owen Prothero, Managing Director | 01632 960410 |",
    "| Complaints against the Designated Safeguarding Lead | Ms Lowri Cadwallader, Owner | 01632 960411 |",
    "| Concerns involving the Deputy DSL | Mr Owen Prothero, Managing Director | 01632 960410 |",
  ])("names someone who needs no lead training: %s", (row) => {
    for (const format of ["md", "pdf"] as const) {
      const md = contactsTable(row);
      expect(missing(format === "pdf" ? asPdf(md) : md, format)).toEqual([]);
    }
  });

  it("is not read as a lead or deputy", () => {
    const text = contactsTable(
      "| Allegations about the DSL | Mr Owen Prothero, Managing Director | 01632 960410 |",
    );
    const named = findLeadMentions(text).flatMap((m) => m.names ?? []);
    expect(named).toEqual(["Mrs Nia Bellamy", "Mr Rhys Gallagher"]);
  });

  it("near miss: a lead row with no training is still reported beside it", () => {
    const text = contactsTable(
      "| Allegations about the DSL | Mr Owen Prothero, Managing Director | 01632 960410 |",
    ).replace("Mr Rhys Gallagher completed Designated Safeguarding Lead training on 10 April 2026.", "");
    const found = missing(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Mr Rhys Gallagher");
  });
});

describe("prose naming whom a concern about the lead goes to", () => {
  const prose = (sentence: string) =>
    [
      "# Spinners Bowling Centre — Safeguarding Policy",
      "",
      "Designated Safeguarding Officer: Mrs Nia Bellamy (Centre Manager)",
      "",
      "Deputy Designated Safeguarding Officer: Mr Rhys Gallagher (Duty Manager)",
      "",
      sentence,
      "",
      ...TRAINING,
    ].join("\n");

  it.each([
    "Allegations about the Designated Safeguarding Officer go to the Owner, Mr Owen Prothero, on 07700 900600.",
    "If the concern is about the DSO: Mr Owen Prothero, Owner, 07700 900600.",
    "Complaints made against our Designated Safeguarding Officer are passed to Mr Owen Prothero (Owner).",
  ])("names no lead: %s", (sentence) => {
    const text = prose(sentence.replace("DSO", "Designated Safeguarding Officer"));
    expect(missing(text)).toEqual([]);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
  });

  it("near miss: the lead named in brackets after such words is the lead", () => {
    const text = [
      "# Spinners Bowling Centre — Safeguarding Policy",
      "",
      "Deputy Designated Safeguarding Officer: Mr Rhys Gallagher (Duty Manager)",
      "",
      "Concerns about the Designated Safeguarding Officer (Mrs Tegan Morrow) go to the Owner.",
      "",
      "Mr Rhys Gallagher completed Designated Safeguarding Lead training on 10 April 2026.",
      "",
    ].join("\n");
    const found = missing(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Mrs Tegan Morrow");
  });
});
