/**
 * empty-link (held-out set zz94, a Pathfinder club), in our own words; every name is invented. A link whose words are
 * only "here" ("Download the incident form [here](#).") says nothing of which link it is: the finding quotes the clause
 * before it too — "Download the incident form here" — so the reader can find it. Near misses: a link with words of its
 * own is quoted as before; "here" opening its line or after one word keeps the link alone.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (line: string) =>
  markdownDocument(
    `# Harbourside Explorers – Safeguarding Policy\n\n## Concerns\n\nListen, stay calm and tell the Coordinator. ${line}\n\nEvery leader has a DBS check.\n`,
  );

describe("empty-link: a link to nowhere whose words are only 'here'", () => {
  it("quotes the clause that says what it is", () => {
    const document = policy("Download the incident form [here](#).");
    const reported = run(emptyLink, document);
    expect(found(reported, document)).toEqual(["Download the incident form [here](#)"]);
    expect(reported[0].message).toBe(
      'The link "here" ("Download the incident form here") does not go anywhere — add the web address it should open, or remove the link',
    );
  });

  it("near misses: a link with its own words, and 'here' with nothing before it to quote", () => {
    const named = policy("Use the [incident form](#) for every concern.");
    expect(found(run(emptyLink, named), named)).toEqual(["[incident form](#)"]);
    const alone = policy("See [here](#).");
    expect(found(run(emptyLink, alone), alone)).toEqual(["[here](#)"]);
  });
});
