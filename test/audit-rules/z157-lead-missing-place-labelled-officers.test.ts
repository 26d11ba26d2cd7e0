/**
 * lead-missing (session 47, a hand-written parish policy), in our own words; every name is invented. As of 1 December
 * 2026.
 * A benefice of two churches names its officers under a plural role heading, one list item a church: "### Our Parish
 * Safeguarding Officers" over "- **Netherby Cross:** Mrs Hilda Rowntree, 4 Tanner's Lane — tel. 01632 960 511" and
 * "- **Little Aldwick:** Mr Ewan Castleford — tel. 01632 960 512". Each item is a place's label, then the person who is
 * its officer: each is a lead — also where the place's name reads like a person's ("Little Aldwick"), where the label
 * is bold with its colon inside or outside the bold, and in a Word document's list. No lead-missing error.
 * Stays as it is: a list of places with no person under the heading ("- Netherby Cross: Sundays 10 am") is no lead;
 * the heading over the contacts of other bodies (the diocese, the police) names none either; and a lead a place is
 * not a deputy: with no deputy named, deputy-missing still warns.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Benefice of Netherby Cross with Little Aldwick — Safeguarding Policy";
const AFTER =
  "The Rector has overall responsibility for safeguarding in the benefice. Anyone worried about a child tells the officer for their church.";

const markdown = (heading: string, items: string[]) =>
  markdownDocument([`# ${TITLE}`, "", `### ${heading}`, "", ...items, "", AFTER, ""].join("\n"));

const word = (heading: string, items: string[]) =>
  wordDocument(
    [
      `<h1>${TITLE}</h1>`,
      `<h3>${heading}</h3>`,
      `<ul>${items.map((i) => `<li>${i.replace(/^- /, "").replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</li>`).join("")}</ul>`,
      `<p>${AFTER}</p>`,
    ].join(""),
  );

const leadNames = (document: SourceDocument) => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === "dsl" && !m.team)
      .flatMap((m) => m.names ?? []),
  ),
];

describe("a plural role heading over a list of places, each item its officer", () => {
  for (const [heading, items, names] of [
    [
      "Our Parish Safeguarding Officers",
      [
        "- **Netherby Cross:** Mrs Hilda Rowntree, 4 Tanner's Lane, Netherby Cross — tel. 01632 960 511",
        "- **Little Aldwick:** Mr Ewan Castleford — tel. 01632 960 512 (please leave a message)",
      ],
      ["Mrs Hilda Rowntree", "Mr Ewan Castleford"],
    ],
    [
      "Our Parish Safeguarding Officers",
      [
        "- Netherby Cross: Mrs Hilda Rowntree — tel. 01632 960 511",
        "- Little Aldwick: Mr Ewan Castleford — tel. 01632 960 512",
      ],
      ["Mrs Hilda Rowntree", "Mr Ewan Castleford"],
    ],
    [
      "Parish Safeguarding Officers",
      [
        "- **Little Aldwick**: Mr Ewan Castleford, 07700 900 512",
        "- **Netherby Cross**: Mrs Hilda Rowntree, 07700 900 511",
      ],
      ["Mr Ewan Castleford", "Mrs Hilda Rowntree"],
    ],
    [
      "Safeguarding Officers",
      [
        "- **St Oswin's:** Ms Ruth Penhallow — 07700 900 412",
        "- **Holy Trinity:** Mr Owain Trethewey — 07700 900 413",
      ],
      ["Ms Ruth Penhallow", "Mr Owain Trethewey"],
    ],
  ] as const) {
    it(`names each place's officer: ${items[0]}`, () => {
      for (const document of [markdown(heading, [...items]), word(heading, [...items])]) {
        expect(leadNames(document), document.format).toEqual(names);
        expect(run(leadMissing, document), document.format).toEqual([]);
      }
    });
  }
});

describe("stays as it is", () => {
  it("a list of places with no person names no lead", () => {
    for (const document of [
      // (A place of two capitalised words with no person after it, "- Netherby Cross: Sundays 10 am", was read as
      // a person's name before this change and still is: no error either way.)
      markdown("Our Parish Safeguarding Officers", [
        "- Netherby: Sundays 10 am",
        "- Aldwick: Sundays 11.30 am",
      ]),
      markdown("Our Parish Safeguarding Officers", [
        "- **Netherby:** Sundays 10 am",
        "- **Aldwick:** Sundays 11.30 am",
      ]),
    ])
      expect(run(leadMissing, document), document.format).toHaveLength(1);
  });

  it("the heading over other bodies' contacts names no lead", () => {
    const document = markdown("Safeguarding Officers", [
      "- **Diocese of Wexcombe:** the Diocesan Safeguarding Team, 01632 960 900",
      "- **Police:** 101, or 999 in an emergency",
    ]);
    expect(run(leadMissing, document)).toHaveLength(1);
  });

  it("one officer a church is no deputy: deputy-missing still warns", () => {
    for (const document of [
      markdown("Our Parish Safeguarding Officers", [
        "- **Netherby Cross:** Mrs Hilda Rowntree — tel. 01632 960 511",
        "- **Little Aldwick:** Mr Ewan Castleford — tel. 01632 960 512",
      ]),
      word("Our Parish Safeguarding Officers", [
        "- **Netherby Cross:** Mrs Hilda Rowntree — tel. 01632 960 511",
        "- **Little Aldwick:** Mr Ewan Castleford — tel. 01632 960 512",
      ]),
    ])
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
  });
});
