/**
 * Whether the time a failed sign-in takes tells an attacker that an address has an account.
 * Times `checkCredentials` (what /login runs) on the embedded database with the demo workspace:
 * a wrong password for a real account against an address nobody has, interleaved, each attempt
 * from its own client address so the failure throttle never answers early. The reference, in
 * the same process, is one password hash check on its own: both cases should cost about that.
 * Run: npx tsx tests/bench/sign-in-timing.bench.ts [attempts]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { createAppContext } from '../../src/lib/server/app-context.ts';
import { checkCredentials } from '../../src/lib/server/auth/credentials.ts';
import { verifyPassword } from '../../src/lib/server/auth/password.ts';
import { readConfig } from '../../src/lib/server/config.ts';
import { users } from '../../src/lib/server/db/schema.ts';
import { median, ms, percentile } from './bench-stats.ts';

const ATTEMPTS = Number(process.argv[2] ?? 40);
const dir = mkdtempSync(path.join(os.tmpdir(), 'sign-in-bench-'));
const context = await createAppContext({ config: readConfig({ DATA_DIR: dir, SEED_DEMO: '1' }), log: () => {} });
const [alice] = await context.database.db.select().from(users).where(eq(users.email, 'alice@demo.test'));

const time = async (run: () => Promise<unknown>) => {
	const start = performance.now();
	await run();
	return performance.now() - start;
};
const samples = { real: [] as number[], unknown: [] as number[], hash: [] as number[] };
// Warm up the hash and the database connection.
for (let i = 0; i < 3; i++) await checkCredentials(context, 'alice@demo.test', 'wrong', `warm-${i}`);
for (let i = 0; i < ATTEMPTS; i++) {
	samples.real.push(await time(() => checkCredentials(context, 'alice@demo.test', `wrong-${i}`, `10.0.0.${i}`)));
	samples.unknown.push(await time(() => checkCredentials(context, `nobody-${i}@demo.test`, `wrong-${i}`, `10.1.0.${i}`)));
	samples.hash.push(await time(() => verifyPassword(alice!.passwordHash, `wrong-${i}`)));
}
const row = (label: string, v: number[]) => console.log(`${label.padEnd(40)} median ${ms(median(v))}   p90 ${ms(percentile(v, 90))}`);
console.log(`Failed sign-ins, ${ATTEMPTS} attempts each, interleaved (PGlite):`);
row('wrong password, real account', samples.real);
row('unknown address', samples.unknown);
row('reference: one password hash check', samples.hash);
const ratio = median(samples.real) / median(samples.unknown);
console.log(`real / unknown median ratio: ${ratio.toFixed(2)} (1.00 = indistinguishable; before the dummy hash it was ~4–10)`);
await context.database.close();
rmSync(dir, { recursive: true, force: true });
