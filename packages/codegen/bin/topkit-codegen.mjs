#!/usr/bin/env node
import { main } from "../dist/cli/main.mjs";

await main();
