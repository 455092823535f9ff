/*
 * The baseline of `npm run bench:certificates`: the certificate template rendered N times in a loop
 * in this one process (fonts loaded once, as in the worker), nothing else — no queue, no database,
 * no storage. Prints `{"certificates": N, "seconds": s, "perSecond": r}`. Started with
 * `node -r @swc-node/register` by tools/bench/bench-certificates.mjs.
 */
import { pdfDataOf } from '../lib/issuing/certificate-content';
import { newVerificationCode } from '../lib/code/verification-code';
import { CertificatePdfRenderer } from '../lib/pdf/certificate-pdf';
import { benchContent } from './bench-content';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  const renderer = new CertificatePdfRenderer();
  // Warm-up (fonts parsed, JIT): not counted, as the worker's first certificate is not in steady state either.
  await renderer.render(pdfDataOf(benchContent(0), newVerificationCode(), new Date(), 'http://localhost:3000'));
  const start = process.hrtime.bigint();
  for (let i = 1; i <= count; i++)
    await renderer.render(pdfDataOf(benchContent(i), newVerificationCode(), new Date(), 'http://localhost:3000'));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(`${JSON.stringify({ certificates: count, seconds, perSecond: count / seconds })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
