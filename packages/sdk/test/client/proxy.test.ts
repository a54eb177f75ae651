import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { useServer } from "./support/clients.js";
import { startConnectProxy, type TestProxy } from "./support/connect-proxy.js";

const PROXY_VARS = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"];

describe("proxies", () => {
  const top = useServer();
  let proxy: TestProxy;
  const saved = Object.fromEntries(PROXY_VARS.map((name) => [name, process.env[name]]));

  beforeAll(async () => {
    proxy = await startConnectProxy();
  });
  afterAll(() => proxy.close());
  afterEach(() => {
    proxy.tunnels.length = 0;
    for (const name of PROXY_VARS) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });
  const clearEnv = () => {
    for (const name of PROXY_VARS) delete process.env[name];
  };
  const target = () => new URL(top.url).host;

  test("HTTP_PROXY from the environment: the call goes through a CONNECT tunnel", async () => {
    clearEnv();
    process.env.HTTP_PROXY = proxy.url;
    const body = await top.client().call("x.y", { a: "1" });
    expect(body).toEqual({ x_y_response: { request_id: "r" } });
    expect(proxy.tunnels).toEqual([target()]);
    expect(top.received[0]?.form).toEqual({ a: "1" });
  });

  test("NO_PROXY naming the host: the call goes direct", async () => {
    clearEnv();
    process.env.HTTP_PROXY = proxy.url;
    process.env.NO_PROXY = "127.0.0.1";
    await top.client().call("x.y");
    expect(proxy.tunnels).toEqual([]);
    expect(top.received).toHaveLength(1);
  });

  test("the proxy option, and proxy: false ignoring the environment", async () => {
    clearEnv();
    await top.client({ proxy: proxy.url }).call("x.y");
    expect(proxy.tunnels).toEqual([target()]);
    process.env.HTTP_PROXY = "http://127.0.0.1:1";
    await top.client({ proxy: false }).call("x.y");
    expect(proxy.tunnels).toHaveLength(1);
    expect(top.received).toHaveLength(2);
  });
});
