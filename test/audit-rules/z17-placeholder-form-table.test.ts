/**
 * From the seventeenth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - A form printed as a table, one field to a row, each label ending in a colon with the rest of the row left
 *   empty ("| Picked up by (name): |"): the empty space is the field's blank, and "(name)" says what to write in
 *   it. Under a form's heading it is no placeholder, as "(name): ______" already was not.
 * - Outside a form, or straight after a role whose holder the policy should name ("| Deputy Welfare Officer
 *   (name): |"), it is still a placeholder.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(body: string[]): string {
  return [
    "# Larkfield Climbing Wall — Safeguarding Policy",
    "",
    "## 1. Who to tell",
    "",
    "Our Welfare Officer is Priya Oduya (07700 900731); her deputy is Tomasz Brennan.",
    "",
    ...body.flatMap((line) => [line, ""]),
  ].join("\n");
}

const found = (text: string, format: SourceDocument["format"] = "md") =>
  excerpts(checkText(placeholderText, text, { asOf, format }), text);

const formats: SourceDocument["format"][] = ["md", "docx"];

describe("(name) in a form's table row, its colon ending the row", () => {
  it.each(formats)("is no placeholder under a form's heading (%s)", (format) => {
    const single = [
      "## 5. Accident and concern form",
      "",
      "| Concern record |",
      "| --- |",
      "| Climber's name: |",
      "| When it happened: |",
      "| Picked up by (name): |",
      "| Signature: |",
    ].join("\n");
    expect(found(policy([single]), format)).toEqual([]);
    const twoColumns = [
      "## Appendix B: Consent form",
      "",
      "| Field | Answer |",
      "| --- | --- |",
      "| Member's name: | |",
      "| People allowed to collect (names): | |",
      "| Date: | |",
    ].join("\n");
    expect(found(policy([twoColumns]), format)).toEqual([]);
  });

  it.each(formats)("is still a placeholder outside a form, or after a role (%s)", (format) => {
    const contacts = ["| Who to tell |", "| --- |", "| Passed on to (name): |"].join("\n");
    expect(found(policy([contacts]), format)).toEqual(["(name)"]);
    const role = [
      "## 5. Concern form",
      "",
      "| Concern record |",
      "| --- |",
      "| Deputy Welfare Officer (name): |",
    ].join("\n");
    expect(found(policy([role]), format)).toEqual(["(name)"]);
    const filled = [
      "## 5. Concern form",
      "",
      "| Concern record |",
      "| --- |",
      "| Taken by (name): Priya Oduya |",
    ].join("\n");
    expect(found(policy([filled]), format)).toEqual(["(name)"]);
  });
});
