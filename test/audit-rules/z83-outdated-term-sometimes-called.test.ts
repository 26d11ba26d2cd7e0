/**
 * "… by other children – sometimes called peer-on-peer abuse": a policy that names the harm only by its old term, even
 * as "sometimes called", uses the old term (held-out set zz83, a Sunday school's policy). With the current term beside
 * it ("child-on-child abuse (sometimes called peer-on-peer abuse)") it is the current one's alias and stays quiet. A
 * body's old name after "sometimes called" is still history. In our own words; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (line: string) => {
  const text = `# Riverside Sunday School – Safeguarding Policy\n\nDesignated Safeguarding Lead: Asha Mehta\n\n## Kinds of harm\n\n${line}\n`;
  return excerpts(checkText(outdatedReference, text, { asOf }), text);
};

describe("an old term after 'sometimes called'", () => {
  it("is reported when the current term is not given", () => {
    expect(found("Children can be hurt by other children – sometimes called peer-on-peer abuse.")).toEqual([
      "peer-on-peer abuse",
    ]);
    expect(found("Some young people share images of themselves, often called sexting.")).toEqual(["sexting"]);
  });

  it("near miss: beside the current term it is that term's alias", () => {
    expect(found("Child-on-child abuse (sometimes called peer-on-peer abuse) is never acceptable.")).toEqual(
      [],
    );
    expect(found("Sharing nudes and semi-nudes, also known as sexting, is dealt with below.")).toEqual([]);
  });

  it("near miss: an old body's name after 'sometimes called' is still history", () => {
    expect(
      found(
        "Our safeguarding partnership (sometimes called the LSCB by older volunteers) sets the procedures.",
      ),
    ).toEqual([]);
  });
});
