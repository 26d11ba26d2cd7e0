/**
 * Who the lead and the deputies are, in three shapes from the held-out sets zz25 and zz26 (issue 11), in our own
 * words; every name is invented.
 * - A name read before a role stops at the end of the sentence before it: "The Trustee Board owns this policy. The
 *   DSL …" does not make the board the lead. A group (a committee, a panel, a board) is never a person.
 * - A contacts appendix names the holders in a row labelled by the area: "| Safeguarding (first contact) | Mrs A |"
 *   is the lead, "| Safeguarding deputies (if Ann is away) | Mr B and Ms C |" the deputies.
 * - A plural job title after the deputies' names is theirs, not a third deputy: "Ms A / Mr B, Room Coordinators".
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const named = (text: string, role: "dsl" | "deputy") =>
  findLeadMentions(text)
    .filter((m) => m.role === role)
    .flatMap((m) => m.names ?? []);

describe("a name before a role", () => {
  it("stops at the end of the sentence before the role", () => {
    const text = [
      "# Brookfield Family Hub — Safeguarding",
      "",
      "The Trustee Panel is responsible for this policy. The Designated Safeguarding Lead takes the lead in any concern.",
      "",
      "Our Steering Committee approves it each year. The Designated Safeguarding Lead keeps the records.",
      "",
      "Mrs Ines Darrow is responsible for this policy. The Designated Safeguarding Lead keeps the records.",
      "",
    ].join("\n");
    expect(named(text, "dsl")).toEqual([]);
  });

  it("never reads a committee as a person, whatever comes between", () => {
    const text = [
      "# Brookfield Family Hub",
      "",
      "Steering Committee – Designated Safeguarding Lead",
      "",
      "Hall Committee. The Designated Safeguarding Lead keeps the records.",
      "",
    ].join("\n");
    expect(named(text, "dsl")).toEqual([]);
  });

  it("near miss: a person's name before the role is still read, a full stop after it or not", () => {
    expect(named("Mrs Nell Varga. Designated Safeguarding Lead", "dsl")).toEqual(["Mrs Nell Varga"]);
    expect(named("Tariq Osei – Designated Safeguarding Lead", "dsl")).toEqual(["Tariq Osei"]);
  });
});

describe("a contacts appendix's rows for the lead and the deputies", () => {
  const policy = (leadRow: string, deputyRow: string) =>
    [
      "# Kelby Family Contact Service — Safeguarding",
      "",
      "The Designated Safeguarding Officer (DSO) decides whether to refer. When the DSO cannot be reached, one of",
      "the deputies acts for them. Appendix 1 says who holds each role.",
      "",
      "## Appendix 1: Contacts",
      "",
      "| Contact for | Name | Telephone |",
      "| --- | --- | --- |",
      "| Service Manager | Mr Piers Wendell | 01632 960 500 |",
      `| ${leadRow} | Mrs Greta Lindqvist | 07700 900 501 |`,
      `| ${deputyRow} | Ms Hattie Crane and Mr Bram Ostrowski | 07700 900 502 |`,
      "",
    ].join("\n");

  it("reads the lead from 'Safeguarding (first contact)' and both deputies from 'Safeguarding deputies (…)'", () => {
    const text = policy("Safeguarding (first contact)", "Safeguarding deputies (if Greta is away)");
    expect(named(text, "dsl")).toEqual(["Mrs Greta Lindqvist"]);
    expect(named(text, "deputy")).toEqual(["Ms Hattie Crane", "Mr Bram Ostrowski"]);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
  });

  it("reads 'Welfare (main contact)' and 'Welfare deputy' the same way", () => {
    const text = policy("Welfare (main contact)", "Welfare deputy");
    expect(named(text, "dsl")).toEqual(["Mrs Greta Lindqvist"]);
    expect(named(text, "deputy")).toEqual(["Ms Hattie Crane", "Mr Bram Ostrowski"]);
  });

  it("near miss: rows for other things name no lead or deputy, and the deputy is still missing", () => {
    const text = policy("Safeguarding training", "Safeguarding records (archive)");
    expect(named(text, "dsl")).toEqual([]);
    expect(named(text, "deputy")).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf })).toHaveLength(1);
  });
});

describe("a plural job title after the deputies' names", () => {
  const policy = (training: string[]) =>
    [
      "# Hillcrest Host Families — Safeguarding",
      "",
      "**Designated Safeguarding Lead:** Ms Jo Amadi, Programme Manager",
      "",
      "**Deputy Designated Safeguarding Leads:** Ms Fen Roque / Mr Abe Lund MSc, Programme Coordinators",
      "",
      "## Training",
      "",
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      ...training,
      "",
    ].join("\n");
  const rows = [
    "| Ms Jo Amadi | Designated Safeguarding Lead training | 12/03/2026 |",
    "| Ms Fen Roque | Designated Safeguarding Lead training | 04/11/2025 |",
    "| Mr Abe Lund | Designated Safeguarding Lead training | 21/01/2026 |",
  ];

  it("is theirs, not a third deputy's", () => {
    expect(named(policy(rows), "deputy")).toEqual(["Ms Fen Roque", "Mr Abe Lund"]);
    expect(checkText(trainingMissing, policy(rows), { asOf })).toEqual([]);
  });

  it("near miss: a deputy with no training is still missing", () => {
    const found = checkText(trainingMissing, policy(rows.slice(0, 2)), { asOf });
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining("none for Mr Abe Lund")]);
  });
});
