import { CliError, EXIT } from "../../cli-error.js";

/** The gateway as documented for `@topkit/sdk/testing`. */
export interface LocalGateway {
  readonly url: string;
  /** The latest requests, oldest first; `session` and `sign` already shortened by the gateway. */
  readonly requests?: readonly GatewayRequestSeen[];
  close(): Promise<void> | void;
}

/** What the CLI shows of each request the gateway answered. */
export interface GatewayRequestSeen {
  readonly httpMethod: string;
  readonly apiMethod: string | undefined;
  readonly answer: { readonly status: number; readonly code?: number; readonly subCode?: string };
}

export type CreateLocalGateway = (options: {
  appKey: string;
  appSecret: string;
  port?: number;
}) => LocalGateway | Promise<LocalGateway>;

/** `createLocalGateway` from the installed SDK; an SDK without one is reported, not crashed on. */
export async function loadGateway(): Promise<CreateLocalGateway> {
  const testing = (await import("@topkit/sdk/testing")) as { createLocalGateway?: CreateLocalGateway };
  if (typeof testing.createLocalGateway !== "function") {
    throw new CliError(
      EXIT.internal,
      "this @topkit/sdk has no local gateway (createLocalGateway in @topkit/sdk/testing)",
      {
        hint: "update @topkit/sdk",
      },
    );
  }
  return testing.createLocalGateway;
}
