/**
 * placeholder-text (a review of the thirty-seventh session's last fixes), in our own words; as of 1 December 2026. A
 * date's format after a sentence's colon says how a date is written, not a field left unfilled: "Each log entry
 * shows: DD/MM/YYYY", "Staff record the date: DD/MM/YYYY" ("shows", "record" are the clause's verbs). A label whose
 * noun stands before a past participle ("Staff safeguarding records checked: DD/MM/YYYY") is still a field.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const excerpts = (text: string) =>
  checkText(
    placeholderText,
    `# Safeguarding policy\n\nWrite every worry in the concern log the same day. ${text}\n`,
    {
      asOf: "2026-12-01",
    },
  ).map((f) => f.excerpt);

describe("a date's format after a colon", () => {
  it("after a clause's verb says how dates are written", () => {
    for (const text of [
      "Each log entry shows: DD/MM/YYYY",
      "Each log entry reads: DD/MM/YYYY",
      "Staff record the date: DD/MM/YYYY",
      "The concern log uses: DD/MM/YYYY",
      "Staff put the date first: DD/MM/YYYY",
      "Each incident report records: DD/MM/YYYY",
    ])
      expect(excerpts(text), text).toEqual([]);
  });
  it("after a label of a noun and a past participle is a field left unfilled", () => {
    expect(excerpts("Staff safeguarding records checked: DD/MM/YYYY")).toEqual(["DD/MM/YYYY"]);
  });
  it("after a label opening with a word that is a noun or a verb is a field left unfilled", () => {
    for (const text of [
      "Read by all staff on: DD/MM/YYYY",
      "Last record check: DD/MM/YYYY",
      "Use of force log reviewed on: DD/MM/YYYY",
      "Record last audited on: DD/MM/YYYY",
    ])
      expect(excerpts(text), text).toEqual(["DD/MM/YYYY"]);
  });
});
