/**
 * placeholder-text (held-out set zz118), in our own words; every name is invented. "West: to be appointed", "Deputy
 * Safeguarding Lead: to be appointed" says a post is empty — like "vacant", a fact about the post (deputy-missing or
 * lead-missing say so), not a template's words left unfilled. "To be confirmed", "TBC" and "to be announced" still
 * are: the value exists and was not written in.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const policy = (line: string) =>
  [
    "# Trailhead Coaching – Safeguarding Policy",
    "",
    "## 2. Who to talk to",
    "",
    "Head of Safeguarding: Marcus Hale, 07700 900 601.",
    "",
    line,
    "",
  ].join("\n");
const found = (text: string) =>
  checkText(placeholderText, text, { asOf: "2026-12-01" }).map((f) => f.excerpt);

describe("placeholder-text: a post to be appointed", () => {
  it("is no placeholder", () => {
    for (const line of ["- West: to be appointed", "Deputy Safeguarding Lead: to be appointed."])
      expect(found(policy(line)), line).toEqual([]);
  });
  it("a value to be confirmed still is", () => {
    expect(found(policy("- West: to be confirmed"))).toEqual(["to be confirmed"]);
    expect(found(policy("Deputy Safeguarding Lead: TBC"))).toEqual(["TBC"]);
    // A post outside the setting always has a holder: its name left unwritten (review of the session).
    expect(found(policy("Local authority designated officer (LADO): to be appointed"))).toEqual([
      "to be appointed",
    ]);
  });
});
