/**
 * Review 7 of issue 11: a finding's quoted place reads as the reader sees it — a Markdown table cell's "<br>" line
 * breaks are spaces there, not raw HTML ("due for<br>review | <br><br>15/01/2026").
 */
import { describe, expect, it } from "vitest";
import { excerpt } from "../../src/audit/rules/helpers.js";

describe("a finding's excerpt", () => {
  it("shows a cell's <br> as a space", () => {
    const text = "| Next due for<br>review | <br><br>15/01/2026 |";
    expect(excerpt(text, 2, text.length - 2)).toBe("Next due for review | 15/01/2026");
    expect(excerpt("one<br/>two<BR />three", 0, 22)).toBe("one two three");
  });

  it("near miss: other text is kept as it is", () => {
    expect(excerpt("Reviewed  on\n1 May 2026", 0, 23)).toBe("Reviewed on 1 May 2026");
  });
});
