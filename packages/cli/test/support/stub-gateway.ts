import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type SignMethod, signTopRequest } from "@topkit/sdk";

// TEMPORARY stand-in for @topkit/sdk/testing's createLocalGateway while it is built on feat/gateway.
export async function startStubGateway(appKey: string, appSecret: string) {
  const requests: { apiMethod?: string; params: Record<string, string> }[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8").on("data", (d: string) => {
      body += d;
    });
    req.on("end", () => {
      if (!req.url?.startsWith("/router/rest")) return void res.writeHead(404).end("<html>404</html>");
      const params = Object.fromEntries([
        ...new URL(req.url ?? "/", "http://x").searchParams,
        ...new URLSearchParams(body),
      ]) as Record<string, string>;
      requests.push({ apiMethod: params.method, params });
      const fail = (code: number, msg: string) => JSON.stringify({ error_response: { code, msg, request_id: "r1" } });
      let out: string;
      if (params.app_key !== appKey) out = fail(29, "Invalid app Key");
      else if (signTopRequest(params, appSecret, params.sign_method as SignMethod) !== params.sign)
        out = fail(25, "Invalid signature");
      else if (!params.method?.startsWith("tmall.")) out = fail(22, "Invalid method");
      else if (!params.req) out = fail(40, "Missing required arguments:req");
      else
        out = JSON.stringify({
          [`${params.method!.replaceAll(".", "_")}_response`]: {
            result: { code: "success", msg: "成功", success: "true" },
            request_id: "r2",
          },
        });
      res.writeHead(200, { "content-type": "text/javascript;charset=UTF-8" }).end(out);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/router/rest`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
