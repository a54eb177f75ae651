import { spawn } from "node:child_process";
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { BIN, cleanEnv, runCli, tempDir } from "./support/run-cli.js";

const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const args = ["call", SEED, "--set", "req.type=1", "--set", "req.data=[]", "--session", "s-1234", "--retries", "0"];
let server: Server;
const sockets: Socket[] = [];
let env: Record<string, string>;

// A server that takes the request and never answers: what a stuck gateway looks like to the client.
beforeAll(async () => {
  server = createServer((socket) => {
    sockets.push(socket);
    socket.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  env = cleanEnv(tempDir("hang"), {
    TOP_APP_KEY: "k",
    TOP_APP_SECRET: "s",
    TOP_ENDPOINT: `http://127.0.0.1:${port}/router/rest`,
  });
});

afterAll(() => {
  for (const s of sockets) s.destroy();
  server?.close();
});

test("exit 3 when no answer comes within --timeout", async () => {
  const run = await runCli([...args, "--timeout", "300ms"], env);
  expect(run.code).toBe(3);
  expect(run.stderr).toMatch(/no complete answer from 127\.0\.0\.1:\d+\/router\/rest within 300 ms/);
  expect(run.stderr).toMatch(/hint: raise --timeout/);
});

test("Ctrl-C (SIGINT) abandons the call: exit 130, said on stderr", async () => {
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  const connected = sockets.length;
  // Interrupt once the request has reached the server, i.e. while the call is really in flight.
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (sockets.length > connected) {
        clearInterval(poll);
        resolve();
      }
    }, 20);
  });
  child.kill("SIGINT");
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(code).toBe(130);
  expect(stderr).toMatch(/error: interrupted; the call was abandoned/);
});
