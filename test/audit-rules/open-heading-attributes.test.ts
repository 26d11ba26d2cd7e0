/**
 * Pandoc's attribute block after a Markdown heading, written in any of the orders pandoc reads (issue 11, review2
 * finding 2): the class before the id, spaces inside the braces, several classes, key=value pairs. The heading
 * is reached by its id, so a link to it is no empty link; a link to the words' slug, or to an id no heading has,
 * still is. Every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { headingAttributes } from "../../src/audit/document/heading-attributes.js";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

describe("a heading's pandoc attributes in any order", () => {
  it("reads the id after a class, inside spaces, among classes and key=value pairs", () => {
    expect(headingAttributes("Outings {.unnumbered #outings}")).toEqual({ words: "Outings", id: "outings" });
    expect(headingAttributes("Cameras { #cameras }")).toEqual({ words: "Cameras", id: "cameras" });
    expect(headingAttributes("Rotas {.a .b #rotas lang=cy}")).toEqual({ words: "Rotas", id: "rotas" });
    expect(headingAttributes('Forms {data-x="two words" #forms}')).toEqual({ words: "Forms", id: "forms" });
    expect(headingAttributes("Notes {.unnumbered}")).toEqual({ words: "Notes" });
    expect(headingAttributes("Notes { - }")).toEqual({ words: "Notes" });
  });

  it("leaves braces that are not attributes alone", () => {
    expect(headingAttributes("Who to call {see below}")).toBeUndefined();
    expect(headingAttributes("Sets {1, 2}")).toBeUndefined();
    expect(headingAttributes("Empty {}")).toBeUndefined();
    expect(headingAttributes("Hash { # }")).toBeUndefined();
  });

  it("a link to such a heading's id is not empty; to its words' slug, or to another id, it is", () => {
    const document = markdownDocument(
      [
        "# Bracken Hill Playgroup — Safeguarding",
        "",
        "See [outings](#outings), [cameras](#cameras), [rotas](#rotas) and [helpers](#helpers).",
        "",
        "Not [the outings heading](#days-out), nor [the camera words](#using-cameras), nor [a gap](#gaps).",
        "",
        "## Days out {.unnumbered #outings}",
        "",
        "Text.",
        "",
        "## Using cameras { #cameras }",
        "",
        "Text.",
        "",
        "## Staff rotas {.print .wide #rotas data-owner=office}",
        "",
        "Text.",
        "",
        "## Parent helpers {#helpers}",
        "",
        "Text.",
      ].join("\n"),
    );
    expect(found(run(emptyLink, document), document)).toEqual([
      "[the outings heading](#days-out)",
      "[the camera words](#using-cameras)",
      "[a gap](#gaps)",
    ]);
  });
});
