/**
 * From the sixty-sixth and sixty-seventh held-out sets (issue 11), in our own words; every name is invented.
 * - A field's label and its blank under an appendix headed "Recording a concern" ("Passed to the welfare officer on
 *   (date): …………") is a form's line filled in for each concern, as under "Concern form"; the same words after a
 *   role in running text ("Our Welfare Officer is (name): ……") still leave the lead's name out.
 * - "[EVENTS TEAM EMAIL]" wrapped over two lines (a PDF's text, a hard-wrapped paragraph) is one placeholder.
 * - "Match-day contact: [mobile]": a mobile number left as the template's word — not a link's words "[mobile](tel:…)".
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const found = (text: string, format: SourceDocument["format"] = "md") =>
  excerpts(checkText(placeholderText, text, { asOf, format }), text).map((e) => e.replace(/\s+/g, " "));

const intro = [
  "# Tarnbeck Junior Archery – Safeguarding Policy",
  "",
  "## 1. Who to tell",
  "",
  "Our Welfare Officer is Ines Coldwell (07700 900431).",
  "",
];

describe("placeholder-text: a concern's record under 'Recording a concern'", () => {
  const appendix = (heading: string, line: string) =>
    [
      ...intro,
      `## ${heading}`,
      "",
      "1. The young person's name and age.",
      "2. What you saw or heard.",
      "",
      line,
      "",
    ].join("\n");

  it("leaves a handover line's (date) field alone under the heading", () => {
    const line = "Passed to the welfare officer on (date): …………………";
    expect(found(appendix("Appendix 2 – Recording a concern", line))).toEqual([]);
    expect(found(appendix("Appendix 2 – Recording a concern", line).replace(/^## /gm, ""), "pdf")).toEqual(
      [],
    );
  });

  it("still reports the lead's name left out after a role there, and the field under another heading", () => {
    expect(
      found(appendix("Appendix 2 – Recording a concern", "Our Welfare Officer is (name): …………………")),
    ).toEqual(["(name)"]);
    expect(found(appendix("5. Trips and tours", "Passed to the welfare officer on (date): …………………"))).toEqual(
      ["(date)"],
    );
  });
});

describe("placeholder-text: capitals in square brackets wrapped over two lines", () => {
  const text = (body: string) => [...intro, body, ""].join("\n");

  it("reports the bracket once, in a PDF's text and a hard-wrapped paragraph", () => {
    const wrapped =
      "Author visits are booked through [EVENTS\nTEAM EMAIL] at least a month ahead, and parents are told.";
    expect(found(text(wrapped), "pdf")).toEqual(["[EVENTS TEAM EMAIL]"]);
    expect(found(text(wrapped), "md")).toEqual(["[EVENTS TEAM EMAIL]"]);
    const [message] = checkText(placeholderText, text(wrapped), { asOf, format: "pdf" }).map(
      (r) => r.message,
    );
    expect(message).toContain('"[EVENTS TEAM EMAIL]" is a placeholder');
  });

  it("leaves an editor's capitals alone, wrapped or not", () => {
    expect(
      found(text("The form is kept in the office [CONFIDENTIAL\nWHEN COMPLETED] by the secretary.")),
    ).toEqual([]);
  });
});

describe("placeholder-text: '[mobile]' where a number should be", () => {
  it("reports it as a field's value", () => {
    expect(
      found([...intro, "**At a match and need help?** Match-day contact: [mobile]", ""].join("\n")),
    ).toEqual(["[mobile]"]);
  });

  it("leaves a link's words alone", () => {
    expect(found([...intro, "Ring the coach on [mobile](tel:07700900431).", ""].join("\n"))).toEqual([]);
  });
});
