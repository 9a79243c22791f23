import { request } from "node:http";

/** A fleet deployment: the rolling lifecycle run by the fleet, two instances a batch, two failures fail it. */
export const FLEET_MANIFEST = `lifecycle: rolling
strategy:
  fleet: true
  batchSize: 2
  failureThreshold: 2
`;

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** One request through a real socket; `chunks` sends the body in pieces without a declared length. */
export function call(
  url: string,
  method: string,
  path: string,
  options: { token?: string; body?: string; chunks?: string[] } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { "content-type": "application/json" };
    if (options.token !== undefined) headers["authorization"] = `Bearer ${options.token}`;
    if (options.body !== undefined) headers["content-length"] = Buffer.byteLength(options.body);
    const req = request(`${url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString();
        resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
      });
    });
    // The server may answer (413) and close before the whole body is sent.
    req.on("error", reject);
    if (options.chunks) for (const c of options.chunks) req.write(c);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
