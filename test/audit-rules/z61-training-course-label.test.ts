/**
 * How a training finding names the course (held-out sets zz59 and zz61), in our own words. The date taken out of a
 * bracket leaves no "(refreshed )" behind, and a time of year with no date ("in the spring", "last year") is not the
 * course's name: "Harriet Nwosu's most recent Level 3 training is 2022", "Holly Kerr's designated lead training is
 * listed without a date". Courses named in full stay as written. A name wrapped over two lines in the source is
 * said on one ("Mr Kieran Ashworth's", not "Mr Kieran    Ashworth's").
 */
import { describe, expect, it } from "vitest";
import { possessive, whoseTraining } from "../../src/audit/rules/helpers.js";
import { courseLabel } from "../../src/audit/text/training.js";

describe("courseLabel: the course's own words", () => {
  it.each([
    ["Level 3 (refreshed )", "Level 3 training"],
    ["Level 3 DSL ( renewed )", "Level 3 DSL training"],
    ["designated lead training in the spring", "designated lead training"],
    [
      "Safeguarding Children in Outdoor Settings course last year",
      "Safeguarding Children in Outdoor Settings course",
    ],
    ["Prevent awareness recently", "Prevent awareness training"],
  ])("%s → %s", (written, label) => {
    expect(courseLabel(written)).toBe(label);
  });

  it.each([
    "Level 3 DSL training (Hollowmere SCP)",
    "Child Protection Refresher",
    "Safeguarding in Education course (online)",
  ])("near miss, kept as written: %s", (written) => {
    expect(courseLabel(written)).toBe(written);
  });
});

describe("a person's name in a training message", () => {
  it("is said on one line with one space between its words", () => {
    expect(possessive("Mr Kieran\n    Ashworth")).toBe("Mr Kieran Ashworth's");
    expect(whoseTraining("the training on this line", "Mrs Mei Ling\n  Chan")).toBe(
      "The training on this line for Mrs Mei Ling Chan",
    );
  });
});
