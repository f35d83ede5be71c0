// Checks run on every kind of page: axe-core, visible focus on every Tab
// stop in document order, and no sideways scroll at 320 px.
import AxeBuilder from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Rules outside the WCAG tags that still cover what the issue names:
// headings and landmarks.
export const AXE_EXTRA_RULES = [
  'page-has-heading-one', 'heading-order', 'empty-heading',
  'landmark-one-main', 'landmark-unique', 'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo', 'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level', 'landmark-main-is-top-level', 'region',
  'skip-link', 'tabindex',
];

/** axe-core violations (WCAG 2.2 A/AA, plus the heading and landmark rules). */
export async function axeViolations(page) {
  const wcag = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const extra = await new AxeBuilder({ page }).withRules(AXE_EXTRA_RULES).analyze();
  const seen = new Set();
  const out = [];
  for (const v of [...wcag.violations, ...extra.violations]) {
    if (seen.has(v.id)) continue;
    seen.add(v.id);
    out.push(v);
  }
  return out;
}

export function formatViolations(violations) {
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 5).map((n) => {
      const why = (n.failureSummary || '').split('\n').slice(1, 3).map((s) => s.trim()).join(' ');
      return `      at ${n.target.join(' ')}: ${why}`;
    }).join('\n');
    const more = v.nodes.length > 5 ? `\n      ... and ${v.nodes.length - 5} more` : '';
    return `  [${v.impact}] ${v.id}: ${v.help}\n${nodes}${more}`;
  }).join('\n');
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/**
 * Presses Tab from the top of the page until focus leaves the document or
 * comes round again, and for every stop checks: it is shown (has a box), it
 * has a visible focus indicator, and it comes after the previous stop in
 * document order. Returns the problems found (empty when all is well).
 */
export async function focusProblems(page, maxStops = 80) {
  // Start from the top of the document with nothing focused.
  await page.evaluate((sel) => {
    if (document.activeElement && document.activeElement !== document.body) {
      document.activeElement.blur();
    }
    window.scrollTo(0, 0);
    const styles = new Map();
    for (const el of document.querySelectorAll(sel)) styles.set(el, snapshot(el));
    window.__huellaUnfocused = styles;
    window.__huellaStops = [];
    function snapshot(e) {
      const cs = getComputedStyle(e);
      return {
        outlineStyle: cs.outlineStyle, outlineWidth: cs.outlineWidth, outlineColor: cs.outlineColor,
        boxShadow: cs.boxShadow,
        border: [cs.borderTopWidth, cs.borderTopColor, cs.borderBottomWidth, cs.borderBottomColor,
          cs.borderLeftWidth, cs.borderLeftColor, cs.borderRightWidth, cs.borderRightColor].join(' '),
      };
    }
    window.__huellaSnapshot = snapshot;
  }, FOCUSABLE);
  // Focus the document itself so that the first Tab goes to the first stop.
  await page.locator('body').evaluate((b) => { b.setAttribute('tabindex', '-1'); b.focus(); b.removeAttribute('tabindex'); });

  const problems = [];
  let stops = 0;
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return { done: true };
      const stops = window.__huellaStops;
      if (stops.includes(el)) return { done: true };
      const prev = stops[stops.length - 1];
      stops.push(el);
      const describe = (e) => {
        const text = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
        return `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''}${text ? ` "${text}"` : ''}`;
      };
      const now = window.__huellaSnapshot(el);
      const before = window.__huellaUnfocused.get(el) || {};
      const alpha = (c) => {
        const m = /rgba?\(([^)]+)\)/.exec(c);
        if (!m) return 1;
        const parts = m[1].split(/[ ,/]+/).filter(Boolean);
        return parts.length > 3 ? parseFloat(parts[3]) : 1;
      };
      const outline = now.outlineStyle !== 'none' && parseFloat(now.outlineWidth) > 0 && alpha(now.outlineColor) > 0;
      const shadow = now.boxShadow !== 'none' && now.boxShadow !== before.boxShadow;
      const border = now.border !== before.border;
      const rect = el.getBoundingClientRect();
      const shown = rect.width > 0 && rect.height > 0;
      const inView = rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth;
      const ordered = !prev || (prev.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      return {
        done: false, what: describe(el), outline, shadow, border, shown, inView, ordered,
        prev: prev ? describe(prev) : null, tabindex: el.getAttribute('tabindex'),
      };
    });
    if (r.done) break;
    stops++;
    if (!r.shown) problems.push(`focus went to ${r.what}, which has no size on screen`);
    else if (!r.inView) problems.push(`focus went to ${r.what}, which is off screen`);
    if (!(r.outline || r.shadow || r.border)) problems.push(`no visible focus indicator on ${r.what}`);
    if (!r.ordered) problems.push(`focus order: ${r.what} comes before ${r.prev} in the page but after it by Tab`);
    if (r.tabindex !== null && parseInt(r.tabindex, 10) > 0) problems.push(`${r.what} has tabindex=${r.tabindex}`);
  }
  if (stops === 0) problems.push('Tab reached nothing on the page');
  return { problems, stops };
}

/** Whether the page scrolls sideways at the given width (default 320 px). */
export async function sidewaysScroll(page, width = 320) {
  const old = page.viewportSize();
  await page.setViewportSize({ width, height: old ? old.height : 640 });
  const r = await page.evaluate(() => {
    const d = document.documentElement;
    const wide = [];
    if (d.scrollWidth > d.clientWidth) {
      for (const el of document.body.querySelectorAll('*')) {
        const rect = el.getBoundingClientRect();
        if (rect.right > d.clientWidth + 0.5 || rect.left < -0.5) {
          wide.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} (${Math.round(rect.left)}..${Math.round(rect.right)})`);
          if (wide.length >= 5) break;
        }
      }
    }
    return { scrollWidth: d.scrollWidth, clientWidth: d.clientWidth, wide };
  });
  if (old) await page.setViewportSize(old);
  return r;
}
