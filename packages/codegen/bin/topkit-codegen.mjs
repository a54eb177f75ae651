#!/usr/bin/env node
import { main } from "../dist/cli/main.mjs";

// A reader that stops early (`topkit-codegen --help | head -3`) closes the pipe: end quietly, no stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

await main();
