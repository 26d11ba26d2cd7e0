/**
 * empty-link (issue 11, review 10 of 486ac37), in our own words. A paragraph that merely mentions cookies
 * ("Cookies and photographs: …", "we bake cookies") is not a cookie banner: its "[OK](#)" is an empty link of the
 * policy's own. A banner says what a banner says — "we use cookies", "this website uses cookies", "accept
 * cookies", "cookie settings" — and its buttons stay silent (486ac37). As of 3 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-03";
const found = (line: string) => {
  const text = [
    "# Acorn Scouts — Safeguarding Policy",
    "",
    "Our welfare officer is Ann Bray.",
    "",
    line,
    "",
  ].join("\n");
  return excerpts(checkText(emptyLink, text, { asOf }), text);
};

describe("a paragraph that mentions cookies without being a banner", () => {
  it.each([
    ["Cookies and photographs: we never photograph children. If unsure, [OK](#) ask the leader.", "[OK](#)"],
    ["At the bake sale we sell cookies; volunteers [Accept](#) the food hygiene rules.", "[Accept](#)"],
    ["No cookie or sweet is given without a parent's consent. [Close](#)", "[Close](#)"],
  ])("keeps its empty links: %s", (line, link) => {
    expect(found(line)).toEqual([link]);
  });

  it.each([
    "We use cookies on this site. [Accept](#) [Settings](#)",
    "We use essential cookies to make this site work. [OK](#)",
    "This website uses cookies. [Accept all](#) [Reject all](#)",
    "Our site uses cookies to improve your visit. [Got it](#)",
    "By using this website you agree to our use of cookies. [OK](#)",
    "Please accept cookies to continue. [Accept](#) [Decline](#)",
    "Change your cookie settings at any time. [Settings](#) [Close](#)",
    "Choose your cookie preferences. [Manage preferences](#)",
  ])("near miss: a banner's buttons stay silent: %s", (line) => {
    expect(found(line)).toEqual([]);
  });
});
