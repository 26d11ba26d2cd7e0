/**
 * section-reference (held-out set zz84, a Saturday school), in our own words; every name is invented.
 * "For photographs of children at events, see section 6." where section 6 is "Safer recruitment", and the contents
 * list still names "7. Photography and filming" although the policy no longer has that section (it was taken out and
 * the references were not updated): what the reference is for, said before it, is in the contents entry of a section
 * that is gone — reported, saying so. Quiet when section 6 speaks of it, when the contents entry's section is there
 * (the body-title check answers then), and on generic words.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(
  sentence: string,
  section6 = "Every volunteer has an enhanced DBS check and two references before they start.",
) {
  return [
    "# Larkmoor Tamil Saturday School – Safeguarding Policy",
    "",
    "**Contents**",
    "",
    "1. Our aims",
    "2. Who leads",
    "3. Training",
    "4. The law",
    "5. If you are worried",
    "6. Safer recruitment",
    "7. Photography and filming",
    "8. Contacts",
    "",
    "## 1. Our aims",
    "",
    "We keep every child safe while they learn with us.",
    "",
    "## 2. Who leads",
    "",
    "Designated Safeguarding Lead: Meera Raghavan, 07700 900 512.",
    "",
    "## 3. Training",
    "",
    "All volunteers complete safeguarding training every three years.",
    "",
    "## 4. The law",
    "",
    "We follow the Children Act 1989.",
    "",
    "## 5. If you are worried",
    "",
    `Tell the lead before the child goes home. ${sentence}`,
    "",
    "## 6. Safer recruitment",
    "",
    section6,
    "",
    "## 8. Contacts",
    "",
    "NSPCC Helpline: 0808 800 5000",
    "",
  ].join("\n");
}

const found = (text: string) => excerpts(checkText(sectionReference, text, { asOf }), text);

describe("'For <subject>, see section N' where only a removed section's contents entry names the subject", () => {
  it("is reported, naming the contents entry", () => {
    const text = policy("For photographs of children at events, see section 6.");
    const reports = checkText(sectionReference, text, { asOf });
    expect(excerpts(reports, text)).toEqual(["section 6"]);
    expect(reports[0].message).toContain('"Safer recruitment" and says nothing about it');
    expect(reports[0].message).toContain('"Photography and filming"');
  });

  it("near miss: quiet where section 6 speaks of the subject", () => {
    expect(
      found(
        policy(
          "For photographs of children at events, see section 6.",
          "Volunteers who take photographs of children at events are checked like every other volunteer.",
        ),
      ),
    ).toEqual([]);
  });

  it("near miss: quiet on generic words", () => {
    expect(found(policy("For more information, see section 6."))).toEqual([]);
  });
});
