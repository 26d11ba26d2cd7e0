/**
 * A parents' question-and-answer page (Markdown definition-list style: a question line, then ": answer"), from the
 * hundred-and-second held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - "When was this page last checked?" / ": Last checked by the trustees on 05/03/2025. We go over it every year …":
 *   a last review by the policy's owners, and "it" in the next sentence is what was checked — due 5 March 2026.
 * - Not a last review: contacts "Last checked by the trustees on …" under a contacts heading; a look at "it" that
 *   is no interval's ("We look at it with new helpers every year": reading it); "it" that stands after another
 *   sentence.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/review-findings.js";

const asOf = "2026-12-01";
const findings = (text: string) => reviewFindings(text, { asOf });

const page = (heading: string, question: string, answer: string) =>
  [
    "# Staying safe at Puddleby Toddlers – what parents ask",
    "",
    "Puddleby Toddlers meets every Tuesday morning in the Scout hut.",
    "",
    "## The people",
    "",
    "Who looks after safeguarding?",
    ": Wren Abara, our Safeguarding Lead. Our deputy is Colm Tierney.",
    "",
    `## ${heading}`,
    "",
    question,
    `: ${answer}`,
    "",
  ].join("\n");

describe("a question-and-answer page's own last check", () => {
  it("dates the review from 'Last checked by the trustees on …' and 'We go over it every year'", () => {
    const text = page(
      "Odds and ends",
      "When was this page last checked?",
      "Last checked by the trustees on 05/03/2025. We go over it every year, and sooner if anything changes.",
    );
    expect(findings(text)).toEqual([
      ["review-overdue", expect.stringMatching(/5 March 2025.*every year.*5 March 2026/)],
    ]);
  });

  it("reads 'The committee looks at it once a year' after the last check too", () => {
    const text = page(
      "Odds and ends",
      "How up to date is this page?",
      "Last checked by the committee on 05/03/2025. The committee looks at it once a year.",
    );
    expect(findings(text)).toEqual([["review-overdue", expect.stringMatching(/5 March 2026/)]]);
  });
});

describe("not the page's review", () => {
  it("a contacts list's own last check is not the policy's", () => {
    const text = page(
      "Useful contacts",
      "Who else can I ring?",
      "The council's children's services on 01632 960111. Last checked by the trustees on 05/03/2025. We go over it every year.",
    );
    expect(findings(text).map(([id]) => id)).toEqual(["review-date-missing"]);
  });

  it("volunteers going over 'it' is reading it, not reviewing it", () => {
    const text = page(
      "Odds and ends",
      "When was this page last checked?",
      "Last checked by the trustees on 05/03/2025. Volunteers go over it every year at their induction.",
    );
    expect(findings(text).map(([id]) => id)).toEqual(["review-date-missing"]);
  });
});
