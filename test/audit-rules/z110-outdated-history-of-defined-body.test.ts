/**
 * Held-out set zz110. A glossary row defines the current body and goes on to tell where it came from, with the body
 * as a pronoun: "| DBS | Disclosure and Barring Service. It was set up in 2012 out of the CRB and the ISA … |". The
 * old names there are the new body's history, not names the policy uses now. In our own words; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (body: string) => {
  const text = `# Pennock Chess Juniors – Safeguarding Policy\n\nDesignated Safeguarding Lead: Ravi Okonjo\n\n## Words we use\n\n${body}\n`;
  return excerpts(checkText(outdatedReference, text, { asOf }), text);
};
const table = (row: string) =>
  `| Term | Meaning |\n| --- | --- |\n${row}\n| DSL | Designated Safeguarding Lead. |`;

describe("the old names told as the history of the body a glossary row defines", () => {
  it("near miss: 'It was formed … from the Criminal Records Bureau and the Independent Safeguarding Authority' is quiet", () => {
    expect(
      found(
        table(
          '| DBS | The Disclosure and Barring Service. It was formed in 2012 from the Criminal Records Bureau (CRB) and the Independent Safeguarding Authority, and a few coaches still say "CRB check" from habit. |',
        ),
      ),
    ).toEqual([]);
    expect(
      found(
        table(
          "| DBS | Disclosure and Barring Service. It was created out of the Independent Safeguarding Authority and the Criminal Records Bureau. |",
        ),
      ),
    ).toEqual([]);
    expect(
      found("- DBS: the Disclosure and Barring Service. It replaced the Criminal Records Bureau in 2012."),
    ).toEqual([]);
  });

  it("still reports the old name used as current, or without the body it became", () => {
    expect(
      found(
        table(
          "| DBS | Disclosure and Barring Service. All coaches need a CRB check before their first session. |",
        ),
      ),
    ).toEqual(["CRB check"]);
    expect(
      found(table("| Vetting | Checks on coaches. It was formed from the Criminal Records Bureau rules. |")),
    ).toEqual(["Criminal Records Bureau"]);
    expect(
      found(
        "Our checks are done by the Disclosure and Barring Service. It then sends the result to the Criminal Records Bureau.",
      ),
    ).toEqual(["Criminal Records Bureau"]);
  });
});
