/**
 * A local safeguarding representative's title marked as the deputy, alone on its line, with "Name:", "Phone:" and
 * "Email:" lines under it: "Hall Safeguarding Representative (deputy)" / "Name: …". The name is the deputy's, so
 * no deputy-missing warning. Near misses: the title without "(deputy)", or inside a sentence, names no deputy.
 * Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText, leadNamesOf } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (role: string) =>
  [
    "# Saltmarsh Sea Scouts Hut — Safeguarding Policy",
    "",
    "## 4. Who to contact",
    "",
    "The Hut Safeguarding Representative helps the Group Safeguarding Officer at the hut and stands in for him.",
    "",
    "Group Safeguarding Officer",
    "Name: Mr Oren Castell",
    "Phone: 01632 960 520",
    "Email: o.castell@example.org",
    "",
    role,
    "Name: Bryony Tallis",
    "Phone: 01632 960 521",
    "Email: b.tallis@example.org",
    "",
  ].join("\n");

const deputies = (text: string) => leadNamesOf(text, "deputy");

describe("a safeguarding representative's line marked (deputy)", () => {
  for (const role of [
    "Hut Safeguarding Representative (deputy)",
    "**Hut Safeguarding Representative (alternate)**",
  ]) {
    it(`names the deputy under it (${role})`, () => {
      expect([...new Set(deputies(policy(role)))]).toEqual(["Bryony Tallis"]);
    });
    for (const format of ["md", "docx", "pdf"] as const) {
      it(`no deputy-missing warning (${role}, ${format})`, () => {
        expect(checkText(deputyMissing, policy(role), { asOf, format })).toEqual([]);
      });
    }
  }

  it("near miss: the title without (deputy) names no deputy", () => {
    const text = policy("Hut Safeguarding Representative");
    expect(deputies(text)).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toHaveLength(1);
  });

  it("near miss: the title inside a sentence names no deputy", () => {
    const text = policy("Ask the Hut Safeguarding Representative (deputy) if the officer is away.");
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toHaveLength(1);
  });
});
