// Huella in a real browser. One command: `node tests/browser/run.mjs`.
//
// Starts the release server (target/release/huella) on a free port with a
// fresh database and HUELLA_TODAY=2026-11-22, then with Debian's Chromium:
//  - walks four journeys at 360x640 with the keyboard only, with JavaScript
//    on and again with it off, and checks the steps against POST /api/v1/plan;
//  - prints each journey's checklist, in every language, to a US Letter PDF:
//    one page, with the USCIS Contact Center number, the dates as written on
//    the page, the answers in short and a legal-help address; the Print
//    button shows only with JavaScript;
//  - Arabic-Indic digits typed into a date are accepted, in every language;
//  - in every language the start page links to: axe-core (WCAG 2.2 A and AA)
//    on every kind of page, a visible focus indicator on every Tab stop in
//    document order, no sideways scroll at 320 px;
//  - no request to another origin, no font request, no inline <script> (only
//    the site's own /static/print.js), no @font-face;
//  - page weight: HTML at most 8 KB and the stylesheet at most 6 KB gzipped;
//  - screenshots in tests/browser/screenshots/ (not committed).
// Exits non-zero when any check fails.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { Harness, assert, indent } from './lib/harness.mjs';
import { startServer, TODAY } from './lib/server.mjs';
import { JOURNEYS, OPTIONAL_PREFIXES, QUESTION_PREFIXES } from './lib/journeys.mjs';
import { axeViolations, formatViolations, focusProblems, sidewaysScroll } from './lib/checks.mjs';
import { answerWithKeyboard, followWithKeyboard } from './lib/keyboard.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const SHOTS = join(here, 'screenshots');
const PHONE = { width: 360, height: 640 };
// The smallest phone: the result's step 1 must start on its first screen.
const SMALL = { width: 320, height: 640 };
const FOLD_JOURNEYS = ['reschedule', 'missed', 'court-hearing-soon', 'upcoming-attend'];
const HTML_LIMIT = 8 * 1024;
const CSS_LIMIT = 6 * 1024;
const CONTACT_CENTER = '1-800-375-5283';
// The languages offered (LANGUAGES in src/content/texts.rs): the start page
// must link to each, and every check below runs in each.
const LANGUAGES = ['en', 'es', 'pt', 'ht', 'zh', 'ar'];

const t = new Harness();
const stats = { pages: 0, axeRuns: 0, violations: 0, weights: [], css: null, shots: [] };

rmSync(SHOTS, { recursive: true, force: true });
mkdirSync(SHOTS, { recursive: true });

let server;
let browser;
try {
  server = await startServer(repoRoot);
  console.log(`server: ${server.base} (today ${TODAY})`);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  await run(server.base);
} catch (err) {
  console.log(`FAIL - the suite could not run\n${indent(err.stack || err)}`);
  t.results.push({ name: 'the suite could not run', status: 'fail', detail: String(err.message || err) });
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop();
}
report();
process.exit(t.summary() ? 0 : 1);

// ---------------------------------------------------------------------------

async function run(base) {
  const origin = new URL(base).origin;
  const foreign = [];
  const fonts = [];

  async function newContext(opts = {}) {
    const ctx = await browser.newContext({
      viewport: PHONE, locale: 'en-US', javaScriptEnabled: true, ...opts,
    });
    ctx.on('request', (req) => {
      const url = req.url();
      let u;
      try { u = new URL(url); } catch { return; }
      if (['data:', 'blob:', 'about:'].includes(u.protocol)) return;
      if (u.origin !== origin) foreign.push(`${url} (from ${req.frame().url()})`);
      if (req.resourceType() === 'font') fonts.push(url);
    });
    return ctx;
  }

  // The checks themselves must fail on a page with the faults they look for.
  await t.check('the checks catch known faults (low contrast, no label, hidden focus, sideways scroll)', async () => {
    const ctx = await newContext();
    try {
      const page = await ctx.newPage();
      await page.setContent(`<!doctype html><html lang="en"><head><title>Faults</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>a:focus, a:focus-visible { outline: none; } .wide { width: 400px; }</style></head>
        <body><main><h1>Faults</h1><p style="color:#bbb">Pale text</p><input type="text">
        <a href="#x">A link with no focus style</a><div class="wide">Wide</div></main></body></html>`);
      const ids = (await axeViolations(page)).map((v) => v.id);
      for (const want of ['color-contrast', 'label']) assert(ids.includes(want), `axe did not report ${want} (it reported: ${ids.join(', ')})`);
      const { problems } = await focusProblems(page);
      assert(problems.some((p) => p.includes('no visible focus indicator on a')), `the focus check missed the link with no focus style: ${problems.join('; ')}`);
      const r = await sidewaysScroll(page, 320);
      assert(r.scrollWidth > r.clientWidth, 'the 320 px check missed a 400 px wide element');
    } finally {
      await ctx.close();
    }
  });

  // The plan API, for the step ids each journey must reach.
  const expected = {};
  for (const j of JOURNEYS) {
    const r = await fetch(`${base}/api/v1/plan`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: Object.fromEntries(j.answers), today: TODAY, lang: 'en' }),
    });
    const body = await r.json();
    expected[j.id] = body;
  }
  await t.check('the plan API completes every journey', async () => {
    for (const j of JOURNEYS) {
      const p = expected[j.id];
      assert(p.complete === true && p.steps.length > 0, `${j.id}: the API answered ${JSON.stringify(p).slice(0, 300)}`);
    }
  });
  await t.check('the plan API leads to every question with its prefix answers', async () => {
    for (const [q, prefix] of QUESTION_PREFIXES) {
      const r = await fetch(`${base}/api/v1/plan`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: Object.fromEntries(prefix), today: TODAY }),
      });
      const p = await r.json();
      assert(p.next_question === q, `after ${JSON.stringify(prefix)} the next question is ${p.next_question}, not ${q}`);
    }
  });

  // Languages: the one the start page is in, and every a[hreflang] it links to.
  const languages = [];
  {
    const ctx = await newContext();
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    const first = await page.getAttribute('html', 'lang');
    languages.push({ lang: first, href: null });
    for (const a of await page.locator('a[hreflang]').all()) {
      const lang = await a.getAttribute('hreflang');
      if (!languages.some((l) => l.lang === lang)) languages.push({ lang, href: await a.getAttribute('href') });
    }
    await ctx.close();
  }
  console.log(`languages: ${languages.map((l) => l.lang).join(', ')}`);
  await t.check(`the start page is in English and links to ${LANGUAGES.slice(1).join(', ')}`, async () => {
    const found = languages.map((l) => l.lang).sort().join(', ');
    assert(found === [...LANGUAGES].sort().join(', '), `the start page offers ${found}, not ${LANGUAGES.join(', ')}`);
  });

  // Opens a context in a language by following the start page's link to it.
  async function languageContext(l, opts) {
    const ctx = await newContext(opts);
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    if (l.href) {
      await Promise.all([page.waitForNavigation(), page.locator(`a[hreflang="${l.lang}"]`).first().click()]);
      await page.goto(`${base}/`);
    }
    const lang = await page.getAttribute('html', 'lang');
    assert(lang === l.lang, `after following the link to ${l.lang}, the start page is in ${lang}`);
    return { ctx, page };
  }

  // Journeys: keyboard only, phone viewport, JavaScript on (Enter) and off (Space).
  for (const j of JOURNEYS) {
    for (const js of [true, false]) {
      const name = `journey "${j.title}" by keyboard at 360x640, JavaScript ${js ? 'on' : 'off'}`;
      await t.check(name, async () => {
        const ctx = await newContext({ javaScriptEnabled: js });
        try {
          const page = await ctx.newPage();
          const key = js ? 'Enter' : 'Space';
          await walkJourney(page, base, j, expected[j.id], key);
          const printButton = await page.locator('main [data-print]').isVisible();
          assert(printButton === js, `the Print button is ${printButton ? 'shown' : 'hidden'} with JavaScript ${js ? 'on' : 'off'}`);
          if (js) await checklistPdf(page, j, 'en');
        } finally {
          await ctx.close();
        }
      });
    }
  }

  // Every kind of page, in every language.
  for (const l of languages) {
    await pageSet(l);
  }

  // The journeys and their printed checklists in the other languages.
  for (const l of languages.slice(1)) {
    for (const j of JOURNEYS) {
      await t.check(`[${l.lang}] journey "${j.title}" by keyboard, and its checklist on one US Letter page`, async () => {
        const { ctx, page } = await languageContext(l);
        try {
          await walkJourney(page, base, j, expected[j.id], 'Enter');
          await checklistPdf(page, j, l.lang);
        } finally {
          await ctx.close();
        }
      });
    }
  }

  // The result on the smallest phone, in every language: step 1 starts on the
  // first screen and "Do this first" names it; deleting asks first; Back
  // from Change returns to check your answers; the printed result keeps the
  // folded-away sources.
  for (const l of languages) {
    for (const id of FOLD_JOURNEYS) {
      const j = JOURNEYS.find((x) => x.id === id);
      await t.check(`[${l.lang}] "${j.title}" at 320x640: step 1 starts above the fold and "Do this first" names it`, async () => {
        const { ctx, page } = await languageContext(l, { viewport: SMALL });
        try {
          for (const [q, v] of j.answers) await answerByForm(page, base, q, v);
          await page.goto(`${base}/result`);
          const step = page.locator('main [data-step]').first();
          const top = await step.evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
          assert(top < SMALL.height, `step 1 starts ${Math.round(top)} px down, below the first ${SMALL.height} px`);
          const named = norm(await page.locator('main .first .first-step').innerText());
          const title = norm(await step.locator('h3').innerText());
          assert(named === title, `"Do this first" names "${named}", but step 1 is "${title}"`);
          const file = join(SHOTS, `${l.lang}-result-320-${j.id}.png`);
          await page.screenshot({ path: file });
          stats.shots.push(file);
        } finally {
          await ctx.close();
        }
      });
    }
    await t.check(`[${l.lang}] "Start again" and "Delete my answers" ask first, Back from Change returns to check your answers, the printed result keeps its sources`, async () => {
      const { ctx, page } = await languageContext(l, { viewport: SMALL });
      const where = () => new URL(page.url()).pathname;
      try {
        const j = JOURNEYS.find((x) => x.id === 'reschedule');
        for (const [q, v] of j.answers) await answerByForm(page, base, q, v);
        for (const path of ['/start-again', '/delete-answers']) {
          await page.goto(`${base}/result`);
          await Promise.all([page.waitForNavigation(), page.locator(`footer a[href="${path}"]`).click()]);
          assert(where() === path, `the footer's link went to ${where()}`);
          assert(await page.locator(`main form[action="${path}"] button`).count() === 1, `${path} has no form to confirm`);
          await page.goto(`${base}/result`);
          assert(where() === '/result', `after only asking, the result is gone (${where()})`);
        }
        await page.goto(`${base}/check-answers`);
        await Promise.all([page.waitForNavigation(), page.locator('main a[href$="?change"]').nth(2).click()]);
        assert(where().startsWith('/questions/'), `"Change" went to ${where()}`);
        await Promise.all([page.waitForNavigation(), page.locator('main a.back-link').click()]);
        assert(where() === '/check-answers', `Back from a question reached by "Change" went to ${where()}`);
        await Promise.all([page.waitForNavigation(), page.locator('main a.back-link').click()]);
        assert(where().startsWith('/questions/'), `Back from check your answers went to ${where()}`);

        await page.goto(`${base}/result`);
        const file = join(SHOTS, `${l.lang}-result-${j.id}.pdf`);
        await page.pdf({ path: file, format: 'Letter', printBackground: true });
        const text = norm(execFileSync('pdftotext', ['-layout', file, '-']).toString());
        const rtl = (await page.getAttribute('html', 'dir')) === 'rtl';
        const reviewed = await page.locator('main .reviewed').first().evaluate((e) => e.textContent);
        const sources = await page.locator('main .sources a').first().evaluate((e) => e.getAttribute('href'));
        const words = norm(reviewed).split(' ').filter((w) => !rtl || /\d/.test(w));
        assert(words.every((w) => text.includes(w.replace(/[\p{P}]+$/u, ''))), `the printed result lacks "${norm(reviewed)}" (folded away on screen)`);
        // The host alone: right-to-left lines may print the rest of the address reordered.
        const host = new URL(sources).host;
        assert(text.includes(host), `the printed result lacks the source address ${sources}`);
      } finally {
        await ctx.close();
      }
    });
  }

  await t.check('the stylesheet is at most 6 KB gzipped and loads no web font', async () => {
    const r = await fetch(`${base}/static/style.css`);
    assert(r.status === 200, `GET /static/style.css answered ${r.status}`);
    const css = Buffer.from(await r.arrayBuffer());
    const gz = gzipSync(css, { level: 9 }).length;
    stats.css = { raw: css.length, gz };
    const text = css.toString('utf8');
    assert(!/@font-face/i.test(text), 'the stylesheet has an @font-face rule');
    assert(!/@import/i.test(text), 'the stylesheet imports another stylesheet');
    const urls = [...text.matchAll(/url\(\s*['"]?([^'")]+)/gi)].map((m) => m[1]).filter((u) => !u.startsWith('/') && !u.startsWith('data:'));
    assert(urls.length === 0, `the stylesheet loads from elsewhere: ${urls.join(', ')}`);
    assert(gz <= CSS_LIMIT, `the stylesheet is ${gz} bytes gzipped, over ${CSS_LIMIT}`);
  });

  await t.check('no page made a request to another origin', async () => {
    assert(foreign.length === 0, `requests to other origins:\n${[...new Set(foreign)].join('\n')}`);
  });
  await t.check('no page requested a font', async () => {
    assert(fonts.length === 0, `font requests:\n${[...new Set(fonts)].join('\n')}`);
  });

  // -------------------------------------------------------------------------

  async function pageSet(l) {
    const L = l.lang;
    const { ctx, page } = await languageContext(l);
    const weights = [];
    try {
      const visit = async (kind, label, navigate, { shot, expectStatus } = {}) => {
        let resp;
        try {
          resp = await navigate();
        } catch (err) {
          await t.check(`[${L}] ${label}: loads`, async () => { throw err; });
          return null;
        }
        const status = resp ? resp.status() : 0;
        if (expectStatus && status !== expectStatus) {
          await t.check(`[${L}] ${label}: answers ${expectStatus}`, async () => {
            throw new Error(`${page.url()} answered ${status}`);
          });
        }
        stats.pages++;
        const html = resp ? await resp.body() : Buffer.alloc(0);
        // The one script allowed is the site's own Print button script.
        const script = /<script(?![^>]*\ssrc="\/static\/print\.js")/i.test(html.toString('utf8'));
        weights.push({ lang: L, kind, label, raw: html.length, gz: gzipSync(html, { level: 9 }).length, script, fontFace: /@font-face/i.test(html.toString('utf8')) });
        await t.check(`[${L}] ${label}: axe-core WCAG 2.2 A/AA, headings, landmarks`, async () => {
          const v = await axeViolations(page);
          stats.axeRuns++;
          stats.violations += v.reduce((n, x) => n + x.nodes.length, 0);
          assert(v.length === 0, `${v.length} rule(s) violated on ${page.url()}:\n${formatViolations(v)}`);
        });
        await t.check(`[${L}] ${label}: focus visible on every Tab stop, in page order`, async () => {
          const { problems, stops } = await focusProblems(page, 200);
          assert(problems.length === 0, `${problems.length} problem(s) over ${stops} Tab stops:\n${problems.join('\n')}`);
        });
        await t.check(`[${L}] ${label}: no sideways scroll at 320 px`, async () => {
          const r = await sidewaysScroll(page, 320);
          assert(r.scrollWidth <= r.clientWidth, `scrollWidth ${r.scrollWidth} > clientWidth ${r.clientWidth}; too wide: ${r.wide.join(', ')}`);
        });
        if (shot) {
          const file = join(SHOTS, `${L}-${shot}.png`);
          await page.screenshot({ path: file, fullPage: true });
          stats.shots.push(file);
        }
        return resp;
      };

      await visit('start', 'start page /', () => page.goto(`${base}/`), { shot: 'start', expectStatus: 200 });
      await visit('question', 'question case-type', () => page.goto(`${base}/questions/case-type`), { shot: 'question', expectStatus: 200 });
      await visit('question-error', 'question case-type with its error (nothing chosen)', () =>
        Promise.all([page.waitForNavigation(), page.click('main button[type="submit"]')]).then(([r]) => r),
      { shot: 'question-error', expectStatus: 422 });

      for (const [q, prefix] of [...QUESTION_PREFIXES.slice(1), ...OPTIONAL_PREFIXES]) {
        const ok = await setAnswers(page, prefix, `[${L}] answers leading to ${q}`);
        if (!ok) continue;
        await visit('question', `question ${q}`, () => page.goto(`${base}/questions/${q}`), { expectStatus: 200 });
        if (q === 'appointment-date') {
          await visit('question-error', 'question appointment-date with its error (no such date)', async () => {
            await page.fill('#date-month', '2');
            await page.fill('#date-day', '30');
            await page.fill('#date-year', '2026');
            const [r] = await Promise.all([page.waitForNavigation(), page.click('main button[type="submit"]')]);
            return r;
          }, { shot: 'date-error', expectStatus: 422 });
          await t.check(`[${L}] a date typed in Arabic-Indic digits is accepted`, async () => {
            await page.goto(`${base}/questions/${q}`);
            await page.fill('#date-month', '١٢');
            await page.fill('#date-day', '١٠');
            await page.fill('#date-year', '٢٠٢٦');
            await page.locator('main input[name="answer"]').setChecked(false);
            const [r] = await Promise.all([page.waitForNavigation(), page.click('main button[type="submit"]')]);
            const next = new URL(page.url()).pathname;
            assert(r.status() < 400 && next === '/questions/appointment-time', `typing ١٢ ١٠ ٢٠٢٦ answered ${r.status()} and went to ${next}`);
          });
        }
      }

      const journey = JOURNEYS[0];
      if (await setAnswers(page, journey.answers, `[${L}] answers of "${journey.title}"`)) {
        await visit('check-answers', 'check your answers', () => page.goto(`${base}/check-answers`), { shot: 'check-answers', expectStatus: 200 });
        await visit('result', 'result', () => page.goto(`${base}/result`), { shot: 'result', expectStatus: 200 });
        await visit('checklist', 'checklist', () => page.goto(`${base}/result/checklist`), { shot: 'checklist', expectStatus: 200 });
      }

      const calling = JOURNEYS.find((j) => j.id === 'court-hearing-soon');
      if (await setAnswers(page, calling.answers, `[${L}] answers of "${calling.title}"`)) {
        await visit('call-sheet', 'call sheet', () => page.goto(`${base}/result/call-sheet`), { shot: 'call-sheet', expectStatus: 200 });
      }
      await visit('resume', 'resume code form', () => page.goto(`${base}/resume`), { shot: 'resume', expectStatus: 200 });
      await visit('resume-error', 'resume code form with its error', async () => {
        await page.fill('#resume-code', 'nope');
        const [r] = await Promise.all([page.waitForNavigation(), page.click('main button[type="submit"]')]);
        return r;
      }, { expectStatus: 422 });
      await visit('answers-deleted', 'after "Delete my answers"', () => page.goto(`${base}/answers-deleted`), { expectStatus: 200 });
      const privacy = await page.request.get(`${base}/privacy`);
      if (privacy.status() === 404) {
        await t.check(`[${L}] privacy page /privacy`, async () => ({
          skip: 'GET /privacy answers 404: there is no privacy page on this branch yet; it is checked once it exists',
        }));
      } else {
        await visit('privacy', 'privacy page /privacy', () => page.goto(`${base}/privacy`), { shot: 'privacy', expectStatus: 200 });
      }
      await visit('not-found', 'not-found page (an unknown path)', () => page.goto(`${base}/no-such-page`), { shot: 'not-found', expectStatus: 404 });
    } finally {
      await ctx.close();
    }

    stats.weights.push(...weights);
    await t.check(`[${L}] page weight: every page's HTML at most 8 KB gzipped, no inline <script>, no @font-face`, async () => {
      const bad = [];
      for (const w of weights) {
        if (w.gz > HTML_LIMIT) bad.push(`${w.label}: ${w.gz} bytes gzipped, over ${HTML_LIMIT}`);
        if (w.script) bad.push(`${w.label}: has a <script> other than /static/print.js`);
        if (w.fontFace) bad.push(`${w.label}: has an @font-face`);
      }
      assert(bad.length === 0, bad.join('\n'));
    });
  }

  async function setAnswers(page, answers, label) {
    let ok = true;
    await t.check(`${label}: set through the forms`, async () => {
      try {
        for (const [q, v] of answers) await answerByForm(page, base, q, v);
      } catch (err) {
        ok = false;
        throw err;
      }
    });
    return ok;
  }
}

/** Answers one question through its form (setup, not the keyboard journey). */
async function answerByForm(page, base, q, v) {
  await page.goto(`${base}/questions/${q}`);
  const path = new URL(page.url()).pathname;
  assert(path === `/questions/${q}`, `GET /questions/${q} went to ${path}`);
  const isDate = ['appointment-date', 'letter-deadline', 'decision-date', 'new-appointment-date'].includes(q);
  if (q === 'appointment-time') {
    await page.fill('#time', v === 'not-sure' ? '' : v);
    await page.locator('main input[name="answer"]').setChecked(v === 'not-sure');
  } else if (isDate && v !== 'not-sure') {
    const [y, m, d] = v.split('-');
    await page.fill('#date-month', String(parseInt(m, 10)));
    await page.fill('#date-day', String(parseInt(d, 10)));
    await page.fill('#date-year', y);
    await page.locator('main input[name="answer"]').setChecked(false);
  } else {
    if (isDate) {
      // The stored date is shown again; a date and "not sure" together is refused.
      for (const f of ['#date-month', '#date-day', '#date-year']) await page.fill(f, '');
    }
    await page.check(`main input[name="answer"][value="${v}"]`);
  }
  const [resp] = await Promise.all([page.waitForNavigation(), page.click('main button[type="submit"]')]);
  assert(resp && resp.status() < 400, `answering ${q}=${v} answered ${resp && resp.status()}`);
}

async function walkJourney(page, base, j, plan, key) {
  const where = () => new URL(page.url()).pathname;
  await page.goto(`${base}/`);
  await followWithKeyboard(page, 'main a[href^="/questions/"]', key);
  for (const [q, v] of j.answers) {
    assert(where() === `/questions/${q}`, `expected the question ${q}, but the page is ${where()}`);
    await answerWithKeyboard(page, q, v, key);
  }
  assert(where() === '/check-answers', `after the last answer the page is ${where()}, not /check-answers`);
  await followWithKeyboard(page, 'main a[href="/result"]', key);
  assert(where() === '/result', `"See what to do" went to ${where()}`);
  const steps = await page.locator('main [data-step]').evaluateAll((els) => els.map((e) => e.dataset.step));
  const want = plan.steps.map((s) => s.id);
  assert(JSON.stringify(steps) === JSON.stringify(want), `the result shows the steps\n  ${steps.join(', ')}\nbut the API plans\n  ${want.join(', ')}`);
  await followWithKeyboard(page, 'main a[href="/result/checklist"]', key);
  assert(where() === '/result/checklist', `"Print a checklist" went to ${where()}`);
  const listed = await page.locator('main [data-step]').evaluateAll((els) => els.map((e) => e.dataset.step));
  assert(JSON.stringify(listed) === JSON.stringify(want), `the checklist lists ${listed.join(', ')}, the API plans ${want.join(', ')}`);
}

/** An ISO date as the English pages write it: "December 10, 2026". */
function longDate(iso) {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
    'August', 'September', 'October', 'November', 'December'];
  const [y, m, d] = iso.split('-').map(Number);
  return `${months[m - 1]} ${d}, ${y}`;
}

/** Text without bidi marks and with single spaces, to compare page and PDF. */
function norm(s) {
  return s.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

/** Prints the open checklist to a US Letter PDF and checks what is on it. */
async function checklistPdf(page, j, lang) {
  const file = join(SHOTS, `${lang}-checklist-${j.id}.pdf`);
  await page.pdf({ path: file, format: 'Letter', printBackground: true });
  const info = execFileSync('pdfinfo', [file]).toString();
  const pages = Number((/^Pages:\s+(\d+)/m.exec(info) || [])[1]);
  const size = (/^Page size:\s+(.*)$/m.exec(info) || [])[1] || '';
  // Reading order, not layout: the checklist prints parts in two columns.
  const text = norm(execFileSync('pdftotext', [file, '-']).toString());
  // Right-to-left text may come out of pdftotext in visual order, and Arabic
  // words split where shaping joins letters; there each number of the line
  // (day, year, time) must be on the page. Left-to-right: the exact line.
  const rtl = (await page.getAttribute('html', 'dir')) === 'rtl';
  const printed = (s) => rtl
    ? norm(s).split(' ').map((w) => w.replace(/^[\p{P}]+|[\p{P}]+$/gu, '')).filter((w) => /\d/.test(w)).every((w) => text.includes(w))
    : text.includes(norm(s));
  if (existsSync('/usr/bin/pdftoppm')) {
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, file.replace(/\.pdf$/, '')]);
  }
  assert(/612 x 792 pts/.test(size), `the PDF is ${size}, not US Letter (612 x 792 pts)`);
  assert(pages === 1, `the checklist of "${j.title}" prints on ${pages} pages, not one (${file})`);
  assert(text.includes(CONTACT_CENTER), `the printed checklist of "${j.title}" has no ${CONTACT_CENTER}`);
  // The dates as the page writes them (the key dates list), and the appointment date.
  const dates = await page.locator('main ul').first().locator('li').allInnerTexts();
  for (const d of dates) {
    assert(printed(d), `the printed checklist lacks "${norm(d)}", which the page shows`);
  }
  const appointment = j.answers.find(([q]) => q === 'appointment-date');
  if (lang === 'en' && appointment && appointment[1] !== 'not-sure') {
    assert(text.includes(longDate(appointment[1])), `the printed checklist lacks the appointment date ${longDate(appointment[1])}`);
  }
  const phones = await page.locator('main a[href^="tel:"]').allInnerTexts();
  for (const p of phones) assert(printed(p), `the printed checklist lacks the phone number ${p}`);
  // The answers in short: one row per question asked, each answer on the paper.
  const answers = await page.locator('main .answers dd').allInnerTexts();
  assert(answers.length === j.answers.length, `the checklist sums up ${answers.length} answers, not ${j.answers.length}`);
  for (const a of answers) assert(rtl || printed(a), `the printed checklist lacks the answer "${norm(a)}"`);
  // A legal-help contact, its address printed in full.
  const help = await page.locator('main .legal-help a').first().getAttribute('href');
  // An address may wrap anywhere on paper: compared without spaces; on a
  // right-to-left page the wrapped part may come out elsewhere, so its host.
  const compact = text.replace(/\s/g, '');
  const address = help && (rtl ? new URL(help).hostname : help.replace(/^https:\/\//, ''));
  assert(address && compact.includes(address), `the printed checklist lacks the legal-help address ${help}`);
}

function report() {
  console.log('\n== report');
  console.log(`pages checked: ${stats.pages} (axe runs: ${stats.axeRuns}, violation nodes: ${stats.violations})`);
  if (stats.weights.length) {
    const kinds = new Map();
    for (const w of stats.weights) {
      const k = `${w.lang} ${w.kind}`;
      const cur = kinds.get(k);
      if (!cur || w.gz > cur.gz) kinds.set(k, w);
    }
    console.log(`largest HTML per page kind (gzipped / raw bytes; limit ${HTML_LIMIT} gzipped):`);
    for (const [k, w] of kinds) console.log(`  ${k.padEnd(24)} ${String(w.gz).padStart(5)} / ${String(w.raw).padStart(6)}  (${w.label})`);
  }
  if (stats.css) console.log(`stylesheet: ${stats.css.gz} gzipped / ${stats.css.raw} raw bytes (limit ${CSS_LIMIT} gzipped)`);
  if (stats.shots.length) console.log(`screenshots: ${SHOTS} (${stats.shots.length} PNG)`);
  writeFileSync(join(SHOTS, 'weights.json'), JSON.stringify({ weights: stats.weights, css: stats.css }, null, 2));
}
