import { classifyJsonlFile } from '../src/core/classify/predict.ts';

// Writes predictions for a JSONL file of HN items to stdout (default: the dev set).
await classifyJsonlFile(process.argv[2] ?? '../shared/eval/dev-items.jsonl', (l) => process.stdout.write(`${l}\n`));
