// A tiny test harness: named checks, each passes, fails or is skipped with a
// reason; a readable report at the end and the closing count line.
export class Harness {
  constructor() {
    this.results = [];
  }

  async check(name, fn) {
    const started = Date.now();
    try {
      const outcome = await fn();
      if (outcome && outcome.skip) {
        this.results.push({ name, status: 'skip', detail: outcome.skip });
        console.log(`skip - ${name}: ${outcome.skip}`);
      } else {
        this.results.push({ name, status: 'pass' });
        console.log(`ok   - ${name} (${Date.now() - started} ms)`);
      }
    } catch (err) {
      const detail = err && err.message ? err.message : String(err);
      this.results.push({ name, status: 'fail', detail });
      console.log(`FAIL - ${name}\n${indent(detail)}`);
    }
  }

  summary() {
    const count = (s) => this.results.filter((r) => r.status === s).length;
    const failed = this.results.filter((r) => r.status === 'fail');
    const skipped = this.results.filter((r) => r.status === 'skip');
    if (skipped.length) {
      console.log('\nSkipped:');
      for (const r of skipped) console.log(`  - ${r.name}: ${r.detail}`);
    }
    if (failed.length) {
      console.log('\nFailed:');
      for (const r of failed) console.log(`  - ${r.name}\n${indent(r.detail, 6)}`);
    }
    console.log(`\nbrowser: ${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`);
    return failed.length === 0;
  }
}

export function indent(text, n = 4) {
  const pad = ' '.repeat(n);
  return String(text).split('\n').map((l) => pad + l).join('\n');
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}
