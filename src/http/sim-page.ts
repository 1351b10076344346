import { HIDDEN } from './openapi';
import type { FastifyPluginAsync } from 'fastify';

/** The simulator page: pick a chat and who you are, type, and watch the bot answer. */
export const simPage: FastifyPluginAsync = async (app) => {
  app.get('/', { schema: HIDDEN }, async (_req, reply) => reply.redirect('/sim'));
  app.get('/sim', { schema: HIDDEN }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
};

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>gridbot 模拟器</title>
<style>
  body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; margin: 0; background: #ededed; }
  header { background: #2e3238; color: #fff; padding: 10px 16px; display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
  header h1 { font-size: 16px; margin: 0 12px 0 0; }
  select, input, button { font-size: 15px; padding: 6px 8px; }
  main { max-width: 760px; margin: 0 auto; padding: 12px; }
  #transcript { background: #f5f5f5; min-height: 55vh; max-height: 65vh; overflow-y: auto; padding: 12px; border-radius: 6px; }
  .msg { margin: 8px 0; display: flex; flex-direction: column; }
  .msg .who { font-size: 12px; color: #888; }
  .msg .text { background: #fff; padding: 8px 10px; border-radius: 6px; max-width: 85%; white-space: pre-wrap; word-break: break-all; }
  .msg.bot .text { background: #e8f4ff; }
  .msg.me { align-items: flex-end; }
  .msg.me .text { background: #95ec69; }
  form { display: flex; gap: 8px; margin-top: 10px; }
  #text { flex: 1; }
  .hint { color: #666; font-size: 13px; margin: 8px 0; }
</style>
</head>
<body>
<header>
  <h1>gridbot 模拟器</h1>
  <label>聊天 <select id="chat"></select></label>
  <label>我是 <select id="person"></select></label>
</header>
<main>
  <p class="hint">选择一个楼栋群和一位居民，试试「3号楼2单元电梯坏了」；网格员可在工作群或私聊里发「帮助」。</p>
  <div id="transcript" aria-live="polite"></div>
  <form id="composer">
    <input id="text" autocomplete="off" placeholder="输入消息，回车发送">
    <button id="send" type="submit">发送</button>
  </form>
  <p class="hint" id="status"></p>
</main>
<script>
const $ = (id) => document.getElementById(id);
let groups = [], people = [], lastSeq = 0, chatKey = '';
const roleName = { resident: '居民', grid_worker: '网格员', grid_leader: '网格长', office: '社区办公室' };

async function load() {
  [groups, people] = await Promise.all([fetch('/sim/groups').then(r => r.json()), fetch('/sim/people').then(r => r.json())]);
  $('chat').innerHTML = groups.map(g => '<option value="g:' + g.id + '">' + esc(g.name) + '</option>').join('')
    + '<option value="direct">与机器人私聊</option>';
  $('person').innerHTML = people.map(p => '<option value="' + p.id + '">' + esc(p.name) + '（' + (roleName[p.role] || p.role)
    + (p.building ? ' · ' + p.building + '号楼' : '') + '）</option>').join('');
  reset();
}
function esc(s) { return String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c])); }
function currentUrl() {
  const chat = $('chat').value;
  return chat === 'direct' ? '/sim/direct/' + encodeURIComponent($('person').value) + '/messages'
                           : '/sim/groups/' + encodeURIComponent(chat.slice(2)) + '/messages';
}
function reset() { lastSeq = 0; chatKey = currentUrl(); $('transcript').innerHTML = ''; poll(); }
async function poll() {
  const key = chatKey;
  const res = await fetch(key + '?since=' + lastSeq);
  if (!res.ok || key !== chatKey) return;
  const entries = await res.json();
  for (const e of entries) {
    // The timer and the poll after a send can overlap: show each entry once.
    if (e.seq <= lastSeq) continue;
    lastSeq = e.seq;
    const div = document.createElement('div');
    div.className = 'msg' + (e.from === 'bot' ? ' bot' : '') + (e.from === $('person').value ? ' me' : '');
    div.innerHTML = '<span class="who">' + esc(e.fromName) + ' · ' + new Date(e.at).toLocaleTimeString('zh-CN') + '</span><span class="text">' + esc(e.text) + '</span>';
    $('transcript').appendChild(div);
  }
  if (entries.length) $('transcript').scrollTop = $('transcript').scrollHeight;
}
$('chat').onchange = reset;
$('person').onchange = () => { if ($('chat').value === 'direct') reset(); };
$('composer').onsubmit = async (ev) => {
  ev.preventDefault();
  const text = $('text').value.trim();
  if (!text) return;
  const chat = $('chat').value;
  const body = chat === 'direct' ? { text } : { from: $('person').value, text };
  const res = await fetch(currentUrl(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  $('status').textContent = res.ok ? '' : '发送失败：' + ((await res.json()).error || res.status);
  if (res.ok) $('text').value = '';
  poll();
};
setInterval(poll, 700);
load();
</script>
</body>
</html>`;
