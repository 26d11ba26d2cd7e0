/**
 * section-reference (held-out set zz89, a rock-pooling club's clean policy), in our own words. "… tells the LADO within
 * one working day (see section 5 for the number)." where section 5 lists phone numbers ("LADO: 01632 960 533") but
 * never writes the word "number": a section of phone numbers has the number. Near miss: a section with no phone number.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (contacts: string) =>
  [
    "# Kestle Shore Explorers – Safeguarding Policy",
    "",
    "## 1. Who leads",
    "",
    "Safeguarding Lead: Asha Mehta, 07700 900 512.",
    "",
    "## 2. If you are worried",
    "",
    "An allegation about a volunteer goes to the lead, who tells the LADO within one working day (see section 3 for the number).",
    "",
    "## 3. Review and contacts",
    "",
    contacts,
    "",
  ].join("\n");
const found = (contacts: string) => {
  const text = policy(contacts);
  return excerpts(checkText(sectionReference, text, { asOf }), text);
};

describe("'(see section N for the number)'", () => {
  it("is quiet where section N lists phone numbers", () => {
    expect(
      found("Next review: March 2027.\n\nChildren's Services: 01632 960 512 · LADO: 01632 960 533"),
    ).toEqual([]);
  });

  it("near miss: reported where section N has no phone number", () => {
    expect(found("Next review: March 2027. The committee reviews this policy every year.")).toEqual([
      "section 3",
    ]);
  });
});
