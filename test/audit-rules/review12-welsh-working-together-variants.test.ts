/**
 * outdated-reference (issue 11, review 12 of 1cf7c10), in our own words; every name is invented. Wales's 2006
 * guidance "Working together under the Children Act 2004", written in lower case and without its first words, is
 * the title when its publisher stands beside it as a reference gives it:
 * - after it in brackets, as "Welsh Government", "WG" or "Llywodraeth Cynulliad Cymru" too;
 * - after a closing quote or emphasis ("‘…2004’ (WAG, 2006)", "*…2004* (Welsh Government, 2006)");
 * - after a comma with its year (", Welsh Assembly Government, 2006");
 * - before it in the same reference item ("Welsh Assembly Government (2006) *working together …*").
 * The same words in prose stay silent, with the publisher named nearby or not. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (line: string) => {
  const text = ["# Ysgol Feithrin Pant-y-Gog — Safeguarding Policy", "", "## References", "", line, ""].join(
    "\n",
  );
  return excerpts(checkText(outdatedReference, text, { asOf }), text);
};
const TITLE = /^'?working together under the Children Act 2004$/;

describe("Wales's 2006 guidance beside its publisher", () => {
  it.each([
    "- working together under the Children Act 2004 (Welsh Government, 2006)",
    "- working together under the Children Act 2004 (WG 2006)",
    "- working together under the Children Act 2004 (Llywodraeth Cynulliad Cymru, 2006)",
    "- ‘working together under the Children Act 2004’ (WAG, 2006)",
    "- 'working together under the Children Act 2004' (WAG, 2006)",
    "- *working together under the Children Act 2004* (Welsh Government, 2006)",
    "- “working together under the Children Act 2004” (Welsh Assembly Government, 2006)",
    "- working together under the Children Act 2004, Welsh Assembly Government, 2006",
    "- working together under the Children Act 2004, WAG (2006)",
  ])("after it: %s", (line) => {
    expect(found(line)).toEqual([expect.stringMatching(TITLE)]);
  });

  it.each([
    "- Welsh Assembly Government (2006) *working together under the Children Act 2004*. Cardiff: WAG",
    "- Welsh Assembly Government (2006). working together under the Children Act 2004.",
    "- Welsh Government, 2006, ‘working together under the Children Act 2004’",
    "- Llywodraeth Cynulliad Cymru (2006) working together under the Children Act 2004",
    "- WAG: working together under the Children Act 2004",
    "- Welsh Assembly Government (2006) Guidance for agencies: working together under the Children Act 2004",
  ])("before it: %s", (line) => {
    expect(found(line)).toEqual([expect.stringMatching(TITLE)]);
  });

  it.each([
    "We work together under the Children Act 2004 with the local authority.",
    "Local agencies have a duty of working together under the Children Act 2004 (see the Welsh Assembly Government guidance).",
    "Partners are working together under the Children Act 2004, Welsh Government guidance says.",
    "The Welsh Government expects agencies to be working together under the Children Act 2004.",
    "In 2006 the Welsh Assembly Government asked agencies to keep working together under the Children Act 2004.",
    "Partners are working together under the Children Act 2004, section 10.",
  ])("near miss: prose stays silent: %s", (line) => {
    expect(found(line)).toEqual([]);
  });
});
