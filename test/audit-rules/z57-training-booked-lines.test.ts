/**
 * training-missing (held-out set zz57), in our own words; every name is invented. As of 1 December 2026.
 * Training listed a line a person ("Name – course, date"): a deputy whose only entry is a course still to come
 * ("none recorded yet; booked on Level 3 for 10th February 2027", "Level 3 DSL training booked for February 2027")
 * has completed none, as in a training table. A lead with a past course and a booking is unaffected, and the booking
 * is not the course's latest completion (training-stale still judges the past one).
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(
  deputyLine: string,
  leadLine = "Joanne Pennock – Level 3 Designated Safeguarding Lead, 4th March 2026",
) {
  return [
    "# Crowhurst Farm Fun Park — Safeguarding Policy",
    "",
    "## 2. Safeguarding team",
    "",
    "Safeguarding Manager (DSL): Joanne Pennock, Park Manager – 01632 960 870",
    "Deputy DSL: Stuart Hebden (Rides Supervisor) – 01632 960 871",
    "",
    "## 3. Training",
    "",
    leadLine,
    deputyLine,
    "",
  ].join("\n");
}

describe("a lead whose only training line is a booking", () => {
  it("is reported as having no completed training, on the booking line", () => {
    for (const line of [
      "Stuart Hebden – none recorded yet; booked on Level 3 for 10th February 2027",
      "Stuart Hebden – Level 3 DSL training booked for February 2027",
      "Stuart Hebden – booked onto the DSL course on 9 March 2027",
    ]) {
      const text = policy(line);
      const found = checkText(missing, text, { asOf, format: "md" });
      expect([line, ...found.map((f) => f.message)]).toEqual([
        line,
        expect.stringMatching(
          /^The policy records no completed safeguarding training for Stuart Hebden — the only course listed is booked for (?!on )[^;]*2027; a deputy designated safeguarding lead needs the training/,
        ),
      ]);
      expect(checkText(undated, text, { asOf, format: "md" })).toEqual([]);
    }
  });

  it("a past course and a booking: no training-missing, and the past course is still judged", () => {
    const text = policy(
      "Stuart Hebden – Level 3 Designated Safeguarding Lead, 12th September 2025; refresher booked on Level 3 for 10th February 2027",
      "Joanne Pennock – Level 3 Designated Safeguarding Lead, 4th March 2024; booked on Level 3 for 21st January 2027",
    );
    expect(checkText(missing, text, { asOf, format: "md" })).toEqual([]);
    expect(checkText(stale, text, { asOf, format: "md" }).map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^Joanne Pennock's most recent .* is dated 4 March 2024 — it lapsed on 4 March 2026/,
      ),
    ]);
  });
});

describe("a booking's words before a completion's date (review SHOULD 4)", () => {
  for (const line of [
    "Stuart Hebden – Level 3 DSL training, booked on the council's portal and completed on 12 March 2021",
    "Stuart Hebden – Level 3 DSL training, booked in June, attended on 12 March 2021",
    "Stuart Hebden – Level 3 DSL training, booked onto the course and passed on 12 March 2021",
  ])
    it(`"…${line.split("training, ")[1]}" is a course completed on that date, judged as lapsed`, () => {
      const found = checkText(stale, policy(line), { asOf, format: "md" });
      expect(found.map((f) => f.message)).toEqual([
        expect.stringMatching(/^Stuart Hebden's most recent .* is dated 12 March 2021/),
      ]);
    });
});
