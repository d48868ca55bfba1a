// page.js URL OUTDIR FILE... — the page of `gwexport serve` in Debian's
// chromium (headless, driven by puppeteer-core), a clerk's path: drops the
// first FILE on the drop zone (a real drop event), uploads the others
// through the file input (two or more: the page offers their combined
// workbook, which is downloaded too), pastes a hostile text, waits for
// every result and for every PDF preview to be drawn, downloads the PDF
// and the workbook of the dropped file into OUTDIR/downloads, saves OUTDIR/page.png (the
// whole page) and OUTDIR/result-N.png (each result) and prints a JSON
// report for tests/e2e/serve.sh.
// Exit 2: chromium cannot start here (the caller skips, saying so).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
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

// An 8-bit RGB(A) non-interlaced PNG (what Chromium's screenshots are) →
// {width, height, channels, pixels}.
function decodePng(buf) {
  let pos = 8;
  let width = 0, height = 0, channels = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      channels = { 2: 3, 6: 4 }[data[9]];
      if (data[8] !== 8 || !channels || data[12] !== 0) throw new Error('unexpected PNG kind');
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const pred = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      pixels[y * stride + x] = (line[x] + pred) & 255;
    }
  }
  return { width, height, channels, pixels };
}

// Share of a picture's pixels that are paper white and of those that are
// ink (dark on the paper): a drawn PDF page has both, an undrawn viewer
// is one dark grey.
function paperAndInk(png) {
  const { width, height, channels, pixels } = decodePng(png);
  let white = 0, ink = 0;
  for (let i = 0; i < width * height; i++) {
    const [r, g, b] = [pixels[i * channels], pixels[i * channels + 1], pixels[i * channels + 2]];
    if (r > 235 && g > 235 && b > 235) white++;
    else if (r < 120 && g < 120 && b < 120 && Math.abs(r - g) < 20) ink++;
  }
  return { white: white / (width * height), ink: ink / (width * height) };
}

// A picture of one element as it is on the screen: a clip of the viewport
// (which holds the whole page), never scrolled — an element screenshot
// scrolls and re-lays the viewer out, and caught it half drawn.
async function shoot(page, element, file) {
  const box = await element.boundingBox();
  return page.screenshot({ type: 'png', path: file, captureBeyondViewport: false,
    clip: { x: box.x, y: box.y, width: box.width, height: box.height } });
}

// Waits until every PDF preview shows a page (paper white over at least a
// tenth of it); returns what each showed at the end.
async function waitPreviewsDrawn(page, timeoutMs) {
  const frames = await page.$$('article.result .preview');
  const seen = frames.map(() => null);
  const until = Date.now() + timeoutMs;
  for (;;) {
    for (let i = 0; i < frames.length; i++) {
      if (seen[i] && seen[i].white >= 0.1) continue;
      seen[i] = paperAndInk(await shoot(page, frames[i]));
    }
    if (seen.every((s) => s.white >= 0.1) || Date.now() > until) return seen;
    await new Promise((r) => setTimeout(r, 250));
  }
}

// Drops a file on the drop zone as a clerk's mouse does: a drop event
// whose DataTransfer holds the file (its bytes passed as base64).
async function dropFile(page, file) {
  const b64 = fs.readFileSync(file).toString('base64');
  await page.evaluate((name, data) => {
    const bytes = Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], name));
    const zone = document.querySelector('#drop');
    for (const type of ['dragenter', 'dragover', 'drop'])
      zone.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, path.basename(file), b64);
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
  await dropFile(page, files[0]);
  if (files.length > 1) await (await page.$('#files')).uploadFile(...files.slice(1));
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
  let got = await waitDownloads(downloads, 2);
  // Several files given at once: the combined workbook (POST /api/combine).
  const combined = await page.$('article.combined button');
  if (combined) {
    await combined.click();
    got = await waitDownloads(downloads, 3);
  }
  // Chromium draws a PDF viewer only while it is in the viewport: a
  // viewport as tall as the page shows every result at once (with the
  // 1500-pixel one only the first preview was ever drawn).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewport({ width: 1200, height });
  const previews = await waitPreviewsDrawn(page, 30000);
  await page.screenshot({ path: path.join(outdir, 'page.png'), captureBeyondViewport: false });
  const articles = await page.$$('article.result');
  for (let i = 0; i < articles.length; i++)
    await shoot(page, articles[i], path.join(outdir, `result-${i + 1}.png`));
  const results = await page.evaluate(readResults);
  const pwned = await page.evaluate(() => document.querySelectorAll('#pwned, article b').length);
  return { results, downloads: got, errors, pwned, previews, combined: Boolean(combined) };
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
