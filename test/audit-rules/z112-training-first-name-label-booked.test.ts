/**
 * Training read from the held-out set zz112's layout (review of the thirty-fifth session), in our own words; every
 * name and setting is invented. As of 1 December 2026.
 * Each lead's training on a line opened by their first name and a colon, one with a date, the other only booked:
 * "Ann: DSL refresher (CVS), 27.02.2025" / "Ben: DSL refresher – booked for January". A line with no date on it
 * cannot hold a date that went unread: Ann's dated line is still hers, so her older course from 2022 is not her most
 * recent. While a labelled line holds a date that cannot be read ("2025-31-31"), the dated lines stay nobody's (as
 * before: which line is whose is then unsure).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (deputyLine: string) =>
  [
    "# Westbrook Community Orchestra — Safeguarding Policy",
    "",
    "## 2. Who to speak to",
    "",
    "Safeguarding Lead – Ann Corrigan (Librarian), 07700 900 731",
    "",
    "Deputy Safeguarding Lead – Ben Ashdown (Conductor), 07700 900 732",
    "",
    "Ann Corrigan completed Level 3 designated lead training in March 2022.",
    "",
    "Ann: DSL refresher (CVS), 27.02.2025",
    deputyLine,
    "",
    "Players' parents are told who the leads are when their child joins.",
    "",
    "## 3. Recognising concerns",
    "",
    "Anyone who notices something that worries them tells the Safeguarding Lead the same day.",
    "",
  ].join("\n");

describe("a lead's first-name line beside another's booked course", () => {
  it("keeps the dated line the lead's: the 2022 course is not her most recent", () => {
    const doc = policy("Ben: DSL refresher – booked for January");
    const stale = checkText(trainingStale, doc, { asOf });
    expect(stale.map((f) => f.message)).toEqual([]);
  });

  it("a labelled line with a date that cannot be read still gives the dated lines to nobody", () => {
    const doc = policy("Ben: DSL refresher (CVS), 2025-31-31");
    const stale = checkText(trainingStale, doc, { asOf });
    // Ann's 2025 line is nobody's while Ben's date went unread: her 2022 course is the one left that is hers.
    expect(stale.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Ann Corrigan's most recent .* March 2022/),
    ]);
  });
});
