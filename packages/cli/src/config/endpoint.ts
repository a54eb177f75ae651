import { TOP_ENDPOINTS } from "@topkit/sdk";
import { usageError } from "../cli-error.js";

export type EndpointEnv = keyof typeof TOP_ENDPOINTS;

/** An endpoint setting as a URL: one of TOP's environments by name, or an http(s) URL. */
export function endpointUrl(value: string, from: string): string {
  if (Object.hasOwn(TOP_ENDPOINTS, value)) return TOP_ENDPOINTS[value as EndpointEnv];
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw usageError(
      `${from}: "${value}" is neither an http(s) URL nor one of ${Object.keys(TOP_ENDPOINTS).join(", ")}`,
      "e.g. --env sandbox or --endpoint http://127.0.0.1:8080/router/rest",
    );
  }
  return value;
}
