#!/usr/bin/env node
// `topkit --version` is answered before commander or anything else loads: shells and scripts call it
// most, and it should cost little more than starting Node. Everything else goes through main().
// A reader that stops early (`topkit --help | head -3`) closes the pipe; that ends the output, not the
// program with a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
  const { version } = await import("../dist/version.mjs");
  process.stdout.write(`${version}\n`);
} else {
  const { main } = await import("../dist/main.mjs");
  await main();
}
