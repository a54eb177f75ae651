import { defineConfig } from "vitepress";
import { siteConfig } from "../../src/site-config.js";

export default defineConfig(siteConfig());
