import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadProject } from "../src/data/load-project.js";
import { ConfigError, formatProblem } from "../src/errors.js";
import { FIXTURE_PROJECT, tempProject } from "./helpers/temp-project.js";

const oak = readFileSync(join(FIXTURE_PROJECT, "orgs/oak-primary.yaml"), "utf8");

async function problemsFor(files: Record<string, string>) {
  const project = await loadProject(tempProject(files));
  return { project, messages: project.problems.map(formatProblem) };
}

describe("bad setting data", () => {
  it("names file, line, column and path for a date that is not a date, and still loads the others", async () => {
    const broken = oak.replace("date: 2024-10-15", "date: Octob 2024");
    const { project, messages } = await problemsFor({ "orgs/oak-primary.yaml": broken });
    expect(messages).toEqual([
      'orgs/oak-primary.yaml:17:15 leads[0].training[0].date: "Octob 2024" is not a date — write it as YYYY-MM-DD, e.g. 2024-10-15',
    ]);
    expect(project.settings.map((s) => s.id)).toEqual(["little-stars"]);
    expect(project.problems[0].settingId).toBe("oak-primary");
  });

  it("reports a date that cannot exist", async () => {
    const { messages } = await problemsFor({
      "orgs/oak-primary.yaml": oak.replace("2026-09-20", "2026-02-30"),
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^orgs\/oak-primary\.yaml:11:16 policy\.next_review: "2026-02-30" is not a (real )?date/,
    );
  });

  it("reports invalid YAML with its position", async () => {
    const { messages } = await problemsFor({
      "orgs/oak-primary.yaml": oak.replace("name: Oak Primary School", "name: Oak: Primary: School"),
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^orgs\/oak-primary\.yaml:2:\d+ the YAML is broken here: .* — check the indentation and quoting/,
    );
  });

  it("reports an unknown area and setting type with the allowed values", async () => {
    const { messages } = await problemsFor({
      "orgs/oak-primary.yaml": oak
        .replace("type: school", "type: skool")
        .replace("area: fallowmere", "area: narnia"),
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^orgs\/oak-primary\.yaml:3:7 type: "skool" is not a setting type policysmith knows — use one of: school, academy/,
      ),
      'orgs/oak-primary.yaml:4:7 area: "narnia" is not an area in partnership.yaml — use one of: riverbend, fallowmere',
    ]);
  });

  it("reports a missing field, an unknown field and a wrong role", async () => {
    const { messages } = await problemsFor({
      "orgs/oak-primary.yaml": oak
        .replace("name: Oak Primary School\n", "nmae: Oak Primary School\n")
        .replace("role: dsl", "role: boss"),
    });
    expect(messages).toContain('orgs/oak-primary.yaml:1:1 "name" is missing — add it at the top of the file');
    expect(messages).toContain(
      'orgs/oak-primary.yaml:2:1 nmae: "nmae" is not a field policysmith knows — check its spelling, or remove it',
    );
    expect(messages).toContain(
      'orgs/oak-primary.yaml:13:11 leads[0].role: "boss" is not allowed — use one of: dsl, deputy, team, governor, trustee',
    );
  });

  it("rejects an id with path characters and an id that does not match the file", async () => {
    const { messages } = await problemsFor({
      "orgs/oak-primary.yaml": oak.replace("id: oak-primary", "id: ../x"),
    });
    expect(messages).toEqual([
      'orgs/oak-primary.yaml:1:5 id: "../x" is not a valid id — use lower-case letters, digits and hyphens only, e.g. acorns-nursery',
    ]);
  });

  it("reports duplicate setting ids", async () => {
    const { messages } = await problemsFor({ "orgs/oak-copy.yaml": oak });
    expect(messages).toContain(
      'orgs/oak-copy.yaml:1:5 id: the id "oak-primary" does not match the file name — rename the file to orgs/oak-primary.yaml or change the id to "oak-copy"',
    );
    expect(
      messages.some((m) => m.includes('the id "oak-primary" is already used by orgs/oak-copy.yaml')),
    ).toBe(true);
  });

  it("treats a broken partnership.yaml as a configuration error", async () => {
    const dir = tempProject({ "partnership.yaml": "name: X\nareas: []\ncourses: []\n" });
    const error = await loadProject(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map(formatProblem)).toEqual([
      "partnership.yaml:2:8 areas: this list is empty — add at least one entry",
    ]);
  });

  it("says where to run when there is no partnership.yaml", async () => {
    const error = await loadProject("/nonexistent-policysmith").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain("run policysmith in your project folder");
  });
});

describe("bad templates", () => {
  const template = readFileSync(join(FIXTURE_PROJECT, "policy-templates/mini/template.md"), "utf8");

  it("reports a Liquid syntax error at the template's line and column", async () => {
    const { messages } = await problemsFor({
      "policy-templates/mini/template.md": template.replace("{{ dsl.name }}", "{{ dsl.name | bogus }}"),
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^policy-templates\/mini\/template\.md:32:37 Liquid cannot read this value \(undefined filter: bogus\) in \{\{ dsl\.name \| bogus \}\}/,
    );
  });

  it("rejects Liquid tags and unknown directives with their place", async () => {
    const { messages } = await problemsFor({
      "policy-templates/mini/template.md": template
        .replace("::contacts", "::contcats")
        .replace("## Purpose", "## Purpose {% if x %}"),
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^policy-templates\/mini\/template\.md:21:12 Liquid tags like \{% if %\} are not supported/,
      ),
      expect.stringMatching(
        /^policy-templates\/mini\/template\.md:62:1 "::contcats" is not a directive policysmith knows/,
      ),
    ]);
  });

  it("rejects an unknown type in a :::when block", async () => {
    const { messages } = await problemsFor({
      "policy-templates/mini/template.md": template.replace('type="schools"', 'type="skools"'),
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^policy-templates\/mini\/template\.md:40:1 "skools" is not a setting type or group/,
      ),
    ]);
  });
});
