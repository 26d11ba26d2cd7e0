/**
 * training-missing (review 8 of 49a7229, issue 11), in our own words; names are invented: a contacts row's given
 * name and a surname that is also a place's word, then the person's address ("Nia Green, 7 Kiln Road"), is a person,
 * not a site's address run in; a lead named after "concerns about the DSL,"
 * is the lead, not the person the concerns go to.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const names = (text: string, format?: "md" | "txt") =>
  checkText(trainingMissing, text, { asOf, format }).map((f) => f.message);

const contactRow = (row: string) =>
  [
    "# Safeguarding policy",
    "",
    "Please tell the DSL about any worry on the same day.",
    "",
    "| Role | Name and address | Telephone |",
    "| --- | --- | --- |",
    row,
    "| Deputy DSL | Idris Pennock | 01632 960 812 |",
    "",
    "## Training",
    "",
    "Idris Pennock completed Designated Safeguarding Lead training in May 2026.",
    "",
  ].join("\n");

describe("a contacts row's person whose surname is a place's word, with their address", () => {
  it("is the lead, and reported when the training lists only the deputy", () => {
    const found = names(
      contactRow("| Designated Safeguarding Lead | Nia Green, 7 Kiln Road | 01632 960 811 |"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Nia Green");
  });

  it("is not reported when the training lists them", () => {
    const text = contactRow(
      "| Designated Safeguarding Lead | Nia Green, 7 Kiln Road | 01632 960 811 |",
    ).concat("\nNia Green completed Designated Safeguarding Lead training in April 2026.\n");
    expect(names(text)).toEqual([]);
  });

  it("but a building's name before a house number is still not a person", () => {
    expect(
      names(contactRow("| Designated Safeguarding Lead | Market Hall, 7 Kiln Road | 01632 960 811 |")),
    ).toEqual([]);
  });
});

describe("a lead named after 'concerns about the' role", () => {
  it("is the lead, reported when the training lists only the deputy", () => {
    const text = [
      "# Safeguarding policy",
      "",
      "Our Deputy Designated Safeguarding Lead is Mr Idris Pennock. Idris Pennock completed Designated Safeguarding",
      "Lead training in May 2026.",
      "",
      "Worries about the Designated Safeguarding Lead, Ms Carys Obuya, are taken to the chair of governors.",
      "",
    ].join("\n");
    const found = names(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Carys Obuya");
  });

  it("but a chair named for allegations about the role, in brackets, is not a lead", () => {
    const text = [
      "# Safeguarding policy",
      "",
      "Designated Safeguarding Officer (DSO): Mrs Odile Varga",
      "Chair (allegations about the DSO): Mr Ewan Lockhart",
      "",
      "## Training",
      "",
      "Odile Varga completed Designated Safeguarding Officer training in March 2026.",
      "",
    ].join("\n");
    expect(names(text)).toEqual([]);
  });
});
