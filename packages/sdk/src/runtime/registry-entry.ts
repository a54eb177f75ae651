import type { ResponseClass, TopRequest } from "./request.js";

/** What the generated registry knows of one API without loading its module. */
export interface RegistryEntry {
  readonly method: string;
  readonly title: string;
  readonly category?: string;
  readonly docId?: number;
  readonly needsSession: boolean;
  /** Class names, as the Java SDK names them. */
  readonly request: string;
  readonly response: string;
  /** Loads the API's module and returns its request and response classes. */
  // biome-ignore lint/suspicious/noExplicitAny: any generated request's constructor
  load(): Promise<{ Request: new (init?: any) => TopRequest; Response: ResponseClass }>;
}
