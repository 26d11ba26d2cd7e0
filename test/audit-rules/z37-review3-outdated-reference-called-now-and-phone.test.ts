/**
 * outdated-reference (review of the thirty-seventh session), in our own words; every name is invented. "What … called"
 * and "used to call" name an old title as history only in the past, with its namer: "what the framework called the
 * lead practitioner", "the role it used to call the lead practitioner". "What is called the Local Safeguarding
 * Children Board" is the policy's own present name for it, and "the number you used to call the Board" or "the
 * office phone, used to call the Board" is a telephone call — all still out of date.
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/outdated-reference.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const found = (sentence: string) =>
  run(
    rule,
    markdownDocument(
      `# Safeguarding Policy – Kestrel Lane Judo Club\n\n## Reporting\n\nStaff tell the welfare officer the same day. ${sentence}\n`,
    ),
  ).filter((f) => /Local Safeguarding Children Board|lead practitioner/i.test(f.message));

describe("'what … called' and 'used to call' as history only in the past, with a namer", () => {
  it("still warns on a present name or a telephone call", () => {
    for (const text of [
      "The welfare officer refers to what is called the Local Safeguarding Children Board if a child is at risk.",
      "Write down the number you used to call the Local Safeguarding Children Board.",
      "The club phone, used to call the Local Safeguarding Children Board at weekends, stays in the office.",
    ])
      expect(found(text), text).toHaveLength(1);
  });

  it("stays quiet on history with its namer", () => {
    for (const text of [
      "Our safeguarding partners took over from what was called the Local Safeguarding Children Board.",
      "Our safeguarding partners replaced what the government called the Local Safeguarding Children Board.",
      "The partnership does the work they used to call the Local Safeguarding Children Board's.",
    ])
      expect(found(text), text).toEqual([]);
  });
});
