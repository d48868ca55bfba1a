// page.js URL OUTDIR FILE... — the page of `gwexport serve` in Debian's
// chromium (headless, driven by puppeteer-core): uploads FILE... through
// the file input, pastes a hostile text, waits for every result, downloads
// the PDF and the workbook of the first file into OUTDIR/downloads, saves
// OUTDIR/page.png and prints a JSON report for tests/e2e/serve.sh.
// Exit 2: chromium cannot start here (the caller skips, saying so).
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const HOSTILE = '<img src=x id=pwned>关于<b>测试</b>的报告\n\n一、总体情况\n\n全年完成投资12.5亿元，同比增长8%。\n';

async function launch() {
  const exe = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
  if (!exe) return null;
  try {
    return await puppeteer.launch({ executablePath: exe, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  } catch (e) {
    console.log('chromium cannot start: ' + e.message.split('\n')[0]);
    return null;
  }
}

async function waitDownloads(dir, n) {
  for (let i = 0; i < 200; i++) {
    const done = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => !f.endsWith('.crdownload')) : [];
    if (done.length >= n) return done.sort();
    await new Promise((r) => setTimeout(r, 100));
  }
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

// What each result shows: name, state, rows of the table, outline, preview.
function readResults() {
  return [...document.querySelectorAll('article.result')].map((a) => ({
    name: a.querySelector('.name').textContent,
    state: a.querySelector('.state').textContent,
    error: a.querySelector('.error').hidden ? '' : a.querySelector('.error').textContent,
    title: a.querySelector('.title').textContent,
    rows: [...a.querySelectorAll('.indicators tbody tr')].map((tr) => [...tr.cells].map((c) => c.textContent)),
    outline: [...a.querySelectorAll('.outline li')].map((li) => li.textContent),
    warnings: [...a.querySelectorAll('.warnings li')].map((li) => li.textContent),
    downloads: [...a.querySelectorAll('.downloads button')].map((b) => b.dataset.format),
    preview: a.querySelector('.preview').src,
  }));
}

async function run(browser, url, outdir, files) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => { if (!r.url().startsWith('blob:')) errors.push('request failed: ' + r.url()); });
  await page.setViewport({ width: 1200, height: 1500 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  const downloads = path.join(outdir, 'downloads');
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  await (await page.$('#files')).uploadFile(...files);
  await page.$eval('details', (d) => { d.open = true; });
  await page.type('#paste', HOSTILE);
  await page.click('#paste-go');
  const want = files.length + 1;
  await page.waitForFunction((n) => document.querySelectorAll('article.result[data-done=yes], article.result .error:not([hidden])').length >= n &&
    [...document.querySelectorAll('article.result .preview')].every((f) => f.src || !f.closest('.body').offsetParent),
  { timeout: 90000 }, want);
  const first = path.basename(files[0]);
  for (const f of ['pdf', 'xlsx']) {
    const sel = 'article.result';
    await page.evaluate((name, fmt, s) => {
      const a = [...document.querySelectorAll(s)].find((x) => x.querySelector('.name').textContent === name);
      a.querySelector(`.downloads button[data-format=${fmt}]`).click();
    }, first, f, sel);
  }
  const got = await waitDownloads(downloads, 2);
  await new Promise((r) => setTimeout(r, 1500)); // the PDF viewer draws after load
  await page.screenshot({ path: path.join(outdir, 'page.png'), fullPage: true });
  const results = await page.evaluate(readResults);
  const pwned = await page.evaluate(() => document.querySelectorAll('#pwned, article b').length);
  return { results, downloads: got, errors, pwned };
}

async function main() {
  const [url, outdir, ...files] = process.argv.slice(2);
  fs.mkdirSync(outdir, { recursive: true });
  const browser = await launch();
  if (!browser) process.exit(2);
  try {
    console.log(JSON.stringify(await run(browser, url, outdir, files)));
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
