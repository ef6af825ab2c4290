// Test fixture: starts the embedded server and prints its URL, then waits to be killed with SIGKILL (a crash).
import { startEmbeddedPostgres } from "./embedded.ts";

const server = await startEmbeddedPostgres({ dataDir: process.argv[2] ?? "" });
process.stdout.write(`${server.url}\n`);
setInterval(() => {}, 60_000);
