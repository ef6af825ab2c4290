import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../apps/server/bin/waymark.js", import.meta.url));

export type ServeProcess = { baseUrl: string; output: () => string; child: ChildProcess; stop: () => Promise<number | null> };

/** Runs `waymark serve` as its own process, as a user would, on a free port; resolves once it says it is serving. */
export async function startServeProcess(env: Record<string, string>): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, "serve"], {
    env: { ...process.env, PORT: "0", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`waymark serve did not start in 60 s:\n${output}`)), 60_000);
    const check = () => {
      const match = /serving the portal at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1] && output.includes("started in")) {
        clearTimeout(timer);
        // the one-time password lines follow the serving line in the same write or right after it
        setTimeout(() => resolve(match[1] as string), 200);
      }
    };
    child.stdout?.on("data", check);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`waymark serve exited with ${code}:\n${output}`));
    });
  });
  return {
    baseUrl,
    output: () => output,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.removeAllListeners("exit");
        child.on("exit", (code) => resolve(code));
        child.kill("SIGTERM");
      }),
  };
}

/** Signs in through the API with the printed one-time password, replaces it, and returns the session cookie. */
export async function signInAsFirstAdministrator(server: ServeProcess): Promise<string> {
  const password = /password: (\S+)/.exec(server.output())?.[1];
  if (!password) throw new Error(`no one-time password printed:\n${server.output()}`);
  const login = await fetch(`${server.baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password }),
  });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status}`);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const changed = await fetch(`${server.baseUrl}/api/auth/password`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "x-requested-with": "waymark" },
    body: JSON.stringify({ currentPassword: password, newPassword: "a password of my own choosing" }),
  });
  if (changed.status !== 204) throw new Error(`password change failed: ${changed.status}`);
  return cookie;
}
