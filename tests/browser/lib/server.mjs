// Starts the real release binary on a free port with a fresh database and a
// fixed "today", waits for GET /health, and stops it again.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const TODAY = '2026-11-22';

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

export async function startServer(repoRoot) {
  const bin = process.env.HUELLA_BIN || resolve(repoRoot, 'target/release/huella');
  if (!existsSync(bin)) {
    throw new Error(`${bin} is missing: run "cargo build --release" first (or set HUELLA_BIN)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'huella-browser-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(bin, [], {
    cwd: dir,
    env: {
      ...process.env,
      HUELLA_ADDR: `127.0.0.1:${port}`,
      HUELLA_DATABASE_URL: `sqlite://${dir}/b.db`,
      HUELLA_TODAY: TODAY,
      HUELLA_RATE_LIMIT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const stop = async () => {
    if (exited === null) {
      child.kill('SIGTERM');
      await new Promise((ok) => {
        const t = setTimeout(() => { child.kill('SIGKILL'); ok(); }, 5000);
        child.on('exit', () => { clearTimeout(t); ok(); });
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 20000;
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(`the server exited (${JSON.stringify(exited)}):\n${log}`);
    }
    try {
      const r = await fetch(`${base}/health`);
      if (r.status === 200) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`GET /health did not answer 200 within 20 s:\n${log}`);
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return { base, stop, log: () => log };
}
