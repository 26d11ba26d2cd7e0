/**
 * Training records (review 45), in our own words; every name is invented. One sentence names the same person under
 * two roles ("The Designated Safeguarding Lead is Mrs Nell Garvey, and the Deputy Designated Safeguarding Lead for the
 * holiday club is also Mrs Nell Garvey."), and the next opens with a pronoun ("She completed …"). The record is hers, with the role of the sentence's
 * first mention of her — the one the lead mentions list first (they come in the order of their offsets), as before
 * the mentions were walked in offset order.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { markdownDocument } from "../fixtures/structure/documents.js";

const policy = (sentence: string) =>
  markdownDocument(
    [
      "# Safeguarding Policy — Maple Lane Nursery",
      "",
      "## Designated Safeguarding Lead",
      "",
      `${sentence} She completed Level 3 Designated Safeguarding Lead training on 3 March 2025.`,
    ].join("\n"),
  );

/** The role of the sentence's first named mention in the mentions' own order (what the old code chose). */
function firstRoleInList(doc: ReturnType<typeof markdownDocument>, sentence: string): string | undefined {
  const from = doc.text.indexOf(sentence);
  const to = from + sentence.length;
  const leads = analyse(doc).leads;
  return leads.find((m) => m.offset >= from && m.endOffset <= to && m.name)?.role;
}

describe("training records: the one lead a sentence names under two roles", () => {
  for (const [sentence, role] of [
    [
      "The Designated Safeguarding Lead is Mrs Nell Garvey, and the Deputy Designated Safeguarding Lead for the holiday club is also Mrs Nell Garvey.",
      "dsl",
    ],
    [
      "Our Deputy Designated Safeguarding Lead (holiday club) is Mrs Nell Garvey and our Designated Safeguarding Lead is Mrs Nell Garvey too.",
      "deputy",
    ],
  ]) {
    it(`gives the pronoun's record to her, with the first mention's role (${role}): "${sentence.slice(0, 40)}…"`, () => {
      const doc = policy(sentence);
      const leads = analyse(doc).leads;
      expect(leads.map((m) => m.offset)).toEqual([...leads.map((m) => m.offset)].sort((a, b) => a - b));
      const records = analyse(doc).training.filter((r) => r.date);
      expect(records.map((r) => r.leadName)).toEqual(["Mrs Nell Garvey"]);
      expect(records[0].leadRole).toBe(role);
      expect(firstRoleInList(doc, sentence)).toBe(role);
    });
  }
});
