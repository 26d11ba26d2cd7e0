/**
 * training-stale (held-out set zz70), in our own words; every name is invented. As of 1 December 2026.
 * A course in a profession's own law (a journalist's media law, an employer's employment law, copyright,
 * defamation) is not safeguarding training, whatever its date, unless it names safeguarding too.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function withEntry(entry: string): string {
  return [
    "# Hollowmere Gazette Young Reporters – Safeguarding",
    "",
    "Designated Safeguarding Lead: Nell Varga, Editor",
    "",
    "## Training",
    "",
    "- Nell Varga – Designated Safeguarding Lead training – 12/6/25",
    entry,
    "",
  ].join("\n");
}

const staleMessages = (text: string) => checkText(stale, text, { asOf, format: "md" }).map((f) => f.message);

describe("a course in a profession's own law is not safeguarding training", () => {
  it.each([
    "- Nell Varga – Media Law refresher (journalism council) – 2/2/22",
    "- Nell Varga – Employment Law update – 14/03/2021",
    "- Nell Varga – Copyright and Defamation workshop – 2/2/22",
  ])("is never stale: %s", (entry) => {
    expect(staleMessages(withEntry(entry))).toEqual([]);
  });

  it("near miss: a course on the law that names safeguarding or child protection lapses", () => {
    expect(staleMessages(withEntry("- Nell Varga – Safeguarding and the Law – 2/2/22")).join(" ")).toMatch(
      /Nell Varga.*lapsed/,
    );
    expect(staleMessages(withEntry("- Nell Varga – Child Protection Law update – 2/2/22")).join(" ")).toMatch(
      /Nell Varga.*lapsed/,
    );
  });
});

describe("a safeguarding course that also covers the law (review of zz70's fix)", () => {
  it.each([
    "- Nell Varga – Online Safety, Copyright and Images workshop – 14/05/2022",
    "- Nell Varga – Safer Recruitment and Employment Law training – 14/05/2022",
  ])("still counts, and lapses: %s", (entry) => {
    expect(staleMessages(withEntry(entry)).join(" ")).toMatch(/Nell Varga.*lapsed/);
  });
});
