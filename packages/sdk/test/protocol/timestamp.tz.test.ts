// Runs once per time zone (vitest projects "tz-los-angeles" and "tz-shanghai" set TZ): TOP's clock is
// GMT+8 whatever the host's zone, so the same instant must give the same text under both.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { DefaultTaobaoClient } from "../../src/client/index.js";
import { systemParams } from "../../src/protocol/index.js";
import { formatTopDate } from "../../src/runtime/index.js";
import { answerOk } from "../client/support/clients.js";
import { type RecordingServer, startServer } from "../client/support/recording-server.js";
import { signVectors } from "../support-vectors.js";

const { epochMs, gmt8 } = signVectors.timestamp;
/** Minutes behind UTC on 2024-05-01 in each zone the file runs under (PDT, CST). */
const OFFSETS: Record<string, number> = { "America/Los_Angeles": 420, "Asia/Shanghai": -480 };

describe(`timestamp under TZ=${process.env.TZ}`, () => {
  let server: RecordingServer;
  beforeAll(async () => {
    server = await startServer(answerOk);
  });
  afterAll(() => server.close());

  test("the host really is in the zone this run is for", () => {
    expect(Object.keys(OFFSETS)).toContain(process.env.TZ);
    expect(new Date(epochMs).getTimezoneOffset()).toBe(OFFSETS[process.env.TZ!]);
  });

  test(`epoch ${epochMs} is ${gmt8} in GMT+8`, () => {
    expect(gmt8).toBe("2024-05-01 08:30:00");
    expect(formatTopDate(epochMs)).toBe(gmt8);
    const params = systemParams({ apiMethod: "m", appKey: "k", signMethod: "md5", format: "json" }, epochMs);
    expect(params.timestamp).toBe(gmt8);
  });

  test("the client sends that timestamp", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: epochMs });
    try {
      const client = new DefaultTaobaoClient(server.url, "k", "secret-tz", { retries: 0 });
      await client.call("x.y", {});
      await client.close();
    } finally {
      vi.useRealTimers();
    }
    expect(server.received.at(-1)?.query.timestamp).toBe(gmt8);
  });
});
