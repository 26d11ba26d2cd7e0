/**
 * Training read from the held-out set zz109, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * One sentence of records between semicolons, whose later items give only a person and a date ("All lifeguards
 * completed COURSE on DATE; the Shift Leader, NAME, on DATE; NAME on DATE"): each later person did the first item's
 * course on their own date, not the sentence's one record dated by its latest date.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (training: string) =>
  [
    "# Pebblebrook Lido Club – keeping children safe",
    "",
    "Next review: September 2027",
    "",
    "## Who is responsible",
    "",
    "Designated Safeguarding Lead: Nora Quillfeather, Lido Manager – 01632 960111",
    "",
    "Deputy Designated Safeguarding Lead: Femi Adeyemi, Shift Leader – 01632 960112",
    "",
    "## Training",
    "",
    training,
    "",
  ].join("\n");

const stale = (text: string) =>
  checkText(trainingStale, text, { asOf }).map((f) => text.slice(f.offset, f.endOffset));

describe("a semicolon list whose later items borrow the first item's course", () => {
  it("gives each later person the course on their own date", () => {
    const text = policy(
      "All lifeguards completed Safeguarding and Protecting Children (Swim England, online) on 3 May 2024; the Shift Leader, Femi Adeyemi, on 9 September 2024; the play scheme organiser, Rhys Penhallow, on 20 February 2023; and the Lido Manager, Nora Quillfeather, completed Level 3 Designated Safeguarding Lead training on 1 July 2025. Everyone repeats safeguarding training at least every three years.",
    );
    const found = stale(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Rhys Penhallow, on 20 February 2023");
    expect(found[0]).not.toContain("Femi");
  });
  it("an item of a name and a date alone", () => {
    const text = policy(
      "Our coaches completed Safeguarding and Protecting Children (online) on 12 June 2024; Sarah Penhallow on 20 February 2023; Emma Mabry on 4 April 2024.",
    );
    const found = stale(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Sarah Penhallow on 20 February 2023");
  });
  it("the same list broken over lines (a PDF's paragraph)", () => {
    const text = policy(
      [
        "All lifeguards completed Safeguarding and Protecting Children (Swim England,",
        "online) on 3 May 2024; the Shift Leader, Femi Adeyemi, on 9 September 2024;",
        "the play scheme organiser, Rhys Penhallow, on 20 February 2023; and the Lido",
        "Manager, Nora Quillfeather, completed Level 3 Designated Safeguarding Lead training",
        "on 1 July 2025. Everyone repeats safeguarding training at least every three years.",
      ].join("\n"),
    );
    const found = checkText(trainingStale, text, { asOf, format: "pdf" });
    expect(found.map((f) => text.slice(f.offset, f.endOffset))).toEqual([
      "the play scheme organiser, Rhys Penhallow, on 20 February 2023",
    ]);
    expect(found[0].message).toContain("Rhys Penhallow's most recent Safeguarding and Protecting Children");
  });
  it("near miss: an item with a course of its own is its own record", () => {
    const text = policy(
      "Our coaches completed Safeguarding and Protecting Children (online) on 12 June 2024; Rhys Penhallow completed Paediatric First Aid on 20 February 2023.",
    );
    expect(stale(text)).toEqual([]);
  });
});
