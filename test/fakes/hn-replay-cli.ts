import { parseArgs } from 'node:util';
import { startHnReplay } from './hn-replay.ts';

// A local replay of the recorded HN data for trying the crawler by hand:
//   npx tsx test/fakes/hn-replay-cli.ts --port 8787 [--latency 50] [--5xx 0.1] [--timeout 0.02]
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    latency: { type: 'string', default: '0' },
    '5xx': { type: 'string', default: '0' },
    timeout: { type: 'string', default: '0' },
  },
});
const replay = await startHnReplay({
  port: Number(values.port),
  latencyMs: Number(values.latency),
  faults: { http5xx: Number(values['5xx']), timeout: Number(values.timeout) },
});
process.stdout.write(`HN replay on ${replay.baseUrl} (HN_API_URL=${replay.baseUrl})\n`);
const stop = async () => {
  await replay.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
