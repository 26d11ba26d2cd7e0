/**
 * The contents finders keep each line's reading as an entry (they read the same lines in turn): the reading kept
 * is that line's, for the words it has now — two documents in a row, or a line whose words change, get their own.
 */
import { describe, expect, it } from "vitest";
import { findContents } from "../../src/audit/text/headings.js";
import { splitLines } from "../../src/audit/text/lines.js";

const entriesOf = (lines: ReturnType<typeof splitLines>) =>
  findContents(lines)?.entries.map((e) => [e.number, e.title, e.page]);

describe("findContents: entries read per line", () => {
  it("reads two documents in a row each by its own lines", () => {
    const first = splitLines(
      "Contents\n1. Scope .......... 2\n2. Roles .......... 3\n3. Records .......... 5\n",
    );
    const second = splitLines(
      "Contents\n1. Aims .......... 4\n2. Contacts .......... 6\n3. Review .......... 9\n",
    );
    expect(entriesOf(first)).toEqual([
      ["1", "Scope", 2],
      ["2", "Roles", 3],
      ["3", "Records", 5],
    ]);
    expect(entriesOf(second)).toEqual([
      ["1", "Aims", 4],
      ["2", "Contacts", 6],
      ["3", "Review", 9],
    ]);
  });

  it("reads a line again when its words have changed", () => {
    const lines = splitLines("Contents\n1. Scope .......... 2\n2. Roles .......... 3\n");
    expect(entriesOf(lines)?.[1]).toEqual(["2", "Roles", 3]);
    lines[2].text = "2. Reporting a concern .......... 7";
    expect(entriesOf(lines)?.[1]).toEqual(["2", "Reporting a concern", 7]);
  });
});
