/**
 * A club that meets on a school's or a church's site names that body's lead beside its own, to share information
 * with: "the host school's DSL", or a row for "Brambleton Primary School DSL" after the policy says that the school's
 * DSL is not its lead. That person is another organisation's lead, whose training this policy does not record. The
 * club's own lead keeps their finding when their training is missing, and a school's own "the school's DSL" is its
 * lead. From the forty-fourth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/training-missing.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
type Format = "md" | "pdf";

function missing(text: string, format: Format = "md"): string[] {
  return excerpts(checkText(rule, text, { asOf, format }), text);
}

const TRAINING = [
  "## Training",
  "",
  "| Name | Course | Completed |",
  "| --- | --- | --- |",
  "| Ms Ada Okonjo | Designated Safeguarding Lead (Early Years) | 10/02/2026 |",
  "| Mr Felix Brandt | Designated Safeguarding Lead (Early Years) | 10/02/2026 |",
  "",
];

const tableClub = (hostRow: string, note: string, training = TRAINING) =>
  [
    "# Hopscotch After-School Club — Safeguarding Policy",
    "",
    "We run the after-school club in the hall of Brambleton Primary School.",
    "",
    "| Role | Name | Phone |",
    "| --- | --- | --- |",
    "| Designated Safeguarding Lead | Ms Ada Okonjo, Club Manager | 07700 900111 |",
    "| Deputy DSL | Mr Felix Brandt, Playworker | 07700 900112 |",
    hostRow,
    "",
    note,
    "",
    ...training,
  ].join("\n");

/** A PDF's text layer gives a table row as its cells' words on one line. */
function asPdf(markdown: string): string {
  return markdown
    .split("\n")
    .filter((line) => !/^\|[-| ]+\|$/.test(line))
    .map((line) =>
      line.startsWith("|")
        ? line
            .slice(1, -1)
            .split("|")
            .map((c) => c.trim())
            .join(" ")
        : line,
    )
    .map((line) => line.replace(/^#+ /, ""))
    .join("\n");
}

describe("another organisation's lead is not one whose training the policy records", () => {
  const declared = tableClub(
    "| Brambleton Primary School DSL (to share concerns) | Mrs Gwen Harrow, Headteacher | 01632 960222 |",
    "The school's DSL is not our lead: we pass on concerns that touch on school.",
  );

  it.each<Format>(["md", "pdf"])(
    "a school's DSL in the team table, after the policy says the school's DSL is not its lead (%s)",
    (format) => {
      const text = format === "pdf" ? asPdf(declared) : declared;
      expect(missing(text, format)).toEqual([]);
    },
  );

  it("the church's Safeguarding Officer, said not to be the club's lead", () => {
    const text = tableClub(
      "| St Aidan's Church Safeguarding Officer | Revd Colin Marsh | 01632 960333 |",
      "The church's Safeguarding Officer is not the club's lead, but we tell him of concerns on church premises.",
    );
    expect(missing(text)).toEqual([]);
  });

  it("the host school's Designated Safeguarding Lead, named in a sentence", () => {
    const text = tableClub(
      "",
      "The host school's Designated Safeguarding Lead is Mrs Gwen Harrow; we share concerns with her.",
    );
    expect(missing(text)).toEqual([]);
  });

  it("near miss: the club's own deputy without training keeps the finding beside the host's lead", () => {
    const text = tableClub(
      "| Brambleton Primary School DSL (to share concerns) | Mrs Gwen Harrow, Headteacher | 01632 960222 |",
      "The school's DSL is not our lead: we pass on concerns that touch on school.",
      TRAINING.filter((line) => !line.includes("Felix Brandt")),
    );
    expect(missing(text)).toEqual(["Mr Felix Brandt"]);
  });

  it("near miss: a school's own policy — the school's DSL is its lead", () => {
    const text = [
      "# Brambleton Primary School — Child Protection Policy",
      "",
      "The school's DSL is Mrs Gwen Harrow (Headteacher). The deputy DSL is Mr Felix Brandt.",
      "",
      ...TRAINING,
    ].join("\n");
    expect(missing(text)).toEqual(["Mrs Gwen Harrow"]);
  });
});
