/**
 * Held-out set zz84 (a powerboat school; a university's summer course). "The sharing of nude or semi-nude images
 * (still called sexting in some older material)" gives the current term in its adjective form, so the old word
 * beside it is an alias, not the policy's own term. "The Prevent duty guidance for higher education institutions in
 * England (2015)" is the 2015 edition by its full title ("in England" alone, without "and Wales"). In our own
 * words; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (line: string) => {
  const text = `# Kestle Sailing Juniors – Safeguarding Policy\n\nDesignated Safeguarding Lead: Asha Mehta\n\n## What we follow\n\n${line}\n`;
  return excerpts(checkText(outdatedReference, text, { asOf }), text);
};

describe("the current term in another form beside the old one", () => {
  it("near miss: 'nude or semi-nude images (still called sexting …)' is quiet", () => {
    expect(
      found(
        "Sharing nude or semi-nude images (still called sexting in some older club leaflets) is always a safeguarding matter.",
      ),
    ).toEqual([]);
    expect(
      found("Semi-nude or nude pictures sent between members – what some call sexting – are reported."),
    ).toEqual([]);
  });

  it("still reports the old word alone, or as the policy's own word defined by the current one", () => {
    expect(found("Members must not take part in sexting on club trips.")).toEqual(["sexting"]);
    expect(
      found("Sexting – sending or receiving nude or semi-nude pictures – is reported to the lead."),
    ).toEqual(["Sexting"]);
    expect(
      found("We follow the national advice on sexting when a nude or semi-nude image is shared."),
    ).toEqual(["sexting"]);
  });
});

describe("the Prevent duty guidance by its full 2015 title", () => {
  it("is reported with 'in England' and the year in brackets", () => {
    expect(
      found(
        "We have regard to the Prevent duty guidance for higher education institutions in England (2015) and the Data Protection Act 2018.",
      ),
    ).toEqual(["Prevent duty guidance for higher education institutions in England (2015)"]);
  });

  it("near miss: the current edition is quiet", () => {
    expect(found("We have regard to the Prevent duty guidance for England and Wales (2023).")).toEqual([]);
  });
});

describe("No Secrets in italics (held-out set zz87)", () => {
  it("is reported with the Markdown emphasis around the title", () => {
    expect(
      found("Adults are supported under the Trust's adults policy, which follows *No Secrets* (2000)."),
    ).toEqual(["No Secrets* (2000)"]);
    expect(found("Our adults procedure follows *No Secrets* guidance.")).toEqual(["No Secrets* guidance"]);
  });

  it("quotes the title as a reader sees it, without the emphasis marks", () => {
    const text = "# Policy\n\nDesignated Safeguarding Lead: Asha Mehta\n\nWe follow *No Secrets* (2000).\n";
    const [finding] = checkText(outdatedReference, text, { asOf });
    expect(finding.message).toMatch(/^"No Secrets \(2000\)" is out of date/);
  });

  it("is reported in underscore italics too", () => {
    expect(found("Staff read _No Secrets_ guidance from the Department of Health.")).toEqual([
      "No Secrets_ guidance",
    ]);
    expect(found("We follow _Working Together to Safeguard Children_ (2018).")).toEqual([
      "Working Together to Safeguard Children_ (2018)",
    ]);
  });

  it("near miss: 'no secrets' as words", () => {
    expect(found("We keep *no secrets* from parents about how we work.")).toEqual([]);
  });
});
