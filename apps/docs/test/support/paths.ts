import { fileURLToPath } from "node:url";

/** apps/docs */
export const docsRoot = fileURLToPath(new URL("../../", import.meta.url));
/** Screenshots and other files the browser tests leave for a person to look at. */
export const e2eOutput = fileURLToPath(new URL("../../.e2e-output/", import.meta.url));

export const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
