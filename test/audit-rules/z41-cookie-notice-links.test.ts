import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

// A policy saved from its web page keeps the site's cookie banner: its buttons link to "#" because a script
// handles them. They are the site's controls, not the policy's links (issue 11).
describe("empty-link: a cookie notice's buttons", () => {
  it("does not report the buttons of a cookie banner above the policy", () => {
    const text = [
      "[Home](/) | [About us](/about/)",
      "",
      "This site uses cookies to improve your visit. [Accept all](#) [Reject](#) [Manage cookies](#)",
      "",
      "# Safeguarding Policy",
      "",
      "Our welfare officer is Ann Bray.",
    ].join("\n");
    expect(excerpts(checkText(emptyLink, text, { asOf }), text)).toEqual([]);
  });

  it("does not report an OK button of a consent notice at the foot of the page", () => {
    const text = [
      "# Safeguarding Policy",
      "",
      "Our welfare officer is Ann Bray.",
      "",
      "By using this website you agree to our use of cookies. [OK](#)",
    ].join("\n");
    expect(excerpts(checkText(emptyLink, text, { asOf }), text)).toEqual([]);
  });

  it("still reports an empty link in the policy's own text, and a cookie paragraph's other empty links", () => {
    const text = [
      "# Safeguarding Policy",
      "",
      "Read our [online safety guidance](#) before the first session. [Accept](#) the code of conduct.",
      "",
      "Our website uses cookies; see the [privacy notice](#) for details.",
    ].join("\n");
    expect(excerpts(checkText(emptyLink, text, { asOf }), text)).toEqual([
      "[online safety guidance](#)",
      "[Accept](#)",
      "[privacy notice](#)",
    ]);
  });
});
