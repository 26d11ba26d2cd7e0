/**
 * empty-link (issue 11, review 11 of 1cf7c10), in our own words; every name is invented. A cookie banner saved with
 * a policy's web page says it in many ways — "We use necessary, analytics and marketing cookies", "This website
 * stores cookies on your computer", "We and our partners use cookies", "Cookies help us run this website", GOV.UK's
 * "We'd like to set additional cookies … [Accept additional cookies](#)" — and its buttons link to "#" for a
 * script: not the policy's links. A paragraph about cookies with no word of a web page ("Cookies and photographs:
 * … [OK](#) …", a bake sale) is the policy's own and keeps its empty link (review11-cookie-word-not-banner).
 * As of 3 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-03";
const found = (line: string) => {
  const text = [
    "# Kestrel Lane Cubs — Safeguarding Policy",
    "",
    "Our welfare officer is Priya Dunmore.",
    "",
    line,
    "",
    "All leaders follow this policy.",
    "",
  ].join("\n");
  return excerpts(checkText(emptyLink, text, { asOf }), text);
};

describe("a cookie banner in other words", () => {
  it.each([
    "We use necessary, analytics and marketing cookies to run this site. [Accept all](#) [Reject all](#)",
    "This website stores cookies on your computer. [Accept](#) [Decline](#)",
    "We and our partners use cookies to personalise content. [I agree](#)",
    "Cookies help us run this website. By carrying on you agree. [Got it](#)",
    "We have placed cookies on your device to help make this website better. [OK](#)",
    "Cookies on the Kestrel Lane Cubs website. [Accept](#) [Settings](#)",
    "This site uses essential and analytics cookies. [Accept](#)",
    "We'd like to set additional cookies to understand how you use this site. [Accept additional cookies](#) [Reject additional cookies](#)",
    "Some cookies are set by third-party services on this site. [Hide this message](#)",
  ])("keeps its buttons silent: %s", (line) => {
    expect(found(line)).toEqual([]);
  });
});

describe("near miss: cookies in the policy's own words", () => {
  it.each([
    [
      "Cookies and photographs: we bake with the children and never photograph them. If unsure, [OK](#) ask the leader.",
      ["[OK](#)"],
    ],
    ["Cookies are handed out after the session with a parent's consent. [Got it](#)", ["[Got it](#)"]],
    ["We bake cookies for the summer fair; helpers [Accept](#) the hygiene rules.", ["[Accept](#)"]],
  ])("keeps its empty links: %s", (line, links) => {
    expect(found(line)).toEqual(links);
  });

  it("a banner's paragraph still reports a link that is no button", () => {
    expect(found("This website stores cookies on your computer. See our [privacy notice](#).")).toEqual([
      "[privacy notice](#)",
    ]);
  });
});
