import { DefaultTaobaoClient, SIGN_METHODS } from "@topkit/sdk";
import { expect, test } from "vitest";
import { ENV_NAMES, SIGN_METHOD_NAMES } from "../src/commands/shared-options.js";

// The help is built without loading the SDK, so these choices are copies; they must not drift.
test("--env choices are the SDK's environments and --sign-method choices its sign methods", () => {
  expect([...ENV_NAMES]).toEqual(Object.keys(DefaultTaobaoClient.env));
  expect([...SIGN_METHOD_NAMES]).toEqual([...SIGN_METHODS]);
});
