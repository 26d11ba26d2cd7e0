/**
 * training / holder-said (review of session 42), in our own words; every name is invented. Two patterns read words
 * that deny someone a lead's role, for two different jobs, now side by side in text/not-a-lead.ts:
 * - holder-said asks whether a named holder IS said not to be a lead ("Mr Lorcan Pye … is not a safeguarding lead");
 *   "is not the only lead" denies nothing, so it keeps the holder a lead.
 * - training takes such words out of a record's course before it says what the course is ("Safeguarding awareness
 *   (Head Coach, not a welfare officer)" is general safeguarding, not a lead's course). "(not the only DSL on site)"
 *   is the person's role, not the course's name either: the course stays what its own words say, so the holder-said
 *   guard is not wanted there. This pins both readings (no behaviour change).
 */
import { describe, expect, it } from "vitest";
import { saidNotALead } from "../../src/audit/text/holder-said.js";
import type { LeadMention } from "../../src/audit/text/leads.js";
import { courseKind } from "../../src/audit/text/training.js";

const mention = (text: string, name: string): LeadMention => {
  const at = text.indexOf(name);
  return {
    role: "dsl",
    label: "Designated Safeguarding Lead",
    name,
    offset: at,
    endOffset: at + name.length,
    nameOffset: at,
    nameEndOffset: at + name.length,
  } as LeadMention;
};

describe("words that deny a lead's role: a holder's sentence and a record's course", () => {
  it("reads 'is not a safeguarding lead' after a holder as saying they are none", () => {
    const text = "Our Chair, Mr Lorcan Pye, runs the committee. He is not a safeguarding lead for the club.";
    expect(saidNotALead(text, mention(text, "Mr Lorcan Pye"))).toBe(true);
  });
  it("reads 'is not the only lead' after a holder as denying nothing", () => {
    const text = "Our DSL, Mrs Wren Halloway, is not the only lead: two deputies share the role.";
    expect(saidNotALead(text, mention(text, "Mrs Wren Halloway"))).toBe(false);
  });
  it.each([
    ["Safeguarding awareness (Head Coach, not a welfare officer)", "safeguarding"],
    ["Safeguarding refresher (not the only DSL on site)", "safeguarding"],
    ["Safeguarding refresher, never a designated safeguarding lead", "safeguarding"],
    ["Designated Safeguarding Lead training", "dsl"],
    ["Designated Safeguarding Lead update", "dsl update"],
  ])("reads the course of %j as %j", (course, kind) => {
    expect(courseKind(course)).toBe(kind);
  });
});
