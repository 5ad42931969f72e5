import { setFlagsFromString } from 'node:v8';

/**
 * One setting of the JavaScript engine for the process that classifies: no allocation-site
 * pretenuring. Imported first by the classifier (index.ts), before any posting is classified.
 *
 * Why: classifyItems takes postings through the stages in groups, and each posting's arrays and
 * strings stay alive until its group is done. When many of the objects a line of code allocates
 * outlive a young-generation collection, V8 starts allocating that line's objects straight into
 * the old generation ("pretenuring"), where they are only freed by a full collection. For the
 * classifier's short-lived drafts that guess is wrong: with groups of 64, peak RSS over the
 * recorded postings was 330–560 MiB with pretenuring and 270–290 MiB without, and classifying
 * was 13% faster without (5,780 against 5,110 postings/s, alternating processes). With groups of
 * 16 the setting changed neither (RSS 264–281 MiB both ways, speed within the noise), so it
 * costs nothing where it does not help.
 *
 * The flag is process-wide. It only changes where V8 places new objects, never what any code
 * computes; Node's documentation warns that flags set after start-up may simply do nothing, in
 * which case the classifier is as fast as with groups of 16 and uses more memory, still correct.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
