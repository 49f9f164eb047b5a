// The reader's own reports in Chromium against the built app: bad input refused next to its field,
// an Arabic and an English report (written for this test) pasted and read in the worker, one event
// rejected, one edited, one added by selecting its words, the map changed on the right days, all
// of it kept over a reload, and the exported project giving the command line the same timeline.
// Screenshots of the form, the review and the map go to REPORT_SHOTS (default .tmp/browser-shots).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { startPreview, type Preview } from './preview.ts';
import { downloadBytes, TRANSPARENT_PNG, launch } from './support.ts';
import { loadArticles, loadGeo } from '../../src/cli/load.ts';
import { loadReviews } from '../../src/cli/buildData.ts';
import { runPipeline } from '../../src/pipeline.ts';
import { formatDateEn } from '../../src/look/dates.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = resolve(ROOT, process.env.APP_DIST ?? 'dist');
const SHOTS = resolve(ROOT, process.env.REPORT_SHOTS ?? '.tmp/browser-shots');

// Written for this test, in our own words (no report's sentences, and none of the stock phrases of the dev reports).
const ARABIC =
  'ذكر مراسل محلي في حلب أن الجيش السوري ومسلحين موالين له سيطروا يوم الخميس على حي الفردوس إثر معارك دامت ساعات مع مقاتلي المعارضة. وقصفت الطائرات الحربية حي بستان القصر طوال الليل. وقال قائد ميداني إن الفصائل لا تزال تسيطر على حي الصالحين.';
const ENGLISH =
  "Syrian government troops took full control of the Kallaseh district of eastern Aleppo on Friday, the Syrian Observatory for Human Rights said. Opposition fighters said they were still holding out in Sheikh Saeed. Residents said the army's flag now flies over al-Sukkari.";
const MISSED = "the army's flag now flies over al-Sukkari";

describe.skipIf(process.env.BROWSER_TESTS !== '1')('your own reports, in Chromium', () => {
  let preview: Preview;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  let dialogs = 0;

  beforeAll(async () => {
    preview = await startPreview(ROOT, DIST);
    browser = await launch();
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, acceptDownloads: true });
    page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.route('**/*.tile.openstreetmap.org/**', (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: TRANSPARENT_PNG, headers: { 'Access-Control-Allow-Origin': '*' } }),
    );
    await page.goto(`${preview.url}?debug&date=2016-12-08&tiles=none`);
    await page.getByTestId('selected-date').waitFor();
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  const reports = () => page.getByTestId('reports');
  const form = () => page.getByRole('form', { name: 'Add a report' });
  const stateOf = (id: string) => page.getByTestId('district-states').locator(`li[data-id="${id}"]`).getAttribute('data-controller');
  const goTo = async (date: string) => {
    await page.evaluate((d) => {
      const url = new URL(window.location.href);
      url.searchParams.set('date', d);
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    }, date);
    await expect.poll(() => page.getByTestId('selected-date').getAttribute('data-date')).toBe(date);
    // The panels (and the district list read here) follow the map a frame later.
    await expect.poll(() => page.getByTestId('district-states').getAttribute('aria-label')).toBe(`District control on ${formatDateEn(date)}`);
  };
  const idle = () => expect.poll(() => reports().locator('progress').count(), { timeout: 30_000 }).toBe(0);
  const event = (place: string) => page.getByTestId('review-event').filter({ hasText: place });

  async function paste(text: string, published: string, outlet: string, headline: string) {
    await reports().getByRole('button', { name: 'Add reports' }).click();
    await form().getByLabel('Report text').fill(text);
    await form().getByLabel('Published').fill(published);
    await form().getByLabel('Outlet').fill(outlet);
    await form().getByLabel('Headline').fill(headline);
  }

  it('refuses bad input next to its field, runs nothing, and keeps what was typed', async () => {
    await paste('<p>Aleppo</p><script>alert(1)</script><img src=x onerror="alert(2)">', '2016-10-01', 'Somewhere', '');
    await form().getByRole('button', { name: 'Read' }).click();
    await expect.poll(() => form().getByTestId('error-text').textContent()).toMatch(/holds a script/);
    expect(await form().getByTestId('error-published').textContent()).toMatch(/1 October 2016 is outside the map’s period/);
    expect(await form().getByLabel('Report text').getAttribute('aria-invalid')).toBe('true');
    await form()
      .locator('input[type=file]')
      .setInputFiles({ name: 'dump.txt', mimeType: 'text/plain', buffer: Buffer.alloc(2 * 1024 * 1024, 'a') }); // 10 MB is checked by the unit test; a smaller file is as refused, and faster
    await expect.poll(() => form().getByTestId('error-file').textContent()).toMatch(/dump\.txt: 2\.0 MB is too large; a report can be at most 1\.0 MB/);
    await form().getByLabel('Report text').fill('   ');
    await form().getByRole('button', { name: 'Read' }).click();
    await expect.poll(() => form().getByTestId('error-text').textContent()).toMatch(/empty/);
    await form()
      .locator('input[type=file]')
      .setInputFiles({ name: 'photo.md', mimeType: 'text/markdown', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]) });
    await expect.poll(() => form().getByTestId('error-file').textContent()).toMatch(/photo\.md: not a text file/);
    await form().screenshot({ path: join(SHOTS, 'form-errors.png') });
    expect(dialogs).toBe(0);
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(await form().getByLabel('Outlet').inputValue()).toBe('Somewhere');
    await form().getByRole('button', { name: 'Close' }).click();
  });

  it('reads a pasted Arabic and English report in the worker: the map changes on their days, mentions marked by side or greyed with the reason', async () => {
    expect([await stateOf('ferdous'), await stateOf('kallaseh')]).toEqual(['opposition', 'opposition']);
    await paste(ARABIC, '2016-12-08', 'Halab Observer', 'قوات النظام تسيطر على حي الفردوس');
    expect(await form().getByRole('radio', { name: 'Arabic' }).isChecked()).toBe(true);
    await form().screenshot({ path: join(SHOTS, 'form.png') });
    await form().getByRole('button', { name: 'Read' }).click();
    await event('al-Ferdous').first().waitFor({ timeout: 30_000 });
    await idle();
    await expect.poll(() => stateOf('ferdous')).toBe('government');
    const ignored = page.getByTestId('review-text').locator('mark.mention--ignored', { hasText: 'بستان القصر' });
    expect(await ignored.getAttribute('data-tip')).toMatch(/Bustan al-Qasr: not an event — shelling/);
    await ignored.focus();
    expect(await page.getByTestId('review-text').locator('mark[data-event]').count()).toBe(2);

    await paste(ENGLISH, '2016-12-09', 'Levant Wire', 'Syrian army takes Kallaseh');
    expect(await form().getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    await form().getByRole('button', { name: 'Read' }).click();
    await event('Kallaseh').first().waitFor({ timeout: 30_000 });
    await idle();
    await goTo('2016-12-09');
    await expect.poll(() => stateOf('kallaseh')).toBe('government');
    expect(await reports().getByTestId('added-report').filter({ hasText: 'added in the browser' }).count()).toBe(2);
  });

  it('rejects one event, edits one, adds one by selecting its words: each shows on the map on its day', async () => {
    // Reject: Kallaseh stays with the opposition.
    await event('Kallaseh').getByRole('button', { name: 'Reject: al-Kallaseh' }).click();
    await expect.poll(() => stateOf('kallaseh')).toBe('opposition');
    // Add by selection: al-Sukkari to the government on 9 December, not before.
    expect(await stateOf('sukkari')).toBe('opposition');
    await page.getByTestId('review-text').evaluate((el, words) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const full = nodes.map((n) => n.data).join('');
      const at = full.indexOf(words);
      const locate = (offset: number) => {
        let rest = offset;
        for (const n of nodes) {
          if (rest <= n.data.length) return [n, rest] as const;
          rest -= n.data.length;
        }
        throw new Error('past the end');
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + words.length));
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, MISSED);
    const add = page.getByTestId('add-from-selection');
    await expect.poll(() => add.textContent()).toBe('Add an event from the selected words');
    await add.click();
    const editor = page.getByRole('form', { name: 'Event' });
    expect(await editor.getByLabel('Words').inputValue()).toBe(MISSED);
    await editor.getByLabel('District').selectOption('sukkari');
    await editor.getByLabel('Day', { exact: true }).fill('2016-12-09');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => stateOf('sukkari')).toBe('government');
    await page.getByTestId('review').screenshot({ path: join(SHOTS, 'review.png') });
    await goTo('2016-12-08');
    expect(await stateOf('sukkari')).toBe('opposition');
    // Edit: al-Ferdous contested (not taken) on 8 December.
    await reports()
      .getByRole('button', { name: /^Review قوات النظام/ })
      .click();
    await event('al-Ferdous').getByRole('button', { name: 'Edit: al-Ferdous' }).click();
    await page.getByRole('form', { name: 'Event' }).getByLabel('Side').selectOption('contested');
    await page.getByRole('form', { name: 'Event' }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => stateOf('ferdous')).toBe('contested');
    expect(await event('al-Ferdous').textContent()).toContain('edited: side government → contested; kind capture → contested');
    await idle();
    // The evidence panel says what the review did.
    await event('al-Ferdous')
      .getByRole('button', { name: /^Show on the map: al-Ferdous/ })
      .click();
    await page.getByRole('button', { name: 'Close the review' }).click();
    const evidence = page.getByTestId('evidence').filter({ hasText: 'Reviewed by a reader: edited: side government → contested' });
    await evidence.first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'map-after.png') });
  });

  it('finds the reports, the decisions and the map again after a reload', async () => {
    await page.reload();
    await page.getByTestId('selected-date').waitFor();
    await expect.poll(() => reports().getByTestId('added-report').count()).toBe(2);
    await expect.poll(() => stateOf('ferdous'), { timeout: 30_000 }).toBe('contested');
    await goTo('2016-12-09');
    expect([await stateOf('kallaseh'), await stateOf('sukkari')]).toEqual(['opposition', 'government']);
    await reports().getByRole('button', { name: 'Review Syrian army takes Kallaseh' }).click();
    await expect.poll(() => event('Kallaseh').getAttribute('data-decision')).toBe('reject');
    expect(await page.getByTestId('review-event').filter({ hasText: 'added by review' }).count()).toBe(1);
  });

  it('exports the project as a ZIP that the command-line pipeline reads into the same timeline.json as the browser', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), reports().getByRole('button', { name: 'Export project' }).click()]);
    const zip = unzipSync(new Uint8Array(await downloadBytes(download)));
    const dir = mkdtempSync(join(tmpdir(), 'project-'));
    mkdirSync(join(dir, 'articles'));
    for (const [name, bytes] of Object.entries(zip)) writeFileSync(join(dir, name), bytes);
    const names = Object.keys(zip).sort();
    expect(names).toContain('articles/reviews.yaml');
    expect(names.filter((n) => n.endsWith('.md'))).toHaveLength(7);
    const reviews = loadReviews(join(dir, 'articles'));
    expect(reviews.decisions.map((d) => d.decision).sort()).toEqual(['add', 'edit', 'reject']);
    const cli = runPipeline({ articles: loadArticles([join(dir, 'articles')]), geo: loadGeo(join(ROOT, 'geo')), reviews, outputs: 'app' });
    expect(cli.reviewProblems).toEqual([]);
    const browserTimeline = await page.evaluate(() => window.__reportsTimeline);
    expect(cli.files.get('timeline.json')).toBe(browserTimeline);
    await expect.poll(() => reports().getByTestId('added-report').filter({ hasText: 'added in the browser' }).count()).toBe(0);
  });

  it('keeps the review usable at phone width, with no page error', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('review').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'review-phone.png') });
    const box = await page.getByTestId('review').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(391);
    expect(errors).toEqual([]);
  });
});
