/**
 * placeholder-text (held-out sets zz100–zz102), in our own words; every name is invented:
 * - an Easy Read policy describes its symbols in square brackets ("[picture: phone] You can ring Asha …"): a
 *   description of a picture, not a placeholder — but "[PHOTO OF ASHA TO GO HERE]" and "[picture: DSL photo here]" are;
 * - a booking form's question in a table's first cell with its answer cell left blank ("| Name of group and contact
 *   phone | ………… |"): a form to fill in, not a template's words;
 * - a contact detail promised by a named person in brackets: "Deputy: Ola Frain – mobile (Bryn to add)".
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (line: string) =>
  `# Maple Lane Youth Club — Safeguarding Policy\n\n${line}\n\n## 1. Why we have this policy\n\nEveryone shares the job of keeping young people safe.\n`;
const excerpts = (line: string) => checkText(placeholder, policy(line), { asOf }).map((f) => f.excerpt);

describe("pictures described in square brackets", () => {
  it("are not placeholders", () => {
    for (const line of [
      "[picture: phone] You can ring Asha on 07700 900 123.",
      "[picture: person with badge] Our safety person is Asha Bello.",
      "[image: a mobile phone with a cross] Sexting means sending rude pictures.",
      "[symbol: a phone] Ring Childline on 0800 1111.",
    ])
      expect(excerpts(line), line).toEqual([]);
  });
  it("a photo still to come is", () => {
    expect(excerpts("[PHOTO OF ASHA TO GO HERE] Asha is our safety person.")).toEqual([
      "[PHOTO OF ASHA TO GO HERE]",
    ]);
    expect(excerpts("[picture: DSL photo here] Asha is our safety person.")).toEqual([
      "[picture: DSL photo here]",
    ]);
    // A field left to fill in, whatever the bracket's first word.
    expect(excerpts("[Photo: DSL name] is our safety person.")).toEqual(["[Photo: DSL name]"]);
  });
});

describe("a booking form's question with its answer left blank", () => {
  const form = (question: string, answer: string) =>
    `| Question | Answer |\n| --- | --- |\n| ${question} | ${answer} |\n| Day(s) and times of hire | ………… |`;
  it("is a form, not a template's words", () => {
    for (const question of [
      "Name of group and contact phone",
      "Name of group or club",
      "Name of organisation",
    ])
      expect(excerpts(form(question, "…………………………")), question).toEqual([]);
    expect(excerpts(form("Name of group and contact phone", ""))).toEqual([]);
  });
  it("a checklist row's template words with an empty cell still are", () => {
    expect(
      excerpts("| Check | Done |\n| --- | --- |\n| Name of setting displays the NSPCC helpline | |"),
    ).toEqual(["Name of setting"]);
  });
  it("the template's words in a sentence still are", () => {
    expect(excerpts("At name of group we keep children safe and follow this policy.")).toEqual([
      "name of group",
    ]);
  });
});

describe("a contact detail someone named is to add", () => {
  it("is a placeholder", () => {
    for (const [line, quoted] of [
      ["Deputy Safeguarding Lead: Ola Frain (Treasurer) – mobile (Bryn to add)", "(Bryn to add)"],
      ["Lead: Tess Marr, phone (Chair to confirm)", "(Chair to confirm)"],
      ["Welfare officer: Dev Rai, email (Jo to send)", "(Jo to send)"],
    ])
      expect(excerpts(line), line).toEqual([quoted]);
  });
  it("near misses: a task in brackets that is not a contact detail", () => {
    for (const line of [
      "Coaches plan the session (Bryn to add the warm-up games).",
      "The rota is on the board (Chair to confirm the summer dates).",
      "Tess Marr reads every concern form (Jo to add her notes after).",
    ])
      expect(excerpts(line), line).toEqual([]);
  });
});
