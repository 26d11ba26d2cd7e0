/**
 * From the fifty-fifth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - A running header written all in capitals ("HOLMFIRTH COACHES LTD – SAFEGUARDING POLICY (SCHOOL AND CONTRACT
 *   TRANSPORT) – v2.1"): capitals in brackets on a capitals line are the line's style, not a template's blank —
 *   unless they ask for something to be filled in ("(NAME OF CLUB)", "(GROUP / ORGANISATION)", "(INSERT DATE)"),
 *   which stay placeholders on any line. In a sentence written in ordinary case they are reported as before.
 * - "(list kept in the office)", "(list attached)": the noun "list", described — not the instruction "(list
 *   training including dates)", which is still reported.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(lines: string[]): string {
  return [
    "# Holmfirth Coaches — Safeguarding Policy",
    "",
    "## 1. Purpose",
    "",
    "This policy sets out how our drivers and escorts keep the children we carry safe.",
    "",
    ...lines.flatMap((line) => [line, ""]),
  ].join("\n");
}

const found = (text: string, format: SourceDocument["format"] = "md") =>
  excerpts(checkText(placeholderText, text, { asOf, format }), text);

describe("capitals in brackets on a line written in capitals", () => {
  it("are the line's style", () => {
    for (const line of [
      "HOLMFIRTH COACHES LTD – SAFEGUARDING POLICY (SCHOOL AND CONTRACT TRANSPORT) – v2.1",
      "CHILD PROTECTION PROCEDURES (HOME TO SCHOOL ROUTES)",
    ])
      expect(found(policy([line])), line).toEqual([]);
  });

  it("still ask to be filled in when they name what is missing", () => {
    expect(found(policy(["(NAME OF CLUB) SAFEGUARDING POLICY"]))).toEqual(["(NAME OF CLUB)"]);
    expect(found(policy(["SAFEGUARDING POLICY FOR (GROUP / ORGANISATION)"]))).toEqual([
      "(GROUP / ORGANISATION)",
    ]);
    expect(found(policy(["SAFEGUARDING POLICY – ADOPTED (INSERT DATE)"]))).toEqual(["(INSERT DATE)"]);
  });

  it("in a sentence in ordinary case, are reported as before", () => {
    expect(found(policy(["Our drivers on (SCHOOL AND CONTRACT ROUTES) carry this policy."]))).toEqual([
      "(SCHOOL AND CONTRACT ROUTES)",
    ]);
  });
});

describe("'(list …)'", () => {
  it("the noun, described, is no instruction", () => {
    for (const line of [
      "| Escorts (list kept in the office) | Escort | Basic awareness | every three years |",
      "All escorts (list attached) complete basic awareness training.",
      "Our approved drivers (list held by the transport manager) are checked each year.",
    ])
      expect(found(policy([line])), line).toEqual([]);
  });

  it("the instruction is still reported", () => {
    expect(found(policy(["Escorts: (list training including dates)"]))).toEqual([
      "(list training including dates)",
    ]);
  });
});
