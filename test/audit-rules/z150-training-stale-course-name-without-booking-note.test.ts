/**
 * training-stale (held-out review of the forty-fourth session), in our own words; every name is invented; as of 1
 * December 2026. A deputy's record names the course, its completion in brackets, then a note of the next booking or
 * due date after a dash: "Callum Reeve: Safeguarding and Protecting Children (Sept 2022) – renewal booked for
 * 14/12/2026". The note is not part of the course's name: the finding says "Callum Reeve's most recent Safeguarding
 * and Protecting Children training is September 2022", not "… Children – renewal booked for 14/12/2026 training …".
 * The same for "– refresher due D", "– expires D" and "(booked for D)". A booking is no training: the 2022 course
 * still lapsed. Near misses: a course renewed in time stays quiet; a line with only the booking records no completion
 * (nothing lapsed); a dash inside the course's own name with no date after it stays in the name.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (trainingLine: string): SourceDocument[] => {
  const intro = [
    "The club's Welfare Officer is **Maren Oduya**. Her deputy is **Callum Reeve**, our Head Coach.",
    "Each squad also has a team parent. Team parents are not welfare officers.",
  ];
  const training = [
    "Maren Oduya: Welfare Officer course (Oct 2025); Safeguarding and Protecting Children (Feb 2024)",
    trainingLine,
  ];
  return [
    markdownDocument(
      [
        "# Larchfield Trampoline Club – Safeguarding Policy",
        "",
        "## 1. Who does what",
        "",
        ...intro,
        "",
        "## 2. Training",
        "",
        ...training,
        "",
        "## 3. Reporting",
        "",
        "Concerns go to Maren, or to Callum if Maren is away.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Larchfield Trampoline Club – Safeguarding Policy</h1>",
        "<h2>1. Who does what</h2>",
        ...intro.map((l) => `<p>${l.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`),
        "<h2>2. Training</h2>",
        ...training.map((l) => `<p>${l}</p>`),
        "<h2>3. Reporting</h2>",
        "<p>Concerns go to Maren, or to Callum if Maren is away.</p>",
      ].join("\n"),
    ),
  ];
};

const messages = (line: string) =>
  layouts(line).map((document) => ({
    format: document.format,
    found: run(trainingStale, document).map((f) => f.message),
  }));

describe("training-stale: a course's name stops before a booking or due note", () => {
  it.each([
    "Callum Reeve: Safeguarding and Protecting Children (Sept 2022) – renewal booked for 14/12/2026",
    "Callum Reeve: Safeguarding and Protecting Children (Sept 2022) – refresher due 03/2027",
    "Callum Reeve: Safeguarding and Protecting Children (Sept 2022) - renewal booked for 14 December 2026",
    "Callum Reeve: Safeguarding and Protecting Children (Sept 2022) — next refresher booked for January 2027",
    "Callum Reeve: Safeguarding and Protecting Children (Sept 2022) (booked for 14/12/2026)",
  ])("names the course alone, and the booking does not renew it: %s", (line) => {
    for (const { format, found } of messages(line)) {
      expect(found, format).toHaveLength(1);
      expect(found[0], format).toMatch(
        /^Callum Reeve's most recent Safeguarding and Protecting Children training is September 2022 — it lapsed at the end of September 2025/,
      );
    }
  });

  it("names the course alone before its own expiry note", () => {
    const line = "Callum Reeve: Safeguarding and Protecting Children (Sept 2022) – expires 09/2025";
    for (const { format, found } of messages(line)) {
      expect(found, format).toHaveLength(1);
      expect(found[0], format).toMatch(
        /^Callum Reeve's most recent Safeguarding and Protecting Children training is September 2022 — it /,
      );
      expect(found[0], format).not.toMatch(/expires|booked/);
    }
  });

  it("stays quiet: a course renewed in time, with its next booking noted", () => {
    const line =
      "Callum Reeve: Safeguarding and Protecting Children (Sept 2024) – renewal booked for 14/12/2027";
    for (const { format, found } of messages(line)) expect(found, format).toEqual([]);
  });

  it("stays quiet: a line with only the booking records no completion", () => {
    const line = "Callum Reeve: Safeguarding and Protecting Children – renewal booked for 14/12/2026";
    for (const { format, found } of messages(line)) expect(found, format).toEqual([]);
  });

  it("keeps a dash inside the course's own name when no date follows it", () => {
    const line = "Callum Reeve: Safeguarding – Due Diligence for Coaches (Sept 2022)";
    for (const { format, found } of messages(line)) {
      expect(found, format).toHaveLength(1);
      expect(found[0], format).toMatch(
        /^Callum Reeve's most recent Safeguarding – Due Diligence for Coaches/,
      );
    }
  });
});
