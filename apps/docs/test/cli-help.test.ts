import { describe, expect, test } from "vitest";
import { captureCliHelp, commandNames } from "../src/cli-help/capture-help.js";
import { cliPage } from "../src/cli-help/cli-page.js";

describe("commandNames()", () => {
  test("reads the commands commander lists, leaving out `help`", () => {
    const help = [
      "Usage: topkit [options] [command]",
      "",
      "Options:",
      "  -v, --version            output the version number",
      "",
      "Commands:",
      "  call [options] <method>  Call a TOP API",
      "  apis [options]           List APIs",
      "  config:set <k> <v>       Set a value",
      "  help [command]           display help for command",
      "",
    ].join("\n");
    expect(commandNames(help)).toEqual(["call", "apis", "config:set"]);
  });

  test("finds none in help without a Commands section", () => {
    expect(commandNames("Usage: topkit [options]\n\nOptions:\n  -h, --help  display help\n")).toEqual([]);
  });
});

describe("the CLI reference page, from the built CLI", () => {
  const helps = captureCliHelp();

  test("starts with the program's own --help", () => {
    expect(helps[0]?.name).toBe("topkit");
    expect(helps[0]?.text).toMatch(/^Usage: topkit/);
  });

  test("has one section per command, each holding that command's help verbatim", () => {
    const page = cliPage(helps);
    for (const h of helps)
      expect(page).toContain(`## ${h.name} {#${h.name.replace(/ /g, "-")}}\n\n\`\`\`text\n${h.text}\n\`\`\``);
  });

  test("covers the commands the reference's CLI tab and the guides use, and config's subcommands", () => {
    const names = helps.map((h) => h.name);
    expect(names).toEqual(
      expect.arrayContaining(["topkit call", "topkit sign", "topkit gateway", "topkit config set"]),
    );
  });
});
