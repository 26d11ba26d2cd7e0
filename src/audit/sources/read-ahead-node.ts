/**
 * Reading ahead: the policy files of a small audit are read in a worker thread while the main thread loads the
 * rules, so on a machine with two cores the two overlap (a Word file's first read and the rules' first load are
 * each a good part of `audit one.docx`). A file the thread did not answer for (it failed to start, or stopped)
 * is read in this thread, as without it; what a file's reading throws is thrown here as it would be there.
 *
 * The CLI can start that thread earlier still (prestartReader, from bin.ts): before it has loaded its commands it
 * knows that `audit a.docx` will read a Word file, so the thread starts and loads the Word reader while the main
 * thread loads the CLI, and it reads the files when the audit hands them over (readAhead takes the waiting
 * thread). A thread the command does not take holds nothing up: it keeps no event loop alive, and
 * dropPrestartedReader stops it.
 */
import { Worker } from "node:worker_threads";
import { workerFile } from "../../paths.js";
import type { SourceDocument } from "../rule.js";
import { Unreadable } from "./unreadable.js";

/** A file to read: where it is, how findings name it, the setting it belongs to. */
export interface ReadRequest {
  path: string;
  file: string;
  settingId?: string;
}

/** The worker's answer for the request at `index`. */
export type ReadAnswer =
  | { index: number; document: SourceDocument }
  | { index: number; error: { unreadable: boolean; message: string; stack?: string } };

export type DocumentReader = (target: ReadRequest) => Promise<SourceDocument>;

/**
 * Whether an audit of this many documents with this many jobs audits them in worker threads (each reading its
 * own) rather than in the main thread — the engine's rule, here so that the CLI can tell before loading it.
 */
export function auditedInWorkers(documents: number, jobs: number): boolean {
  return jobs > 1 && documents >= 2 * jobs;
}

/**
 * Reader threads of this process (tests look at them): started by readAhead, or by prestartReader before their
 * files were known, and how many of those readAhead took.
 */
export const readAheadThreads = { started: 0, prestarted: 0, taken: 0 };

/** What the thread is started with: the files to read, or the formats to load the readers of and wait. */
export type ReaderData = ReadRequest[] | { formats: SourceDocument["format"][] };

/** A thread prestartReader started, waiting for its files, and the worker file it runs. */
let prestarted: { worker: Worker; file: string } | undefined;

/**
 * Starts a reader thread that loads the readers of `formats` and waits for readAhead to hand it the files. At
 * most one waits at a time; one that fails to start is no error (readAhead starts its own, or reads here).
 */
export function prestartReader(
  formats: readonly SourceDocument["format"][],
  file = workerFile("read"),
): void {
  if (prestarted) return;
  let worker: Worker;
  try {
    worker = new Worker(file, { workerData: { formats: [...new Set(formats)] } satisfies ReaderData });
  } catch {
    return;
  }
  readAheadThreads.prestarted++;
  const started = { worker, file };
  worker.unref();
  // A thread that failed or ended before it was taken is forgotten; after, readAhead's own handlers see it.
  const forget = () => {
    if (prestarted === started) prestarted = undefined;
  };
  worker.on("error", forget);
  worker.on("exit", forget);
  prestarted = started;
}

/** Stops the thread prestartReader started, if no audit took it. */
export async function dropPrestartedReader(): Promise<void> {
  const waiting = prestarted;
  prestarted = undefined;
  await waiting?.worker.terminate();
}

const readHere: DocumentReader = async (target) =>
  (await import("./read-file-node.js")).readDocument(target.path, target.file, target.settingId);

/**
 * Starts reading `targets` in a worker thread now; the reader it returns gives each one's document when it is
 * there (a target not in the list is read in this thread).
 */
export function readAhead(targets: readonly ReadRequest[], file = workerFile("read")): DocumentReader {
  const answers = new Map<ReadRequest, Promise<SourceDocument>>();
  const settle: Array<{ resolve: (d: SourceDocument) => void; reject: (e: unknown) => void; done: boolean }> =
    [];
  for (const target of targets) {
    const answer = new Promise<SourceDocument>((resolve, reject) => {
      settle.push({ resolve, reject, done: false });
    });
    // A file that cannot be read may be answered before the audit asks for it: not an unhandled rejection.
    answer.catch(() => undefined);
    answers.set(target, answer);
  }
  // Whatever the thread left unanswered is read here.
  const readRest = () => {
    targets.forEach((target, index) => {
      const waiting = settle[index];
      if (waiting.done) return;
      waiting.done = true;
      readHere(target).then(waiting.resolve, waiting.reject);
    });
  };
  const requests: ReadRequest[] = targets.map(({ path, file, settingId }) => ({ path, file, settingId }));
  let worker: Worker;
  try {
    if (prestarted?.file === file) {
      worker = prestarted.worker;
      prestarted = undefined;
      worker.ref();
      worker.postMessage(requests);
      readAheadThreads.taken++;
    } else worker = new Worker(file, { workerData: requests satisfies ReaderData });
    readAheadThreads.started++;
  } catch {
    readRest();
    return (target) => answers.get(target) ?? readHere(target);
  }
  worker.on("message", (answer: ReadAnswer) => {
    const waiting = settle[answer.index];
    if (!waiting || waiting.done) return;
    waiting.done = true;
    if ("document" in answer) waiting.resolve(answer.document);
    else {
      const error = answer.error.unreadable
        ? new Unreadable(answer.error.message)
        : new Error(answer.error.message);
      if (!answer.error.unreadable && answer.error.stack) error.stack = answer.error.stack;
      waiting.reject(error);
    }
  });
  worker.on("error", readRest);
  worker.on("exit", readRest);
  return (target) => answers.get(target) ?? readHere(target);
}
