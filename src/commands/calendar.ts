/**
 * `policysmith calendar`: the dates each setting must not miss — its next policy review, each lead's training
 * expiry, the last day to approve a new model version — as an iCalendar file to import into Outlook, Google or
 * Apple Calendar, each with a reminder days before. One file for the partnership, or one per setting.
 */
import { resolve } from "node:path";
import { Command } from "commander";
import { WriteError, writeFileAtomically } from "../build/write-atomic.js";
import type { TrainingValidity } from "../calendar/events.js";
import { UsageError } from "../errors.js";
import type { Io } from "../io.js";
import type { Partnership } from "../model.js";
import { collect, parseAsOf, projectRoot } from "./common.js";
import { plural, printProblems } from "./report-problems.js";

const DEFAULT_REMIND_DAYS = 30;

interface CalendarOptions {
  org?: string[];
  out?: string;
  perSetting?: string;
  remind?: string;
  asOf?: string;
  root?: string;
}

function parseRemind(text: string | undefined): number {
  if (text === undefined) return DEFAULT_REMIND_DAYS;
  if (!/^\d+$/.test(text) || Number(text) > 366)
    throw new UsageError(
      `--remind "${text}" is not a number of days — write how many days before each date the reminder comes, e.g. --remind 30`,
    );
  return Number(text);
}

/** The right-hand side of the uids: the partnership's own web address, so two partnerships never share a uid. */
function uidDomain(partnership: Partnership): string {
  try {
    if (partnership.website) return new URL(partnership.website).hostname;
  } catch {
    // not a web address the schema let through: fall back
  }
  return "policysmith.invalid";
}

export function calendarCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command("calendar")
    .description(
      "write the dates each setting must not miss (next policy review, each lead's training expiry, the last day to approve a new model version) as an iCalendar file, with reminders",
    )
    .option("--org <id>", "only this setting (repeat the flag, or separate ids with commas)", collect)
    .option("--out <file>", "the partnership's calendar, every setting in one file (default: calendar.ics)")
    .option("--per-setting <dir>", "also write one calendar per setting into this folder, <setting-id>.ics")
    .option(
      "--remind <days>",
      `days before each date that the reminder comes (default: ${DEFAULT_REMIND_DAYS})`,
    )
    .option("--as-of <date>", "the date the calendar is made on, YYYY-MM-DD (default: today)")
    .option("--root <dir>", "project folder")
    .action(async (opts: CalendarOptions) => {
      const remindDays = parseRemind(opts.remind);
      // Loaded here, not at the top: the other commands never wait for the iCalendar library.
      const [
        { toICalendar },
        { approvalProblems },
        { resolveRules },
        { rules },
        { calendarEvents, DEFAULT_TRAINING_VALIDITY },
        { loadProject },
      ] = await Promise.all([
        import("../calendar/ics.js"),
        import("../approval/check-project.js"),
        import("../audit/config.js"),
        import("../audit/rules/index.js"),
        import("../calendar/events.js"),
        import("../data/load-project.js"),
      ]);
      const asOf = parseAsOf(opts.asOf, io);
      const root = projectRoot(io, opts.root);
      const project = await loadProject(root, { orgs: opts.org });
      // A setting whose approval names a version that does not exist is left out, like any setting with a problem.
      const approval = approvalProblems(project);
      const problems = [...project.problems, ...approval];
      const broken = new Set(approval.map((p) => p.settingId));
      const settings = project.settings.filter((s) => !broken.has(s.id));
      printProblems(io, problems);

      const trainingStale = resolveRules(rules, project.partnership, project.locate).find(
        (a) => a.rule.meta.id === "training-stale",
      );
      const training: TrainingValidity = { ...DEFAULT_TRAINING_VALIDITY, ...trainingStale?.options };
      const events = calendarEvents({
        partnership: project.partnership,
        settingTypes: project.settingTypes,
        templates: project.templates,
        settings,
        asOf,
        training,
      });
      const domain = uidDomain(project.partnership);
      const partnershipName = project.partnership.short_name ?? project.partnership.name;

      const written: string[] = [];
      const write = async (given: string, text: string) => {
        try {
          await writeFileAtomically(resolve(io.cwd, given), text);
        } catch (error) {
          if (!(error instanceof WriteError)) throw error;
          throw new UsageError(`the calendar could not be written to ${given}: ${error.message}`);
        }
        written.push(given);
      };
      const out = opts.out ?? (opts.perSetting === undefined ? "calendar.ics" : undefined);
      if (out !== undefined)
        await write(
          out,
          toICalendar(events, {
            name: `${partnershipName}: safeguarding dates`,
            asOf,
            remindDays,
            uidDomain: domain,
          }),
        );
      if (opts.perSetting !== undefined)
        for (const setting of settings)
          await write(
            `${opts.perSetting.replace(/\/+$/, "")}/${setting.id}.ics`,
            toICalendar(
              events.filter((e) => e.settingId === setting.id),
              { name: `${setting.name}: safeguarding dates`, asOf, remindDays, uidDomain: domain },
            ),
          );

      const reminder =
        remindDays === 0 ? "reminders on the day" : `reminders ${plural(remindDays, "day")} before`;
      io.stdout(
        `${plural(events.length, "date")} for ${plural(settings.length, "setting")}, ${reminder}: wrote ${written.length === 1 ? written[0] : `${plural(written.length, "calendar file")}${out ? ` (${out} and one per setting in ${opts.perSetting})` : ` in ${opts.perSetting}`}`}.\n`,
      );
      if (problems.length) {
        io.stdout(
          `${plural(problems.length, "problem")} found: the settings they are in are not in the calendar — fix them and run again.\n`,
        );
        setExitCode(1);
      } else setExitCode(0);
    });
}
