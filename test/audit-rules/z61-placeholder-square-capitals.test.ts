/**
 * placeholder-text (held-out set zz61), in our own words; every name is invented. A template's blank in capitals is
 * one in square brackets as in round ones: "the [SHOW TITLE] series", "[NAME OF SETTING] is committed …". Near
 * misses: an abbreviation ("[DSL]"), a link's words ("[DOWNLOAD FORM](#forms)"), a reference defined elsewhere, a
 * tick box ("[X]"), capitals in brackets on a line written in capitals (a running header's own style), an editor's
 * note in capitals ("[CONFIDENTIAL WHEN COMPLETED]", "[APPENDIX A]", "[LAUGHING EMOJI]") — square brackets mark those.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => excerpts(checkText(placeholderText, text, { asOf }), text);

describe("placeholder-text: capitals in square brackets", () => {
  it.each([
    [
      "It covers every production we make, including the [SHOW TITLE] series filmed in the hills.",
      "[SHOW TITLE]",
    ],
    ["[NAME OF SETTING] is committed to keeping every child safe.", "[NAME OF SETTING]"],
    ["Registered charity number [CHARITY NUMBER], company number 01234567.", "[CHARITY NUMBER]"],
    ["[SCHOOL] takes its duty to keep pupils safe seriously.", "[SCHOOL]"],
  ])("is a template's blank: %s", (line, blank) => {
    expect(found(`${line}\n`)).toEqual([blank]);
  });

  it.each([
    "Our Designated Safeguarding Lead [DSL] keeps the records.",
    "Fill in the concern form: [DOWNLOAD FORM](#forms).",
    "See [SAFER RECRUITMENT POLICY] for the checks.\n\n[SAFER RECRUITMENT POLICY]: https://example.org/recruitment\n",
    "- [X] Photo consent received",
    "HOLLOWMERE ROLLERS – SAFEGUARDING POLICY [CONTROLLED COPY]",
    "Appendix 2 — concern form [CONFIDENTIAL WHEN COMPLETED]",
    "Our film nights show versions with [AUDIO DESCRIBED] and [BSL INTERPRETED] captions.",
    'A message such as "u ok? [LAUGHING EMOJI]" can hide pressure.',
    "Follow the flowchart [APPENDIX A] when you are unsure.",
    "Press release [EMBARGOED UNTIL 9AM] — not for the website yet.",
  ])("near miss: %s", (line) => {
    expect(found(`${line}\n`)).toEqual([]);
  });
});
