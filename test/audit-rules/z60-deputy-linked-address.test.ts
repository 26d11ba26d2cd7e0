/**
 * deputy-missing on a Word file whose lead and deputy lines give an email address as a hyperlink: "Deputy Community
 * Safety Lead: Ellie Fraser (deputy.safety@…, 07700 900 813)". The Word reader writes a link shown as its own address
 * the way Markdown does, "(<deputy.safety@…>", and the brackets hid the words next to the name from the lead reader:
 * the Markdown copy of the policy found the deputy, the Word copy did not. From the sixtieth held-out set (issue 11),
 * in our own words; every name and address is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const LEAD = "Our Community Safety Lead is Jordan Mbeki";
const DSL = "Jordan is the club's designated safeguarding lead.";

/** The policy as Markdown, with each address as written (plain or <autolink>). */
function markdown(address: (email: string) => string): string {
  return [
    "# Pixel Harbour Gaming Club: Keeping Players Safe",
    "",
    `${LEAD} (${address("community.safety@pixelharbour.example.org")}, 07700 900 812). ${DSL}`,
    "",
    `Deputy Community Safety Lead: Ellie Fraser (${address("deputy.safety@pixelharbour.example.org")}, 07700 900 813).`,
    "",
    "Moderators pass every concern to the Community Safety Lead.",
    "",
  ].join("\n");
}

/** The same policy as the Word reader's HTML: each address a mailto link showing itself. */
function wordHtml(): string {
  const link = (email: string) => `<a href="mailto:${email}">${email}</a>`;
  return [
    "<h1>Pixel Harbour Gaming Club: Keeping Players Safe</h1>",
    `<p>${LEAD} (${link("community.safety@pixelharbour.example.org")}, 07700 900 812). ${DSL}</p>`,
    `<p>Deputy Community Safety Lead: Ellie Fraser (${link("deputy.safety@pixelharbour.example.org")}, 07700 900 813).</p>`,
    "<p>Moderators pass every concern to the Community Safety Lead.</p>",
  ].join("");
}

const plain = (email: string) => email;
const autolink = (email: string) => `<${email}>`;

describe("an email address written as a link reads as the address", () => {
  it("the Markdown copy with plain addresses names the deputy (as before)", () => {
    expect(namesFor(markdown(plain), "md", "deputy")).toEqual(["Ellie Fraser"]);
    expect(checkText(deputyMissing, markdown(plain), { asOf })).toHaveLength(0);
  });

  it("the Word copy, its addresses hyperlinks, names the same deputy", () => {
    expect(namesFor(wordHtml(), "html", "deputy")).toEqual(["Ellie Fraser"]);
    expect(checkText(deputyMissing, wordHtml(), { asOf, format: "html" })).toHaveLength(0);
  });

  it("a Markdown autolink (<address>) reads as the plain address", () => {
    expect(namesFor(markdown(autolink), "md", "deputy")).toEqual(["Ellie Fraser"]);
    expect(checkText(deputyMissing, markdown(autolink), { asOf })).toHaveLength(0);
  });

  it("near miss: with no deputy line the Word copy still gets its warning", () => {
    const html = wordHtml().replace(/<p>Deputy[^<]*<a [^<]*<\/a>[^<]*<\/p>/, "");
    expect(namesFor(html, "html", "deputy")).toEqual([]);
    expect(checkText(deputyMissing, html, { asOf, format: "html" })).toHaveLength(1);
  });
});
