/**
 * From the hundred-and-fourth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * A typed contents list numbers an appendix on from the policy's sections ("1 About us" … "6 Review", then
 * "7 Appendix – Lost child checklist"): the list counts it as one of the document's own parts, so when the document
 * no longer carries it, that is a stale entry — reported. An appendix entry the list does not number on ("Appendix –
 * …" unnumbered), or one it says is kept apart ("(separate document)"), is still taken for a separate paper.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const SECTIONS = [
  "About us",
  "Who keeps children safe",
  "Parents stay in the room",
  "Photos",
  "Worries",
  "Review",
];

function policy(lastEntry: string): string {
  const list = SECTIONS.map((t, i) => `${i + 1}  ${t}`);
  const body = SECTIONS.flatMap((t, i) => [
    `## ${i + 1}. ${t}`,
    "",
    `What Tiny Drummers does about this: ${t.toLowerCase()}, at every class.`,
    "",
  ]);
  return ["# Tiny Drummers – Safeguarding Policy", "", "Contents", ...list, lastEntry, "", ...body].join(
    "\n",
  );
}

const messages = (text: string) => checkText(contentsMismatch, text, { asOf }).map((f) => f.message);

describe("contents-mismatch: an appendix numbered on from the sections", () => {
  it("is reported when the document no longer carries it", () => {
    const found = messages(policy("7  Appendix – Lost child checklist"));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(
      '"7. Appendix – Lost child checklist", but no heading in the policy is called that',
    );
  });

  it("near miss: an unnumbered appendix entry is taken for a separate paper", () => {
    expect(messages(policy("Appendix – Lost child checklist"))).toEqual([]);
  });

  it("near miss: a numbered appendix entry kept apart is not looked for", () => {
    expect(messages(policy("7  Appendix – Lost child checklist (separate document)"))).toEqual([]);
  });
});
