import { hashPassword } from '../../seed/gateway';
import { generateWholesale } from './generate';
import { parseWholesaleArgs, printGeneration } from './options';

/**
 * Generates the wholesale data set alone:
 *   node tools/dist/bench/wholesale/generate-cli.js [--scale 0.01] [--seed 17] [--database name]
 * Server: TEST_MYSQL_URL or BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306).
 */
async function main(): Promise<void> {
  const options = parseWholesaleArgs(process.argv.slice(2));
  const report = await generateWholesale(options.server, options.database, {
    scale: options.scale,
    seed: options.seed,
    now: options.now,
    passwordHash: await hashPassword(options.password),
    skipPriceIndexBuild: options.skipPriceIndexBuild,
  });
  printGeneration(report);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
