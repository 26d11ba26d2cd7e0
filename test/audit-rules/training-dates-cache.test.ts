/**
 * trainingDates keeps its answer for each text it has read (the training readers ask about the same line several
 * times): the kept answer must be the one for that text and that question, wherever the text sits.
 */
import { describe, expect, it } from "vitest";
import { trainingDates } from "../../src/audit/text/training.js";

describe("trainingDates: answers kept for a text", () => {
  it("answers a school year in a date cell and in running text each its own way, in either order", () => {
    const text = "Safer recruitment refresher 2023–24";
    expect(trainingDates(text, 0, { schoolYears: true }).map((d) => d.text)).toEqual(["2023–24"]);
    expect(trainingDates(text, 0)).toEqual([]);
    const other = "Designated lead update 2021/22";
    expect(trainingDates(other, 0)).toEqual([]);
    expect(trainingDates(other, 0, { schoolYears: true }).map((d) => d.text)).toEqual(["2021/22"]);
  });

  it("gives offsets from where the text sits each time it is asked", () => {
    const text = "Prevent awareness – 7 March 2025";
    expect(trainingDates(text, 0).map((d) => d.offset)).toEqual([20]);
    expect(trainingDates(text, 100).map((d) => [d.offset, d.endOffset])).toEqual([[120, 132]]);
    expect(trainingDates(text, 0).map((d) => d.offset)).toEqual([20]);
  });

  it("is not changed by a caller changing an answer it was given", () => {
    const text = "Level 2 safeguarding, 3 June 2024";
    const [first] = trainingDates(text, 0);
    first.offset = 99;
    first.date.last = "2099-12-31";
    const [again] = trainingDates(text, 0);
    expect(again.offset).toBe(22);
    expect(again.date).toEqual({ first: "2024-06-03", last: "2024-06-03", precision: "day" });
  });
});
