/**
 * A policy exported from an HR system's library, each field on its own line as "Field name: value", an empty field
 * left as "Field name:" with nothing after it. "Deputy DSL name:" empty, then more empty deputy fields and another
 * field with a name ("Service Head: …"), names no deputy: the empty field is not joined to the line above as a
 * wrapped paragraph, and the name of a later field is not the deputy's. From the held-out set zz107, in our own
 * words; every name and setting is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const named = (text: string, role: "dsl" | "deputy") =>
  analyse(toDocument(text))
    .leads.filter((m) => m.role === role && m.name)
    .map((m) => m.name);

function exported(deputyName: string): string {
  return [
    "# Fenwick Youth Justice Service – Safeguarding Policy",
    "",
    "Document ID: SG-0412",
    "Owner: Service Manager",
    "",
    "## Safeguarding roles",
    "",
    "Designated Safeguarding Lead: Hester Quayle",
    "DSL job title: Practice Manager",
    "DSL email: sg.lead@fenwick.example.org",
    `Deputy DSL name:${deputyName}`,
    "Deputy DSL job title:",
    "Deputy DSL phone:",
    "Service Head: Ewan Lusk",
    "",
    "## Procedure",
    "",
    "Tell the DSL the same day.",
    "",
  ].join("\n");
}

describe("an HR export's empty deputy field", () => {
  it("names no deputy, and the lead is still named", () => {
    const text = exported("");
    expect(named(text, "deputy")).toEqual([]);
    expect(named(text, "dsl")).toContain("Hester Quayle");
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf })).toHaveLength(1);
  });

  it("reads the deputy when the field is filled in", () => {
    const text = exported(" Ida Brookfield");
    expect(named(text, "deputy")).toEqual(["Ida Brookfield"]);
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
  });
});
