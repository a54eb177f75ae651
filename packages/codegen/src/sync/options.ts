import type { WriteTreeOptions } from "../fs/write-tree.js";
import type { HttpOptions } from "./http/http-client.js";

/** What to sync and how: the CLI's flags, parsed and checked. */
export interface SyncOptions {
  /** Workspace root (holds packages/sdk and .changeset). */
  root: string;
  /** The doc site root with a trailing slash, `https://open.taobao.com/` by default. */
  base: URL;
  /** Refresh only these manifest APIs. */
  only: readonly string[];
  /** Add (or refresh) APIs by docId (number) or method name. */
  add: readonly (number | string)[];
  /** Add (or refresh) every API of this catalogue category. */
  category?: number | undefined;
  /** Drop these APIs from the SDK (a major change). */
  remove: readonly string[];
  /** Print the diff and the bump, write nothing. */
  dryRun: boolean;
  /** Also write the run as Markdown here (the sync workflow's pull request body), whatever happens. */
  report?: string | undefined;
  http: HttpOptions;
  /** The clock for `fetchedAt` and the changeset's name. */
  now?: (() => Date) | undefined;
  /** Passed to the final write (tests inject a failure there). */
  write?: WriteTreeOptions | undefined;
}

/** Where the messages go: the diff on `out`, progress and errors on `err`. */
export interface SyncIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A flag that contradicts the workspace (an `--only` API the manifest lacks): exit 2, nothing fetched. */
export class SyncUsageError extends Error {
  override name = "SyncUsageError";
}
