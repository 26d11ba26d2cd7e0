/**
 * placeholder-text (held-out set zz95, a Moravian kids' club and a model boat club), in our own words; every name is
 * invented. A concern form's instruction in round brackets and capitals — "(FILL IN EVERY BOX IN BLOCK CAPITALS)",
 * "(PLEASE WRITE CLEARLY IN BLACK INK)" — tells whoever fills the form in how to write: it is no value the policy
 * left out. Near misses: "(NAME OF SETTING)" and "(INSERT CLUB NAME)" in running text stay placeholders.
 * Also (held-out zz96): a registration number's prefix with X's for every digit after a number's label ("Ofsted
 * registration number: EYXXXXXX"), and words in square brackets inside an email or web address
 * ("welfare@[clubdomain].org.uk") are placeholders.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (line: string) => {
  const text = [
    "# Thornbury Lane Kids' Club — Safeguarding Policy",
    "",
    "Our Safeguarding Lead is Hannah Voss (07700 900 812).",
    "",
    "## Appendix: record of concern",
    "",
    line,
    "",
    "Child's name: Date:",
    "",
  ].join("\n");
  return excerpts(checkText(placeholderText, text, { asOf }), text);
};

describe("placeholder-text: a form's capitals instruction on how to fill it in", () => {
  it("is no placeholder", () => {
    expect(
      found("Use this form for every concern (FILL IN EVERY BOX IN BLOCK CAPITALS) and hand it to the lead."),
    ).toEqual([]);
    expect(found("Record what you saw (PLEASE WRITE CLEARLY IN BLACK INK) the same day.")).toEqual([]);
  });

  it("near misses: a value left out in capitals", () => {
    expect(found("Children at (NAME OF SETTING) are kept safe by everyone.")).toEqual(["(NAME OF SETTING)"]);
    expect(found("This policy applies to all volunteers at (INSERT CLUB NAME) events.")).toEqual([
      "(INSERT CLUB NAME)",
    ]);
  });
});

describe("placeholder-text: a registration number's prefix with X's for every digit (held-out zz96)", () => {
  it("is a placeholder after a number's label", () => {
    expect(found("Ofsted registration number: EYXXXXXX.")).toEqual(["EYXXXXXX"]);
    expect(found("Scottish Charity No. SCXXXXXX")).toEqual(["SCXXXXXX"]);
  });

  it("near miss: capitals ending in X's with no number's label", () => {
    expect(found("The club's kit comes in sizes S to XXXXL.")).toEqual([]);
  });
});

describe("placeholder-text: words in square brackets inside an address (held-out zz96)", () => {
  it("is a placeholder", () => {
    expect(found("Welfare email: welfare@[clubdomain].org.uk")).toEqual(["[clubdomain]"]);
    expect(found("Our website: www.[yourclub].org.uk/safeguarding")).toEqual(["[yourclub]"]);
  });

  it("near miss: a bracket after an address, and a Markdown link around one", () => {
    expect(found("Email welfare@thornbury.example.org [preferred] or ring 07700 900 812.")).toEqual([]);
    expect(found("See [www.thornbury.example.org](https://www.thornbury.example.org) for forms.")).toEqual(
      [],
    );
  });
});

describe("placeholder-text: one of an instruction's words alone is no instruction (review of the twenty-eighth session)", () => {
  it("keeps '(CIRCLE TIME LEADER)' in running text a placeholder", () => {
    const text =
      "# Thornbury Lane Kids' Club\n\n## Sessions\n\nCircle time is led by (CIRCLE TIME LEADER) each morning.\n";
    expect(excerpts(checkText(placeholderText, text, { asOf }), text)).toEqual(["(CIRCLE TIME LEADER)"]);
  });
});
