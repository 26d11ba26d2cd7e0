/**
 * A policy's title wrapped over two lines in a PDF, right above a contacts card (issue 11, the seventy-sixth held-out
 * set, in our own words; every name is invented): "Keeping Young Ramblers" / "Safe: Safeguarding Policy" /
 * "Safeguarding Lead Deputy Safeguarding Leads". The title's words before the role ("Ramblers Safe") are no person: "Keeping", "Safe" and
 * "Safely" are words of a safeguarding title, never of a name.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(title: string[]): string {
  return [
    ...title,
    "Safeguarding Lead Deputy Safeguarding Leads",
    "Olwen Prys",
    "Route Coordinator",
    "07700 900 111",
    "",
    "## Training",
    "",
    "- Olwen Prys — Designated Safeguarding Lead training, 3 March 2025",
    "",
  ].join("\n");
}

describe("a wrapped title's words before the lead's role are no name", () => {
  for (const title of [
    ["Keeping Young Ramblers", "Safe: Safeguarding Policy"],
    ["Walking Safely With", "Young Ramblers: Safeguarding Policy", "Keeping"],
  ])
    it(title.join(" / "), () => {
      const text = policy(title);
      const named = analyse(toDocument(text, "pdf")).leads.flatMap((m) => m.names ?? []);
      expect(named.filter((n) => /Safe|Keeping/.test(n))).toEqual([]);
      const missing = checkText(trainingMissing, text, { asOf, format: "pdf" }).map((d) => d.message);
      expect(missing.filter((m) => /Safe\b|Keeping/.test(m))).toEqual([]);
    });
});
