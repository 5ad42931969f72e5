import { runCli } from './cli/main.ts';

// Output piped into a command that stops reading (`classify ... | head -1`): the rest is not
// wanted, which is no error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

// The hiring-radar command line. Output goes to stdout, diagnostics and logs to stderr.
const code = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTty: Boolean(process.stderr.isTTY),
  env: process.env,
});
process.exitCode = code;
