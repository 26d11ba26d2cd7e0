/**
 * An HTML comment in a Markdown policy is never shown: a note to the writer, or a header line only the Word copy
 * prints. A placeholder inside one is not in the policy a reader sees; the same words in the text are.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("placeholder-text and Markdown comments", () => {
  it("a placeholder inside a comment line is not reported; the same words shown are", () => {
    const text = [
      "<!-- header: Brightmoor Lettings – Draft 2 – Insert Month Approved 2026 -->",
      "# Safeguarding policy",
      "",
      "<!-- Enter Date once the trustees have met -->",
      "",
      "Version 2, Insert Month 2026.",
      "",
    ].join("\n");
    expect(excerpts(checkText(placeholderText, text, { asOf, format: "md" }), text)).toEqual([
      "Insert Month",
    ]);
    const found = checkText(placeholderText, text, { asOf, format: "md" });
    expect(found).toHaveLength(1);
    expect(found[0].offset).toBe(text.indexOf("Version 2, Insert Month") + "Version 2, ".length);
  });

  it("a comment left open hides the rest of the file, as a Markdown viewer does", () => {
    const text = "# Policy\n\nLead: Ana Reyes\n\n<!-- old draft\n\nDeputy: [insert name]\n";
    expect(checkText(placeholderText, text, { asOf, format: "md" })).toEqual([]);
  });

  it("a plain-text file has no comments: the same line there is the policy's own words", () => {
    const text = "Safeguarding policy\n\n<!-- Insert Month -->\n";
    expect(excerpts(checkText(placeholderText, text, { asOf, format: "txt" }), text)).toEqual([
      "Insert Month",
    ]);
  });
});
