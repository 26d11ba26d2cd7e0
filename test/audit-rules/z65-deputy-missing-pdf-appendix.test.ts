/**
 * deputy-missing in a PDF's per-school appendices (issue 11, the sixty-fifth held-out set, in our own words; every
 * name is invented). A trust's policy gives each school an appendix with its lead, its deputies and its governor,
 * one school's deputy "TBC". The Markdown and Word files read each appendix's lines apart; a PDF's text runs a
 * page's lines together, so the school's lead and the blank stand on one line with the other schools' leads and
 * deputies. The appendix headings still part the schools: the blank is still the school's missing deputy.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function pdf(blank: string): SourceDocument {
  const headings = [
    "Appendix A – Larkhill Primary School",
    "Appendix B – Wendover Road Academy",
    "Appendix C – Larkhill High School",
  ];
  const text = [
    "Fernleigh Schools Trust · Child Protection Policy",
    headings[0],
    "Designated Safeguarding Lead: Mrs Odile Pranter, Headteacher (01632 960 301)",
    "Deputy Designated Safeguarding Lead: Mr Cyril Hatherley, Deputy Headteacher",
    "Safeguarding governor: Mr Ivo Sandell",
    headings[1],
    "Designated Safeguarding Lead: Mr Baz Quennell, Deputy Headteacher (01632 960 341)",
    `Deputy Designated Safeguarding Lead: ${blank}`,
    "Safeguarding governor: Mrs Ulla Fenwick",
    headings[2],
    "Designated Safeguarding Lead: Ms Thea Marchbank, Assistant Headteacher (01632 960 371)",
    "Deputy Designated Safeguarding Lead: Mr Anwar Pellow, Head of Year 9",
    "",
  ].join("\n");
  return {
    file: "policy.pdf",
    format: "pdf",
    text,
    outline: {
      headings: headings.map((h) => {
        const offset = text.indexOf(h);
        return { depth: 2, text: h, offset, endOffset: offset + h.length };
      }),
      links: [],
      anchors: [],
    },
    blocks: [],
  };
}

describe("a school's blank deputy in a PDF's appendices", () => {
  it("is reported, as in the Markdown and Word files", () => {
    const found = checkDocument(deputyMissing, pdf("TBC"), { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/TBC/);
    expect(found[0].message).toMatch(/Baz Quennell/);
  });

  it("stays quiet when every school names its deputy (near miss)", () => {
    expect(checkDocument(deputyMissing, pdf("Mrs Nell Awdry, SENCO"), { asOf })).toEqual([]);
  });
});
