import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { STATIC_SCRIPT_PATH } from "./shell.js";

/**
 * Bundles the static pages' script (`src/client/static-page.ts`: tabs, copy, search box) with Vite into
 * the built site. The same search code is in VitePress's own bundle for the guides, so both kinds of page
 * run one implementation.
 */
export async function bundleStaticScript(outDir: string): Promise<void> {
  const { build } = await import("vite");
  const entry = fileURLToPath(new URL("../client/static-page.ts", import.meta.url));
  const [dir, file] = [
    STATIC_SCRIPT_PATH.slice(1, STATIC_SCRIPT_PATH.lastIndexOf("/")),
    STATIC_SCRIPT_PATH.slice(STATIC_SCRIPT_PATH.lastIndexOf("/") + 1),
  ];
  await build({
    configFile: false,
    logLevel: "warn",
    build: {
      outDir: join(outDir, dir),
      emptyOutDir: false,
      minify: true,
      lib: { entry, formats: ["es"], fileName: () => file },
    },
  });
}
