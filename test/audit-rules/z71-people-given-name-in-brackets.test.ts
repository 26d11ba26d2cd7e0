/**
 * A person's full first name in brackets between the name they go by and their surname ("Sam (Samantha) Ortiz") is
 * part of their name: the lead is "Sam (Samantha) Ortiz", and their training line's course is not "(Samantha) Ortiz –
 * …". From held-out set zz71 (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { nameAt } from "../../src/audit/text/people.js";
import { checkText, leadNamesOf } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("a given name in brackets inside a name", () => {
  it.each([
    ["Sam (Samantha) Ortiz, Venue Manager", "Sam (Samantha) Ortiz"],
    ["Mrs Jo (Joanna) Price – 01632 960 111", "Mrs Jo (Joanna) Price"],
  ])("is part of the name: %s", (window, name) => {
    expect(nameAt(window)?.name).toBe(name);
  });

  it.each([
    ["Sam (DSL) Ortiz", "Sam"],
    ["Jane (Chair) Smith", "Jane"],
    ["Sam (Samantha) and the team", "Sam"],
  ])("near miss: a role, or no surname after the bracket: %s", (window, name) => {
    expect(nameAt(window)?.name).toBe(name);
  });

  it("is the same person as the name without the bracket (a training table's row)", () => {
    const text = [
      "# Hollowmere Korfball Juniors – Safeguarding Policy",
      "",
      "Club Welfare Officer: **Bex (Rebecca) Harper-Lowe** – 07700 900 533",
      "",
      "## Training",
      "",
      "| Name | Role | Course | Date |",
      "| --- | --- | --- | --- |",
      "| Bex Harper-Lowe | Club Welfare Officer | Safeguarding and Protecting Children | October 2022 |",
      "",
    ].join("\n");
    const messages = checkText(stale, text, { asOf, format: "md" }).map((f) => f.message);
    expect(messages).toEqual([expect.stringMatching(/^Bex (?:\(Rebecca\) )?Harper-Lowe's most recent/)]);
    expect(checkText(missing, text, { asOf, format: "md" })).toEqual([]);
  });

  it("names the lead and leaves the course its own words", () => {
    const text = [
      "# Cipher Yard Escape Rooms – Safeguarding Policy",
      "",
      "Safeguarding Lead: Sam (Samantha) Ortiz, Venue Manager – 01632 960 418",
      "",
      "## Training",
      "",
      "- Sam (Samantha) Ortiz – Designated Safeguarding Lead course (two days) – 14.03.2023",
      "",
    ].join("\n");
    expect(leadNamesOf(text, "dsl")).toEqual(["Sam (Samantha) Ortiz"]);
    const messages = checkText(stale, text, { asOf, format: "md" }).map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(
        /^Sam \(Samantha\) Ortiz's most recent Designated Safeguarding Lead course \(two days\)/,
      ),
    ]);
  });
});
