import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_HN_DIR, startHnReplay } from './hn-replay.ts';

// A local replay of the recorded HN data for trying the crawler by hand:
//   npx tsx test/fakes/hn-replay-cli.ts --port 8787 [--dir ../shared/hn] [--latency 50] [--5xx 0.1] [--timeout 0.02]
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    dir: { type: 'string', default: DEFAULT_HN_DIR },
    latency: { type: 'string', default: '0' },
    '5xx': { type: 'string', default: '0' },
    timeout: { type: 'string', default: '0' },
  },
});
// The recording lives outside the repository, in ../shared/hn beside the checkout: said plainly
// when it is not there, rather than as a stack trace.
if (!existsSync(join(values.dir, 'threads.json'))) {
  process.stderr.write(`No recorded HN data at ${values.dir} (threads.json missing). It lives in shared/hn beside the checkout; point --dir at it.\n`);
  process.exit(2);
}
const replay = await startHnReplay({
  dataDir: values.dir,
  port: Number(values.port),
  latencyMs: Number(values.latency),
  faults: { http5xx: Number(values['5xx']), timeout: Number(values.timeout) },
}).catch((err: Error) => {
  process.stderr.write(`The replay could not start: ${err.message}\n`);
  process.exit(1);
});
process.stdout.write(`HN replay on ${replay.baseUrl} (HN_API_URL=${replay.baseUrl})\n`);
const stop = async () => {
  await replay.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
