#!/usr/bin/env node
// `topkit --version` is answered before commander or anything else loads: shells and scripts call it
// most, and it should cost little more than starting Node. Everything else goes through main().
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
  const { version } = await import("../dist/version.mjs");
  process.stdout.write(`${version}\n`);
} else {
  const { main } = await import("../dist/main.mjs");
  await main();
}
