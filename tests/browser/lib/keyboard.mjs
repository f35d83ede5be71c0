// Drives the site with the keyboard only: Tab to a control, Space or the
// arrow keys to choose, Enter or Space to go on. No clicks, no fill().
import { assert } from './harness.mjs';

const describeActive = () => {
  const e = document.activeElement;
  if (!e || e === document.body) return '(nothing)';
  return `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} "${(e.innerText || e.value || '').trim().slice(0, 30)}"`;
};

/** Presses Tab until the focused element matches `selector`. */
export async function tabTo(page, selector, max = 60) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((sel) => {
      const e = document.activeElement;
      return !!e && e !== document.body && e.matches(sel);
    }, selector);
    if (hit) return;
    seen.push(await page.evaluate(describeActive));
  }
  throw new Error(`Tab never reached ${selector} on ${page.url()}; it went through: ${seen.slice(0, 25).join(', ')}`);
}

/** Starts keyboard navigation from the top of a freshly loaded page. */
async function fromTop(page) {
  await page.evaluate(() => {
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    window.scrollTo(0, 0);
  });
}

/**
 * Activates the focused control as a keyboard user would: a real button with
 * `key` (Enter or Space), a link with Enter; something that says it is a
 * button (role="button") with Space, as its role promises. Waits for the next page.
 */
export async function activate(page, key = 'Enter') {
  const kind = await page.evaluate(() => {
    const e = document.activeElement;
    if (e.tagName === 'BUTTON' || (e.tagName === 'INPUT' && e.type === 'submit')) return 'button';
    if (e.getAttribute('role') === 'button') return 'role-button';
    return 'link';
  });
  const press = kind === 'button' ? key : kind === 'role-button' ? 'Space' : 'Enter';
  const before = page.url();
  try {
    await Promise.all([
      page.waitForNavigation({ timeout: 15000 }),
      page.keyboard.press(press),
    ]);
  } catch (e) {
    throw new Error(`pressing ${press} on ${await page.evaluate(describeActive)} (${kind}) at ${before} did not load a page`);
  }
}

/** Answers the question on the current page with the keyboard. */
export async function answerWithKeyboard(page, question, value, key) {
  await fromTop(page);
  const isDate = ['appointment-date', 'letter-deadline', 'decision-date'].includes(question);
  if (question === 'appointment-time' && value !== 'not-sure') {
    // A browser's time field: hour, minutes, then AM or PM, typed in turn.
    const [h, m] = value.split(':').map((x) => parseInt(x, 10));
    await tabTo(page, '#time');
    await page.keyboard.type(`${String(h % 12 || 12).padStart(2, '0')}${String(m).padStart(2, '0')}${h < 12 ? 'A' : 'P'}`);
    const typed = await page.evaluate(() => document.activeElement.value);
    assert(typed === value, `on ${question}, typing gave ${typed}, not ${value}`);
  } else if (question === 'appointment-time') {
    await tabTo(page, 'input[name="answer"]');
    await page.keyboard.press('Space');
  } else if (isDate && value !== 'not-sure') {
    const [y, m, d] = value.split('-');
    await tabTo(page, '#date-month');
    await page.keyboard.type(String(parseInt(m, 10)));
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(parseInt(d, 10)));
    await page.keyboard.press('Tab');
    await page.keyboard.type(y);
  } else if (isDate) {
    await tabTo(page, 'input[name="answer"]');
    await page.keyboard.press('Space');
  } else {
    await tabTo(page, 'main input[type="radio"][name="answer"]');
    // Arrow keys move through the group and choose; Space chooses the focused one.
    const count = await page.locator('main input[type="radio"][name="answer"]').count();
    for (let i = 0; i <= count; i++) {
      const current = await page.evaluate(() => document.activeElement.value);
      if (current === value) break;
      await page.keyboard.press('ArrowDown');
    }
    const now = await page.evaluate(() => ({ value: document.activeElement.value, checked: document.activeElement.checked }));
    assert(now.value === value, `on ${question}, the arrow keys never reached the value ${value}`);
    if (!now.checked) await page.keyboard.press('Space');
    const checked = await page.evaluate(() => document.activeElement.checked);
    assert(checked, `on ${question}, Space did not choose ${value}`);
  }
  await tabTo(page, 'main button[type="submit"]');
  await activate(page, key);
}

/** From the top of the current page, Tab to `selector` and activate it. */
export async function followWithKeyboard(page, selector, key) {
  await fromTop(page);
  await tabTo(page, selector);
  await activate(page, key);
}
