/**
 * Review shapes from the hundredth held-out set, in our own words; every name is invented. As of 1 December 2026.
 * - Plain words: "We look at the policy every year …; it was last looked at in March 2025" — a last review, so the
 *   yearly interval gives a due date.
 * - The document called by its title's first noun: "These conditions were approved … on …" under a title
 *   "Conditions of Use" — an approval, counted with "reviewed annually".
 * - A table cell of paragraphs joined by <br><br>: "The trustees adopted the updated policy on … and review it every
 *   year." — the adoption in the cell dates the interval.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings, reviewPolicy } from "../helpers/review-findings.js";

const asOf = "2026-12-01";
const findings = (text: string, format: "md" | "pdf" = "md") => reviewFindings(text, { asOf, format });

const doc = (title: string, ...body: string[]) => reviewPolicy("Priya Lantern", title, ...body);

describe("a review told in plain words", () => {
  it("counts a year from 'it was last looked at in March 2025'", () => {
    const text = doc(
      "Tarnfield Judo Juniors – Keeping Children Safe",
      "**How we keep this up to date.** We look at the policy every year in the Easter holidays; it was last looked at in March 2025, when we added a part about away trips.",
    );
    expect(findings(text)).toEqual([["review-overdue", expect.stringMatching(/March 2025/)]]);
  });
});

describe("'it was last looked at' about another document", () => {
  for (const sentence of [
    "This policy refers to the pool risk assessment. It was last looked at in May 2020 by the leisure centre. This policy is reviewed every year.",
    "This policy sits alongside our code of conduct, which all swimmers sign; it was last looked at in May 2020. This policy is reviewed every year.",
  ])
    it(`is not the policy's last review: "${sentence.slice(0, 50)}…"`, () => {
      expect(findings(doc("Tarnfield Swimming Club – Safeguarding Policy", sentence))).toEqual([
        ["review-date-missing", expect.stringContaining('"every year"')],
      ]);
    });
});

describe("the document named by its title's first noun", () => {
  it("dates the review from 'These conditions were approved … on …' under 'Conditions of Use'", () => {
    const text = doc(
      "Tarnfield Village Hall – Conditions of Use",
      "These conditions were approved by the trustees on 9 April 2026 and are reviewed annually at the trustees' April meeting.",
    );
    expect(findings(text)).toEqual([]);
  });

  it("dates 'These terms were agreed …' under 'Terms of Membership'", () => {
    const text = doc(
      "Tarnfield Rowing Juniors – Terms of Membership",
      "These terms were agreed by the committee on 3 February 2025 and are reviewed every year.",
    );
    expect(findings(text)).toEqual([["review-overdue", expect.stringMatching(/3 February 2025/)]]);
  });

  it("does not take another body's conditions", () => {
    const text = doc(
      "Tarnfield Village Hall – Conditions of Use",
      "The insurer's conditions were approved by the council on 9 April 2026. This document is reviewed annually.",
    );
    expect(findings(text)).toEqual([["review-date-missing", expect.stringContaining('"annually"')]]);
  });
});

describe("a title noun in a bold subtitle under the setting's name", () => {
  it("dates 'These conditions were approved …' under '**Conditions of Booking**'", () => {
    const text = [
      "# Tarnfield Scout Hut",
      "",
      "**Conditions of Booking**",
      "",
      "These conditions were approved by the trustees on 2 April 2025 and are reviewed annually.",
      "",
      "## 1. Who to tell",
      "",
      "Tell the welfare officer, Priya Lantern, the same day.",
      "",
    ].join("\n");
    expect(findings(text)).toEqual([["review-overdue", expect.stringMatching(/2 April 2025/)]]);
  });
});

describe("an adoption in the active voice", () => {
  it("dates the review from 'The trustees adopted this policy on …' after a placeholder that ends the paragraph", () => {
    // A Word cell's paragraphs come joined by a space.
    const text = doc(
      "Tarnfield Chapel – Safeguarding Policy",
      "Our full policy is online: [ADD LINK] The trustees adopted this policy on 20 January 2026 and review it every year.",
    );
    expect(findings(text)).toEqual([["review-due-soon", expect.stringMatching(/adopted 20 January 2026/)]]);
  });

  it("reads a PDF's wrapped lines", () => {
    const text = doc(
      "Tarnfield Chapel – Safeguarding Policy",
      "Our full policy is on the notice board.\nThe trustees adopted the updated policy on\n20 January 2026 and review it every\nyear.",
    );
    expect(findings(text, "pdf")).toEqual([
      ["review-due-soon", expect.stringMatching(/adopted 20 January 2026/)],
    ]);
  });

  for (const sentence of [
    "All volunteers agreed the policy on 20 January 2026. This policy is reviewed every year.",
    "The county council adopted the policy on 20 January 2026. This policy is reviewed every year.",
    "The committee adopted our policy on phones in January 2026. This policy is reviewed every year.",
    "Staff who have read and agreed the policy on 20 January 2026 sign below. This policy is reviewed every year.",
    // A national body's adoption of the model policy the setting follows (review of zz100's fix).
    "The national governing body approved the policy on 4 June 2020. This policy is reviewed every year.",
    "The Scout Association adopted the updated policy in May 2020. This policy is reviewed every year.",
  ])
    it(`takes no approval of the policy from "${sentence.slice(0, 50)}…"`, () => {
      expect(findings(doc("Tarnfield Chapel – Safeguarding Policy", sentence))).toEqual([
        ["review-date-missing", expect.stringContaining('"every year"')],
      ]);
    });
});

describe("an adoption in a table cell of <br> paragraphs", () => {
  it("dates the yearly review from the adoption at the cell's end", () => {
    const text = doc(
      "Tarnfield Chapel – Safeguarding at Toddler Praise",
      "| From our safeguarding officer | What to do |\n| --- | --- |\n| I have looked after safeguarding here since the spring.<br><br>Our full policy is on the notice board and online: [ADD LINK]<br><br>The trustees adopted the updated policy on 20 January 2026 and review it every year. | Listen, write it down, and tell us the same day.<br><br>If a child is in danger now, ring 999. |",
    );
    expect(findings(text)).toEqual([["review-due-soon", expect.stringMatching(/20 January 2026/)]]);
  });
});
