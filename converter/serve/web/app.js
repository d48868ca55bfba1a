// gwexport serve: the page's behaviour.  Every text that comes from a
// document or the server is put in with textContent, never as HTML.
'use strict';

const FORMAT_LABELS = { pdf: 'PDF 公文', ofd: 'OFD 版式文件', xlsx: '指标工作簿（Excel）', zip: '归档包（ZIP）', json: '结构数据（JSON）' };
const STATUS_TEXT = {
  401: '需要正确的访问令牌：请在“访问令牌”中填写管理员给的令牌。',
  413: '上传超过限制（每个文件最多 16 MB，一次最多 20 个文件、合计 32 MB），无法转换。',
  415: '只能转换 .txt 或 .docx 文件。',
  503: '服务器正忙，请过几秒再试。',
};

const $ = (sel, root = document) => root.querySelector(sel);

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

const MAX_FILES = 20; // a request's cap (GW_SERVE_MAX_FILES)

// The form fields of one request: the file(s), the layout, the 版头/版记 fields.
function formFor(files) {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  form.append('layout', $('#layout').value);
  for (const input of document.querySelectorAll('[data-set]')) {
    const v = input.value.trim();
    if (v) form.append('set', input.dataset.set + '=' + v);
  }
  return form;
}

function headers() {
  const token = $('#token').value.trim();
  return token ? { 'X-Gwexport-Token': token } : {};
}

async function post(file, format) {
  const url = '/api/convert' + (format ? '?format=' + encodeURIComponent(format) : '');
  return fetch(url, { method: 'POST', body: formFor([file]), headers: headers() });
}

// Saves a blob under a name, as a download link does.
function saveAs(href, name) {
  const a = el('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

// Several files given at once: one workbook of all their indicators
// (POST /api/combine), made when asked for.
function offerCombined(files) {
  const box = $('#combined-tpl').content.firstElementChild.cloneNode(true);
  const names = files.map((f) => f.name).join('、');
  $('.state', box).textContent = files.length > MAX_FILES
    ? '一次最多汇总 ' + MAX_FILES + ' 个文件，请分批选择。'
    : files.length + ' 个文件的全部指标合成一个工作簿：' + names;
  const button = $('button', box);
  button.disabled = files.length > MAX_FILES;
  let href = null;
  button.addEventListener('click', async () => {
    try {
      if (!href) {
        const res = await fetch('/api/combine', { method: 'POST', body: formFor(files), headers: headers() });
        if (!res.ok) throw new Error(await errorText(res));
        href = URL.createObjectURL(await res.blob());
      }
      saveAs(href, '汇总.xlsx');
    } catch (e) { showError(box, e.message); }
  });
  $('#results').prepend(box);
}

async function errorText(res) {
  let msg = '';
  try { msg = (await res.json()).error || ''; } catch (e) { msg = ''; }
  const plain = STATUS_TEXT[res.status];
  return plain ? plain + (msg ? '\n' + msg : '') : (msg || '转换失败（HTTP ' + res.status + '）');
}

function showOutline(box, data) {
  $('.title', box).textContent = data.title || '（未识别到标题）';
  const list = $('.outline', box);
  for (const h of data.outline || []) {
    const li = el('li', [h.marker, h.heading].filter(Boolean).join(' '));
    li.className = 'level-' + Number(h.level || 3);
    list.append(li);
  }
}

function showIndicators(box, data) {
  const body = $('.indicators tbody', box);
  for (const i of data.indicators || []) {
    const tr = document.createElement('tr');
    const cells = [i.id, i.label, i.text, i.unit, i.status, i.period, i.page];
    cells.forEach((v, n) => tr.append(el('td', v === null || v === undefined ? '' : v, n === 0 || n === 6 ? 'num' : '')));
    body.append(tr);
  }
  if (!body.children.length) {
    const tr = document.createElement('tr');
    const td = el('td', '未发现数量指标');
    td.colSpan = 7;
    tr.append(td);
    body.append(tr);
  }
}

function showWarnings(box, data) {
  const list = data.warnings || [];
  if (!list.length) return;
  $('.warnings', box).hidden = false;
  for (const w of list) $('.warnings ul', box).append(el('li', w));
}

// Fetches one format once; later clicks reuse the blob.
function fileGetter(file) {
  const cache = new Map();
  return async (format) => {
    if (!cache.has(format)) {
      const res = await post(file, format);
      if (!res.ok) throw new Error(await errorText(res));
      cache.set(format, URL.createObjectURL(await res.blob()));
    }
    return cache.get(format);
  };
}

function showDownloads(box, data, getFile) {
  const nav = $('.downloads', box);
  for (const d of data.downloads || []) {
    const button = el('button', '下载' + (FORMAT_LABELS[d.format] || d.format), 'button');
    button.type = 'button';
    button.dataset.format = d.format;
    button.addEventListener('click', async () => {
      try { saveAs(await getFile(d.format), d.filename); } catch (e) { showError(box, e.message); }
    });
    nav.append(button);
  }
}

function showError(box, text) {
  const err = $('.error', box);
  err.hidden = false;
  err.textContent = text;
}

async function convert(file) {
  const box = $('#result-tpl').content.firstElementChild.cloneNode(true);
  $('.name', box).textContent = file.name;
  $('.state', box).textContent = '正在转换……';
  $('#results').prepend(box);
  let res;
  try { res = await post(file); } catch (e) {
    $('.state', box).textContent = '转换失败';
    showError(box, '无法连接转换服务，请确认服务仍在运行。');
    return;
  }
  if (!res.ok) {
    $('.state', box).textContent = '转换失败';
    showError(box, await errorText(res));
    return;
  }
  const data = await res.json();
  const getFile = fileGetter(file);
  $('.state', box).textContent = '转换完成：' + (data.indicators || []).length + ' 项指标，' +
    (data.outline || []).length + ' 个标题。';
  showOutline(box, data);
  showIndicators(box, data);
  showWarnings(box, data);
  showDownloads(box, data, getFile);
  $('.body', box).hidden = false;
  box.dataset.done = 'yes';
  // Chromium's viewer opens the page at the preview's width, without the
  // thumbnail pane that took half of it.
  try { $('.preview', box).src = (await getFile('pdf')) + '#view=FitH&navpanes=0'; } catch (e) { showError(box, e.message); }
}

function convertAll(fileList) {
  const files = [...fileList];
  for (const f of files) convert(f);
  if (files.length > 1) offerCombined(files);
}

function wire() {
  const drop = $('#drop');
  $('#files').addEventListener('change', (e) => { convertAll(e.target.files); e.target.value = ''; });
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    convertAll(e.dataTransfer.files);
  });
  $('#paste-go').addEventListener('click', () => {
    const text = $('#paste').value;
    if (!text.trim()) return;
    const name = ($('#paste-name').value.trim() || '粘贴的报告').replace(/[\\/]/g, '_');
    convert(new File([text], name + '.txt', { type: 'text/plain' }));
  });
}

document.addEventListener('DOMContentLoaded', wire);
