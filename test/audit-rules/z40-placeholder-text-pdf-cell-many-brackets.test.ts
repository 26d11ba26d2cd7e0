/**
 * placeholder-text (review 46), in our own words. A PDF table cell's brackets wrapped over its lines are read whole
 * (zz134: "[to be completed by" / "the academy]"); only the line breaks between a bracket's "[" and its "]" become
 * spaces. A cell of very many short brackets ("[a][b][c]…") then a line break: each bracket looks for line breaks
 * inside itself only, not on to the cell's next line break past its "]" (which read the rest of the cell once per
 * bracket). Still works: the wrapped bracket after them is joined, and a break between two brackets is kept.
 */
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/audit/document/blocks.js";
import { bracketsJoinedInCells } from "../../src/audit/text/pdf-cell-brackets.js";

const inCell = (text: string): Block[] =>
  [{ kind: "table", rows: [[{ offset: 0, endOffset: text.length, text }]] }] as unknown as Block[];

describe("placeholder-text: line breaks inside a PDF cell's brackets", () => {
  it("joins only the breaks inside a bracket, after very many short brackets", () => {
    const text = `${"[a]".repeat(20_000)}\n[to be completed by\nthe academy]\n[b]`;
    const joined = bracketsJoinedInCells(text, inCell(text));
    expect(joined.length).toBe(text.length);
    expect(joined.endsWith("\n[to be completed by the academy]\n[b]")).toBe(true);
    expect(joined.slice(0, 60_000)).toBe("[a]".repeat(20_000));
  });

  it("still joins a bracket wrapped over a cell's lines and keeps the breaks between brackets", () => {
    const text = "[name of the\ndeputy]\n[phone]";
    expect(bracketsJoinedInCells(text, inCell(text))).toBe("[name of the deputy]\n[phone]");
  });
});
