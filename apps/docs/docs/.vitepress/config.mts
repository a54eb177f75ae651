import { defineConfig } from "vitepress";

export default defineConfig({
  title: "topkit",
  description: "TypeScript SDK for the Taobao Open Platform",
  outDir: "../dist",
});
