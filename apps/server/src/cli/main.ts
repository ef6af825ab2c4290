import { Command, InvalidArgumentError } from "commander";
import { createAdminCommand, resetPasswordCommand } from "./commands/accounts.ts";
import { exportCommand } from "./commands/export.ts";
import { importCommand } from "./commands/import.ts";
import { migrateCommand } from "./commands/migrate.ts";
import { seedCommand } from "./commands/seed.ts";
import { serveCommand } from "./commands/serve.ts";
import { simulateCommand } from "./commands/simulate.ts";

const positiveInt = (value: string) => {
  const n = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
};

const program = new Command()
  .name("waymark")
  .description("Waymark: engagement orchestration for onboarding teams. Configuration comes from environment variables (see README).")
  .showHelpAfterError();

program
  .command("serve")
  .description("start the portal and API (embedded PostgreSQL unless DATABASE_URL is set)")
  .action(() => serveCommand());

program.command("migrate").description("apply pending database migrations and exit").action(() => migrateCommand());

program
  .command("seed")
  .description("generate deterministic, realistic customers, tenants, services and entitlement splits")
  .requiredOption("--tenants <n>", "how many tenants to generate", positiveInt)
  .option("--seed <n>", "random seed: the same seed gives the same data", positiveInt, 1)
  .option("--today <date>", "reference date for generated dates (YYYY-MM-DD)", new Date().toISOString().slice(0, 10))
  .option("--append", "add to a database that already has tenants", false)
  .action((options) => seedCommand(options));

program
  .command("export")
  .description("write the whole database as JSON lines (one record per line) to a file or stdout")
  .option("--out <file>", "file to write; - for standard output", "-")
  .action((options) => exportCommand(options));

program
  .command("import")
  .description("load a JSON-lines export into an empty database, in one transaction")
  .requiredOption("--in <file>", "file to read; - for standard input")
  .action((options) => importCommand(options));

program
  .command("simulate")
  .description("show what the playbooks would do to a tenant in the next business days if nobody acted; changes nothing")
  .requiredOption("--tenant <id>", "the tenant's id or tenant GUID")
  .option("--days <n>", "business days to look ahead (1-90)", positiveInt, 15)
  .option("--json", "print the simulation as JSON (as GET /api/tenants/:id/simulation answers)", false)
  .action((options) => simulateCommand(options));

program
  .command("create-admin")
  .description("create another administrator with a one-time password, printed once")
  .requiredOption("--username <name>", "the new administrator's username")
  .option("--display-name <name>", "their name as people read it")
  .action((options) => createAdminCommand(options));

program
  .command("reset-password")
  .description("give an account a new one-time password (printed once) and end its sessions, e.g. for a locked-out administrator")
  .requiredOption("--username <name>", "the account's username")
  .action((options) => resetPasswordCommand(options));

await program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`waymark: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
