import { runCli } from './cli/main.ts';

// The hiring-radar command line. Output goes to stdout, diagnostics and logs to stderr.
const code = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTty: Boolean(process.stderr.isTTY),
  env: process.env,
});
process.exitCode = code;
