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

  it("quotes a list item's or a table cell's words without the list marker or the cell's bar (review)", () => {
    for (const [line, words] of [
      ["- Download the incident form [here](#)", "Download the incident form here"],
      ["a) Body map [here](#)", "Body map here"],
      ["| Concern form | [here](#) |", ""],
    ]) {
      const document = markdownDocument(
        `# Harbourside Explorers – Safeguarding Policy\n\n## Forms\n\n${line}\n`,
      );
      const reported = run(emptyLink, document);
      // A link alone in its table cell: no words of its own cell to quote, and never another cell's.
      const said = words ? ` ("${words}")` : "";
      expect(
        reported.map((f) => f.message),
        line,
      ).toEqual([
        `The link "here"${said} does not go anywhere — add the web address it should open, or remove the link`,
      ]);
    }
  });

  it("near misses: a link with its own words, and 'here' with nothing before it to quote", () => {
    const named = policy("Use the [incident form](#) for every concern.");
    expect(found(run(emptyLink, named), named)).toEqual(["[incident form](#)"]);
    const alone = policy("See [here](#).");
    expect(found(run(emptyLink, alone), alone)).toEqual(["[here](#)"]);
  });
});
