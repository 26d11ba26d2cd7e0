/// <reference lib="dom" />
/**
 * The page's "build a new policy" flow (issue 13): a form with a setting file's fields — the partnership's setting
 * types, areas and courses as choices — written as the setting's YAML and built by the CLI's own buildPolicy.
 * Its problems (the same words and checks as `policysmith build`) stand next to their field, found by the
 * problem's `path`; the policy downloads as Word, PDF and web page, with the YAML to send to the partnership.
 * While the form is filled in, what a check of the policy would find is shown, live.
 */
import { stringify } from "yaml";
import type { BuildData, BuildPolicyResult, Format, Problem } from "../app/build-policy.js";
import type { AuditData } from "../app/check.js";
import type { LeadRole } from "../model.js";
import type { CheckPolicy } from "./check-view.js";
import { questionSections, summaryBox } from "./check-view.js";
import { el, nextPaint, sizeText, todayIso } from "./dom.js";

export type BuildPolicy = (
  settingYaml: string,
  fileName: string,
  data: BuildData,
  options: { formats: Format[]; sourceDate?: string },
) => Promise<BuildPolicyResult>;

export interface BuildViewOptions {
  build: BuildData;
  audit: AuditData;
  buildPolicy: BuildPolicy;
  checkPolicy: CheckPolicy;
  /** Called before the first Word or PDF document (the fonts are unpacked then). */
  beforeRender?: () => Promise<void> | void;
}

const ROLES: Array<[LeadRole, string]> = [
  ["dsl", "Designated safeguarding lead"],
  ["deputy", "Deputy designated safeguarding lead"],
  ["team", "Another member of the safeguarding team"],
  ["governor", "Safeguarding governor"],
  ["trustee", "Safeguarding trustee"],
];

const FORMAT_WORDS: Record<Format, string> = { docx: "Word", pdf: "PDF", html: "web page" };
const MIME: Record<Format, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  html: "text/html",
};

/** The setting's id from its name: what `policysmith init` asks for (lower case, digits, hyphens). */
export function settingId(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 63)
      .replace(/-+$/, "") || ""
  );
}

let uid = 0;
const nextId = (stem: string) => `${stem}-${++uid}`;

interface FieldOptions {
  path: string;
  label: string;
  hint?: string;
  type?: "text" | "email" | "tel" | "date" | "url";
  choices?: Array<[string, string]>;
  autocomplete?: string;
  required?: boolean;
}

/** A labelled field with its hint and a place for its problem; the control carries data-path. */
function field(options: FieldOptions): HTMLElement {
  const id = nextId("f");
  const hintId = options.hint ? `${id}-hint` : undefined;
  const problemId = `${id}-problem`;
  const control = options.choices
    ? el(
        "select",
        { id, "data-path": options.path, "aria-describedby": hintId },
        ...options.choices.map(([value, text]) => el("option", { value }, text)),
      )
    : el("input", {
        id,
        type: options.type ?? "text",
        "data-path": options.path,
        "aria-describedby": hintId,
        autocomplete: options.autocomplete,
        spellcheck: options.type === "email" || options.type === "url" ? "false" : undefined,
      });
  return el(
    "div",
    { class: "field" },
    el("label", { for: id }, options.label, options.required ? "" : " (optional)"),
    options.hint ? el("p", { class: "hint", id: hintId }, options.hint) : null,
    el("p", { class: "field-problem", id: problemId, hidden: true }),
    control,
  );
}

export function startBuildView(area: HTMLElement, options: BuildViewOptions): void {
  const { build } = options;
  const types: Array<[string, string]> = build.settingTypes.map((t) => [t.id, t.label]);
  const areas: Array<[string, string]> = build.partnership.areas.map((a) => [a.id, a.name]);
  const courses: Array<[string, string]> = [
    ["", "Choose a course"],
    ...build.partnership.courses.map((c): [string, string] => [c.id, c.name]),
  ];
  const titles = new Map(
    build.templates.map((t) => {
      const id = t.file.split("/").slice(-2, -1)[0] ?? t.file;
      return [id, /^title:\s*(.+)$/m.exec(t.text)?.[1]?.trim() ?? id];
    }),
  );

  const summary = el("div", { class: "problem-summary", tabindex: "-1", hidden: true });
  const leadsBox = el("div", { id: "leads" });
  const status = el("div", { class: "status", role: "status", "aria-live": "polite", id: "build-status" });
  const downloads = el("div", { id: "build-downloads", hidden: true });
  const live = el("div", { id: "build-live", class: "results" });
  const buildButton = el("button", { type: "submit" }, "Build my policy");
  const addLead = el("button", { type: "button", class: "secondary" }, "Add another person");

  const form = el(
    "form",
    { id: "build-form", novalidate: true },
    summary,
    el(
      "fieldset",
      {},
      el("legend", {}, "Your setting"),
      field({ path: "name", label: "Name of your setting", required: true, autocomplete: "organization" }),
      field({ path: "type", label: "Type of setting", choices: types, required: true }),
      field({
        path: "area",
        label: "Local authority area",
        hint: "The council whose children's services you refer to.",
        choices: areas,
        required: true,
      }),
      field({ path: "address", label: "Address", autocomplete: "street-address" }),
      field({ path: "phone", label: "Phone number", type: "tel", autocomplete: "tel" }),
      field({ path: "email", label: "Email address", type: "email", autocomplete: "email" }),
      field({ path: "website", label: "Website", type: "url", hint: "For example https://www.example.org" }),
    ),
    el(
      "fieldset",
      {},
      el("legend", {}, "Your policy's dates"),
      field({ path: "policy.last_reviewed", label: "Last reviewed on", type: "date" }),
      field({
        path: "policy.next_review",
        label: "Next review due on",
        type: "date",
        hint: "Usually a year after the last review.",
      }),
      field({ path: "policy.approved.date", label: "Approved on", type: "date" }),
      field({
        path: "policy.approved.by",
        label: "Approved by",
        hint: "For example: the governing body, the committee, the owner.",
      }),
      field({ path: "policy.version", label: "Version", hint: "For example 1.0" }),
      field({ path: "policy.written", label: "First written on", type: "date" }),
      field({
        path: "policy.responsible",
        label: "Who looks after the policy",
        hint: "A role, not a name: for example Nursery Manager.",
      }),
    ),
    el(
      "div",
      {},
      el("h3", {}, "Who leads on safeguarding"),
      el(
        "p",
        { class: "hint" },
        "Name your designated safeguarding lead and their deputy, with the safeguarding training each has done.",
      ),
    ),
    leadsBox,
    el("div", { class: "actions" }, addLead),
    el("div", { class: "actions" }, buildButton),
  );
  area.append(
    form,
    status,
    downloads,
    el("h3", { id: "live-heading" }, "What a check of this policy finds"),
    live,
  );
  live.append(
    el("p", {}, "Fill in the form: what a check of your new policy would find shows here as you go."),
  );

  function leadFieldset(index: number, role: LeadRole): HTMLFieldSetElement {
    const prefix = `leads[${index}]`;
    const remove = el("button", { type: "button", class: "secondary" }, "Remove this person");
    const trainingBox = el("div", {});
    const addCourse = el("button", { type: "button", class: "secondary" }, "Add another course");
    const addTraining = () => {
      const t = trainingBox.children.length;
      trainingBox.append(
        el(
          "div",
          { class: "training", "data-training": String(t) },
          field({
            path: `${prefix}.training[${t}].course`,
            label: `Training course ${t + 1}`,
            choices: courses,
          }),
          field({ path: `${prefix}.training[${t}].date`, label: "Completed on", type: "date" }),
        ),
      );
    };
    addTraining();
    addCourse.addEventListener("click", () => {
      addTraining();
      (trainingBox.lastElementChild?.querySelector("select") as HTMLSelectElement | null)?.focus();
    });
    const set = el(
      "fieldset",
      { class: "lead", "data-lead": String(index) },
      el("legend", {}, `Person ${index + 1}`),
      field({ path: `${prefix}.role`, label: "Role", choices: ROLES, required: true }),
      field({ path: `${prefix}.name`, label: "Full name", required: true, autocomplete: "name" }),
      field({ path: `${prefix}.title`, label: "Job title", autocomplete: "organization-title" }),
      field({ path: `${prefix}.phone`, label: "Phone number", type: "tel" }),
      field({ path: `${prefix}.email`, label: "Email address", type: "email" }),
      trainingBox,
      el("div", { class: "actions" }, addCourse, remove),
    );
    (set.querySelector(`[data-path="${prefix}.role"]`) as HTMLSelectElement).value = role;
    remove.addEventListener("click", () => {
      set.remove();
      renumber();
      changed();
      addLead.focus();
    });
    return set;
  }

  /** After a person is removed, every field's path names its new place (the problems' paths follow). */
  function renumber(): void {
    Array.from(leadsBox.children).forEach((set, i) => {
      (set as HTMLElement).dataset.lead = String(i);
      const legend = set.querySelector("legend");
      if (legend) legend.textContent = `Person ${i + 1}`;
      for (const control of Array.from(set.querySelectorAll<HTMLElement>("[data-path]")))
        control.dataset.path = (control.dataset.path ?? "").replace(/^leads\[\d+\]/, `leads[${i}]`);
    });
  }

  leadsBox.append(leadFieldset(0, "dsl"), leadFieldset(1, "deputy"));
  addLead.addEventListener("click", () => {
    const set = leadFieldset(leadsBox.children.length, "team");
    leadsBox.append(set);
    (set.querySelector("select") as HTMLSelectElement).focus();
  });

  const value = (path: string) =>
    ((form.querySelector(`[data-path="${path}"]`) as HTMLInputElement | null)?.value ?? "").trim();

  /** The setting file as the form says it, in the order of orgs/<id>.yaml; empty fields are left out. */
  function settingYaml(): { id: string; yaml: string; leadIndex: number[] } {
    const id = settingId(value("name"));
    const optional = (entries: Array<[string, string]>) =>
      Object.fromEntries(entries.filter(([, v]) => v !== ""));
    const approved = optional([
      ["date", value("policy.approved.date")],
      ["by", value("policy.approved.by")],
    ]);
    // A person with nothing filled in but a role is left out (a childminder has no deputy to name), so
    // the file's lead k is the form's person leadIndex[k].
    const leadIndex: number[] = [];
    const leads = Array.from(leadsBox.children).flatMap((_, i) => {
      const p = `leads[${i}]`;
      const training = Array.from(leadsBox.children[i].querySelectorAll(".training"))
        .map((_, t) =>
          optional([
            ["course", value(`${p}.training[${t}].course`)],
            ["date", value(`${p}.training[${t}].date`)],
          ]),
        )
        .filter((record) => Object.keys(record).length > 0);
      const person = optional([
        ["name", value(`${p}.name`)],
        ["title", value(`${p}.title`)],
        ["email", value(`${p}.email`)],
        ["phone", value(`${p}.phone`)],
      ]);
      if (Object.keys(person).length === 0 && training.length === 0) return [];
      leadIndex.push(i);
      return [
        { ...optional([["role", value(`${p}.role`)]]), ...person, ...(training.length ? { training } : {}) },
      ];
    });
    const setting = {
      id,
      name: value("name"),
      ...optional([
        ["type", value("type")],
        ["area", value("area")],
        ["address", value("address")],
        ["website", value("website")],
        ["phone", value("phone")],
        ["email", value("email")],
      ]),
      policy: {
        ...optional([
          ["written", value("policy.written")],
          ["last_reviewed", value("policy.last_reviewed")],
          ["next_review", value("policy.next_review")],
          ["version", value("policy.version")],
          ["responsible", value("policy.responsible")],
        ]),
        ...(Object.keys(approved).length ? { approved } : {}),
      },
      leads,
    };
    return {
      id,
      leadIndex,
      yaml: `# ${setting.name || "A setting"}: made on the self-service page of ${build.partnership.name}.\n${stringify(setting)}`,
    };
  }

  /**
   * The control a problem is about: its path exactly (a missing property: that property's field), else the first
   * field inside it; the id's problems are the name's, since the id is made from the name.
   */
  function controlFor(problem: Problem): HTMLElement | undefined {
    const missing = /^"(\w+)" is missing/.exec(problem.message)?.[1];
    const base = problem.path === "id" ? "name" : (problem.path ?? "");
    const path = missing ? (base ? `${base}.${missing}` : missing) : base;
    if (!path) return undefined;
    const controls = Array.from(form.querySelectorAll<HTMLElement>("[data-path]"));
    return (
      controls.find((c) => c.dataset.path === path) ??
      controls.find((c) => (c.dataset.path ?? "").startsWith(`${path}.`)) ??
      controls.find((c) => (c.dataset.path ?? "").startsWith(`${path}[`))
    );
  }

  function clearProblems(): void {
    summary.hidden = true;
    summary.replaceChildren();
    for (const p of Array.from(form.querySelectorAll<HTMLElement>(".field-problem"))) {
      p.hidden = true;
      p.textContent = "";
    }
    for (const c of Array.from(form.querySelectorAll("[aria-invalid]"))) {
      c.removeAttribute("aria-invalid");
      const described = (c.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .filter((d) => !d.endsWith("-problem"));
      if (described.length) c.setAttribute("aria-describedby", described.join(" "));
      else c.removeAttribute("aria-describedby");
    }
  }

  /** The problem in the words of the form, not of the YAML file behind it. */
  function formWords(problem: Problem): string {
    if (/^"\w+" is missing/.test(problem.message) || /is empty/.test(problem.message)) return "Fill this in.";
    if (problem.path === "id")
      return "Use letters or digits in the name: your policy's files are named after it.";
    return problem.message.charAt(0).toUpperCase() + problem.message.slice(1);
  }

  function showProblems(found: Problem[], leadIndex: number[]): number {
    clearProblems();
    // The file's lead k is the form's person leadIndex[k].
    const all = found.map((p) => ({
      ...p,
      path: p.path?.replace(/^leads\[(\d+)\]/, (_, k: string) => `leads[${leadIndex[Number(k)] ?? k}]`),
    }));
    // The id is made from the name: when the name is wrong, that is the one thing to say.
    const nameWrong = all.some((p) => p.path === "name");
    const problems = all.filter((p) => !(p.path === "id" && nameWrong));
    const items: HTMLElement[] = [];
    for (const problem of problems) {
      const control = controlFor(problem);
      const words = formWords(problem);
      if (control) {
        const place = document.getElementById(`${control.id}-problem`);
        if (place) {
          place.textContent = place.textContent ? `${place.textContent} ${words}` : words;
          place.hidden = false;
        }
        control.setAttribute("aria-invalid", "true");
        const described = new Set(
          (control.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean),
        );
        described.add(`${control.id}-problem`);
        control.setAttribute("aria-describedby", [...described].join(" "));
        const label = form
          .querySelector(`label[for="${control.id}"]`)
          ?.textContent?.replace(" (optional)", "");
        const person = control.closest("fieldset.lead")?.querySelector("legend")?.textContent;
        items.push(
          el(
            "li",
            {},
            el("a", { href: `#${control.id}` }, `${person ? `${person}, ` : ""}${label}: ${words}`),
          ),
        );
      } else items.push(el("li", {}, words));
    }
    summary.append(
      el("h3", {}, "There is a problem"),
      el("p", {}, "Your policy was not built. Put these right, then press Build my policy again:"),
      el("ul", {}, ...items),
    );
    summary.hidden = false;
    summary.focus();
    return problems.length;
  }

  async function auditOf(html: Uint8Array): Promise<void> {
    const asOf = todayIso();
    const findings = await options.checkPolicy(html, "your-new-policy.html", options.audit, { asOf });
    live.replaceChildren(
      summaryBox({ fileName: "your new policy", asOf, findings }),
      ...questionSections(findings, "h4", "live"),
    );
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  /** Live: after a pause in typing, the policy is built as a web page and checked. */
  function changed(): void {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const mine = ++generation;
      const { id, yaml } = settingYaml();
      if (!id) return;
      const result = await options.buildPolicy(yaml, `orgs/${id}.yaml`, build, {
        formats: ["html"],
        sourceDate: todayIso(),
      });
      if (mine !== generation) return;
      const html = result.files.find((f) => f.format === "html");
      if (result.problems.length || !html) {
        live.replaceChildren(
          el("p", {}, "Some of what you have entered needs putting right before the policy can be checked."),
        );
        return;
      }
      await auditOf(html.bytes);
    }, 700);
  }
  form.addEventListener("change", changed);
  // Someone starting on the form will build: have the fonts ready by then.
  form.addEventListener("focusin", () => void options.beforeRender?.(), { once: true });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (buildButton.disabled) return;
    buildButton.disabled = true;
    clearTimeout(timer);
    generation++;
    for (const a of Array.from(downloads.querySelectorAll("a"))) URL.revokeObjectURL(a.href);
    downloads.hidden = true;
    downloads.replaceChildren();
    status.classList.remove("problem");
    status.textContent = "Building your policy…";
    try {
      await nextPaint();
      await options.beforeRender?.();
      const { id, yaml, leadIndex } = settingYaml();
      const result = await options.buildPolicy(yaml, `orgs/${id || "your-setting"}.yaml`, build, {
        formats: ["docx", "pdf", "html"],
        sourceDate: todayIso(),
      });
      if (result.problems.length) {
        const count = showProblems(result.problems, leadIndex);
        status.textContent = `Your policy was not built: ${count === 1 ? "1 thing needs" : `${count} things need`} putting right (listed at the top of the form).`;
        status.classList.add("problem");
        return;
      }
      clearProblems();
      const link = (bytes: Uint8Array | string, name: string, type: string, text: string) =>
        el(
          "li",
          {},
          el(
            "a",
            { href: URL.createObjectURL(new Blob([bytes as BlobPart], { type })), download: name },
            text,
          ),
        );
      const byTemplate = new Map<string, typeof result.files>();
      for (const file of result.files)
        byTemplate.set(file.templateId, [...(byTemplate.get(file.templateId) ?? []), file]);
      const lists: HTMLElement[] = [];
      for (const [templateId, files] of byTemplate) {
        const title = titles.get(templateId) ?? templateId;
        lists.push(
          el("h4", {}, title),
          el(
            "ul",
            { class: "downloads" },
            ...files.map((f) =>
              link(
                f.bytes,
                `${id}-${templateId}.${f.format}`,
                MIME[f.format],
                `${title} as ${FORMAT_WORDS[f.format]} (.${f.format}, ${sizeText(f.bytes.byteLength)})`,
              ),
            ),
          ),
        );
      }
      downloads.append(
        el("h3", { id: "downloads-heading", tabindex: "-1" }, "Your policy is ready"),
        el(
          "p",
          {},
          "Download it below. It was made here, on this page: nothing you typed has been sent anywhere. Send your details file to your safeguarding partnership so that they can keep your policy up to date.",
        ),
        ...lists,
        el("h4", {}, "Your details"),
        el(
          "ul",
          { class: "downloads" },
          link(yaml, `${id}.yaml`, "text/yaml", `Your details for the partnership (${id}.yaml)`),
        ),
        ...(result.warnings.length
          ? [el("p", { class: "hint" }, `Please note: ${result.warnings.join(" ")}`)]
          : []),
      );
      downloads.hidden = false;
      status.textContent = `Your policy is ready: ${result.files.length} files to download.`;
      (document.getElementById("downloads-heading") as HTMLElement).focus();
      const html = result.files.find((f) => f.format === "html");
      if (html) await auditOf(html.bytes);
    } catch (error) {
      status.textContent = `Your policy could not be built: ${error instanceof Error ? error.message : String(error)}.`;
      status.classList.add("problem");
    } finally {
      buildButton.disabled = false;
    }
  });
}
