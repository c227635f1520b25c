'use strict';
// Lantern local portal: plain JavaScript against the services' APIs, proxied by the launcher on the same origin.

const SERVICE_AREAS = ['ADULT_SOCIAL_CARE', 'CHILDREN_SOCIAL_CARE', 'EDUCATION', 'PUBLIC_HEALTH', 'HOUSING',
  'HIGHWAYS_TRANSPORT', 'ENVIRONMENT_WASTE', 'PLANNING_REGENERATION', 'ECONOMIC_DEVELOPMENT',
  'CULTURE_LEISURE_LIBRARIES', 'REVENUES_BENEFITS', 'CUSTOMER_SERVICES_DIGITAL', 'CORPORATE_FINANCE', 'WORKFORCE_HR',
  'DEMOCRACY_GOVERNANCE', 'COMMUNITY_SAFETY', 'FIRE_RESCUE', 'PROCUREMENT', 'CLIMATE_ENERGY', 'COMMUNITY_ENGAGEMENT'];
const FORMATS = ['HOSTED_VISIT', 'OPEN_DAY', 'NETWORK_MEETING', 'VIRTUAL'];

const $ = (id) => document.getElementById(id);
const esc = (v) => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const words = (code) => String(code ?? '').toLowerCase().replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

let councils = [];
let innovations = [];

async function getJson(url, options) {
  const response = await fetch(url, options);
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = text; }
  return { ok: response.ok, status: response.status, body };
}

function postJson(url, body) {
  return getJson(url, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body),
  });
}

function problemText(result) {
  const b = result.body;
  if (b && typeof b === 'object') {
    const parts = [b.title, b.detail].filter(Boolean);
    const errors = b.errors || b.fieldErrors || b.invalidParams;
    if (Array.isArray(errors)) {
      errors.forEach((e) => parts.push(typeof e === 'string' ? e : `${e.field || e.name || e.pointer || ''}: ${e.message || e.reason || e.detail || ''}`));
    } else if (errors && typeof errors === 'object') {
      Object.entries(errors).forEach(([k, v]) => parts.push(`${k}: ${v}`));
    }
    if (parts.length) return parts.join(' — ');
  }
  return `HTTP ${result.status}`;
}

// ---------------------------------------------------------------- tabs
function showTab(name) {
  document.querySelectorAll('.tab').forEach((s) => { s.hidden = s.id !== name; });
  document.querySelectorAll('.tabs a').forEach((a) => a.classList.toggle('active', a.dataset.tab === name));
  if (name === 'mail') loadMail();
  if (name === 'gatherings') loadGatherings();
  if (name === 'requests') loadRequests();
  if (name === 'system') loadSystem();
}
window.addEventListener('hashchange', () => showTab(location.hash.slice(1) || 'innovations'));

// ---------------------------------------------------------------- innovations
function details(item) { return item.innovation || item.details || item; }

function councilName(code) {
  const c = councils.find((x) => x.code === code);
  return c ? c.name : code;
}

async function loadInnovations() {
  const result = await getJson('/api/innovations');
  if (!result.ok || !Array.isArray(result.body)) {
    $('innovation-count').textContent = `The innovation service is not answering (${problemText(result)}). It may still be starting.`;
    return;
  }
  innovations = result.body;
  renderInnovations();
}

function renderInnovations() {
  const q = $('search').value.trim().toLowerCase();
  const terms = q.split(/\s+/).filter(Boolean);
  const shown = innovations.filter((item) => {
    const d = details(item);
    const hay = [d.title, d.summary, item.hostCouncilName, d.hostCouncil, ...(d.keywords || []), ...(d.serviceAreas || []).map(words)]
      .join(' ').toLowerCase();
    return terms.every((t) => hay.includes(t));
  });
  $('innovation-count').textContent = `${shown.length} of ${innovations.length} innovations`;
  $('innovation-list').innerHTML = shown.map((item) => {
    const d = details(item);
    const host = item.hostCouncilName || councilName(d.hostCouncil);
    return `<div class="card">
      <h3>${esc(d.title)}</h3>
      <div class="meta">${esc(host)} · ${esc(words(d.stage))} · ${esc(words(d.innovationType))}${item.status && item.status !== 'ACTIVE' ? ' · ' + esc(item.status) : ''}</div>
      <div>${(d.serviceAreas || []).map((a) => `<span class="chip strong">${esc(words(a))}</span>`).join('')}
        ${(d.keywords || []).map((k) => `<span class="chip">${esc(k)}</span>`).join('')}</div>
      <p>${esc(d.summary)}</p>
      <div class="meta">id <code>${esc(item.id || d.id)}</code>${d.contact ? ` · contact ${esc(d.contact.name)} &lt;${esc(d.contact.email)}&gt;` : ''}</div>
    </div>`;
  }).join('');
}

// ---------------------------------------------------------------- ask to learn
function checkboxes(container, values, checked) {
  $(container).innerHTML = values.map((v) => `<label><input type="checkbox" value="${v}" ${checked.includes(v) ? 'checked' : ''}>${esc(words(v))}</label>`).join('');
}
function checkedValues(container) {
  return [...$(container).querySelectorAll('input:checked')].map((i) => i.value);
}

function councilCode(text) {
  const t = text.trim();
  const byCode = councils.find((c) => c.code.toLowerCase() === t.toLowerCase());
  if (byCode) return byCode.code;
  const match = t.match(/\(([A-Z]\d{8})\)\s*$/);
  if (match) return match[1];
  const byName = councils.find((c) => c.name.toLowerCase() === t.toLowerCase());
  return byName ? byName.code : t;
}

async function submitRequest(event) {
  event.preventDefault();
  const id = 'req-' + new Date().toISOString().slice(0, 10).replace(/-/g, '') + '-' + Math.random().toString(36).slice(2, 8);
  const body = {
    id,
    seekerCouncil: councilCode($('seekerCouncil').value),
    topic: $('topic').value.trim(),
    serviceAreas: checkedValues('areas'),
    formats: checkedValues('formats'),
    window: { from: $('from').value, to: $('to').value },
    maxTravelKm: Number($('maxTravelKm').value),
    attendees: Number($('attendees').value),
    contact: { name: $('contactName').value.trim(), email: $('contactEmail').value.trim() },
  };
  const result = await postJson('/api/learning-requests', body);
  if (!result.ok) {
    $('form-errors').hidden = false;
    $('form-errors').textContent = 'There is a problem: ' + problemText(result);
    $('form-errors').focus();
    return;
  }
  $('form-errors').hidden = true;
  const savedId = (result.body && result.body.id) || id;
  const mine = JSON.parse(localStorage.getItem('lantern.requests') || '[]');
  localStorage.setItem('lantern.requests', JSON.stringify([savedId, ...mine.filter((x) => x !== savedId)].slice(0, 20)));
  $('submitted').hidden = false;
  $('submitted').innerHTML = `<strong>Request ${esc(savedId)} submitted.</strong> Matching runs in the background:
    <a href="#requests" onclick="setTimeout(() => showMatches('${esc(savedId)}'), 0)">see its matches</a> in a few seconds,
    and look for the email in the <a href="#mail">Mail</a> tab.`;
}

// ---------------------------------------------------------------- requests and matches
async function loadRequests() {
  const result = await getJson('/api/learning-requests');
  const mine = JSON.parse(localStorage.getItem('lantern.requests') || '[]');
  let rows = [];
  if (result.ok && Array.isArray(result.body)) {
    rows = result.body.map((r) => ({ id: r.id, d: r.request || r.details || r, status: r.status, name: r.seekerCouncilName }));
  } else {
    rows = mine.map((id) => ({ id, d: {}, status: '' }));
    $('request-list').innerHTML = `<p class="hint">The learning service does not list requests (${esc(problemText(result))}).</p>`;
    if (!rows.length) return;
  }
  $('request-list').innerHTML = rows.length ? `<table class="table"><thead><tr><th>Id</th><th>Council</th><th>Topic</th><th></th></tr></thead><tbody>` +
    rows.map((r) => `<tr><td><code>${esc(r.id)}</code>${mine.includes(r.id) ? ' <span class="chip strong">yours</span>' : ''}
      ${r.status ? `<div class="hint">${esc(r.status)}</div>` : ''}</td>
      <td>${esc(r.name || councilName(r.d.seekerCouncil))}</td>
      <td>${esc(String(r.d.topic || '').slice(0, 160))}${String(r.d.topic || '').length > 160 ? '…' : ''}</td>
      <td><a href="#requests" data-request="${esc(r.id)}">Matches</a></td></tr>`).join('') + '</tbody></table>'
    : '<p class="hint">No learning requests yet.</p>';
  $('request-list').querySelectorAll('a[data-request]').forEach((a) => a.addEventListener('click', () => showMatches(a.dataset.request)));
}

function renderReason(r) {
  if (typeof r === 'string') return esc(r);
  if (r && typeof r === 'object') {
    const text = r.text || r.description || r.reason || r.message || r.explanation;
    const label = r.factor || r.kind || r.code || r.name;
    const weight = r.score ?? r.weight ?? r.points;
    return (label ? `<strong>${esc(words(label))}</strong> ` : '') + esc(text || '') + (weight != null ? ` <span class="hint">(${esc(typeof weight === 'number' ? weight.toFixed(2) : weight)})</span>` : '') || esc(JSON.stringify(r));
  }
  return esc(r);
}

async function showMatches(requestId) {
  requestId = (requestId || $('request-id').value).trim();
  if (!requestId) return;
  $('request-id').value = requestId;
  $('matches').innerHTML = '<p class="hint">Loading…</p>';
  const result = await getJson('/api/matches?requestId=' + encodeURIComponent(requestId));
  if (!result.ok) {
    $('matches').innerHTML = `<div class="panel">No matches for ${esc(requestId)}: ${esc(problemText(result))}</div>`;
    return;
  }
  const list = Array.isArray(result.body) ? result.body : [result.body];
  if (!list.length) {
    $('matches').innerHTML = `<div class="panel">No match proposed for <code>${esc(requestId)}</code> yet. Matching is asynchronous: try again in a few seconds.</div>`;
    return;
  }
  const known = ['innovationTitle', 'hostCouncilName', 'score', 'reasons'];
  $('matches').innerHTML = `<div id="placement"></div><h2>Matches for ${esc(requestId)}</h2>` + list.map((m) => {
    const score = typeof m.score === 'number' ? (m.score <= 1 ? Math.round(m.score * 100) : Math.round(m.score)) : m.score;
    const extra = Object.entries(m).filter(([k, v]) => !known.includes(k) && v !== null && v !== undefined);
    return `<div class="card">
      ${score != null ? `<div class="score">${esc(score)}</div>` : ''}
      <h3>${esc(m.innovationTitle || m.title || m.innovationId || 'Match')}</h3>
      <div class="meta">${esc(m.hostCouncilName || m.hostCouncil || '')}</div>
      ${Array.isArray(m.reasons) && m.reasons.length ? `<ul>${m.reasons.map((r) => `<li>${renderReason(r)}</li>`).join('')}</ul>` : ''}
      ${extra.length ? `<dl class="extra">${extra.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(typeof v === 'object' ? JSON.stringify(v) : v)}</dd>`).join('')}</dl>` : ''}
    </div>`;
  }).join('');
  showPlacement(requestId);
}

/** Where the plan put a matched request: the gathering it is in, or why it still waits. */
async function showPlacement(requestId) {
  const [plan, unserved] = await Promise.all([getJson('/api/plan/gatherings'), getJson('/api/plan/unserved')]);
  const gathering = (plan.ok && Array.isArray(plan.body) ? plan.body : [])
    .find((g) => g.attendees.some((a) => a.requestId === requestId));
  const waiting = (unserved.ok && Array.isArray(unserved.body) ? unserved.body : []).find((u) => u.requestId === requestId);
  let text = '';
  if (gathering) {
    const where = gathering.kind === 'VIRTUAL_SESSION' ? 'online' : `at ${councilName(gathering.venueCouncil)}`;
    text = `<strong>Planned: ${esc(KIND_NAMES[gathering.kind] || words(gathering.kind))} ${esc(where)} on
      ${esc(longDate(gathering.date))}</strong>, ${gathering.confirmed ? 'confirmed by its host: look for your invitation'
      : 'waiting for its host to confirm; you are invited when it does'}. <a href="#gatherings">See the gathering</a>.`;
  } else if (waiting) {
    text = `<strong>Not placed yet.</strong> ${esc(waiting.explanation)} The planner looks again whenever requests, hosts or dates change.`;
  }
  const panel = $('placement');
  if (panel && text) panel.innerHTML = `<div class="panel">${text}</div>`;
}

// ---------------------------------------------------------------- gatherings
const KIND_NAMES = { OPEN_DAY: 'Group open day', NETWORK_MEETING: 'Regional network meeting', HOSTED_VISIT: 'Hosted visit',
  VIRTUAL_SESSION: 'Virtual session' };
const OPEN_STATUSES = ['PROPOSED', 'CONFIRMED'];
let gatherings = [];
let planned = new Map(); // gathering id -> the planner's view, which carries each attendee's match reasons
let waiting = []; // matched requests the plan could not place, with why

function longDate(iso) {
  if (!iso) return '';
  return new Date(iso + 'T12:00:00Z').toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

async function loadGatherings() {
  const [lifecycle, plan, unserved] = await Promise.all([getJson('/api/gatherings'), getJson('/api/plan/gatherings'),
    getJson('/api/plan/unserved')]);
  if (!lifecycle.ok || !Array.isArray(lifecycle.body)) {
    $('gathering-count').textContent = `The gathering service is not answering (${problemText(lifecycle)}). It may still be starting.`;
    return;
  }
  gatherings = lifecycle.body;
  planned = new Map((plan.ok && Array.isArray(plan.body) ? plan.body : []).map((g) => [g.id, g]));
  waiting = unserved.ok && Array.isArray(unserved.body) ? unserved.body : [];
  const select = $('gathering-region');
  const chosen = select.value;
  const regions = [...new Set(gatherings.map((g) => g.region).filter(Boolean))].sort();
  select.innerHTML = '<option value="">All regions</option>' + regions.map((r) => `<option ${r === chosen ? 'selected' : ''}>${esc(r)}</option>`).join('');
  renderGatherings();
}

function renderGatherings() {
  const region = $('gathering-region').value;
  const openOnly = $('gathering-status').value === 'open';
  const shown = gatherings
    .filter((g) => (!region || g.region === region) && (!openOnly || OPEN_STATUSES.includes(g.status)))
    .sort((a, b) => String(a.date).localeCompare(String(b.date)));
  const seekers = shown.reduce((n, g) => n + g.attendees.length, 0);
  $('gathering-count').textContent = `${shown.length} gatherings, ${seekers} seeker councils`
    + (region ? ` in ${region}` : '') + (gatherings.length ? '' : '. The planner proposes gatherings a moment after requests are matched.');
  $('gathering-list').innerHTML = shown.map(gatheringCard).join('');
  const left = waiting.filter((u) => !region || u.region === region);
  $('unserved-list').innerHTML = left.length ? `<h2>Still waiting for a place${region ? ' in ' + esc(region) : ''}</h2>
    <p class="hint">Matched, but no gathering could take them yet. The planner looks again whenever requests, hosts or
      dates change.</p>
    <table class="table"><thead><tr><th>Seeker council</th><th>Why</th></tr></thead><tbody>${left.map((u) =>
      `<tr><td>${esc(councilName(u.seekerCouncil))}<div class="hint"><code>${esc(u.requestId)}</code></div></td>
       <td>${esc(u.explanation)} <span class="chip">${esc(words(u.reason))}</span></td></tr>`).join('')}</tbody></table>` : '';
}

function gatheringCard(g) {
  const plan = planned.get(g.id);
  const why = new Map((plan ? plan.attendees : []).map((a) => [a.requestId, a.reasons || []]));
  const venue = g.kind === 'VIRTUAL_SESSION' ? 'Online' : `at ${g.venueCouncilName || councilName(g.venueCouncil)}`;
  const hosts = g.hosts.map((h) => `${esc(h.councilName || councilName(h.council))}${h.response ? ` <span class="chip">${esc(words(h.response))}</span>` : ''}`).join(', ');
  const answering = g.status === 'PROPOSED' ? `<div class="row actions">
      <div class="field"><label for="host-${esc(g.id)}">Answer as host</label>
        <select id="host-${esc(g.id)}">${g.hosts.map((h) => `<option value="${esc(h.council)}">${esc(h.councilName || councilName(h.council))}</option>`).join('')}</select></div>
      <div class="field"><label>&nbsp;</label><button class="button" data-answer="confirm" data-gathering="${esc(g.id)}">Confirm</button>
        <button class="button secondary" data-answer="decline" data-gathering="${esc(g.id)}">Decline</button></div>
    </div>` : '';
  const rows = g.attendees.map((a) => {
    const reasons = why.get(a.requestId) || [];
    const rsvp = g.status === 'CONFIRMED' && a.rsvp === 'INVITED'
      ? ` <button class="button secondary small" data-rsvp="ACCEPT" data-gathering="${esc(g.id)}" data-request="${esc(a.requestId)}" data-council="${esc(a.seekerCouncil)}">Accept</button>
         <button class="button secondary small" data-rsvp="DECLINE" data-gathering="${esc(g.id)}" data-request="${esc(a.requestId)}" data-council="${esc(a.seekerCouncil)}">Decline</button>` : '';
    return `<tr><td>${esc(a.seekerCouncilName || councilName(a.seekerCouncil))}<div class="hint"><code>${esc(a.requestId)}</code></div></td>
      <td>${esc(a.people)}</td>
      <td>${g.status === 'PROPOSED' ? '<span class="hint">invited once the host confirms</span>'
        : esc(words(a.rsvp || '')) + (a.waitlistPosition ? ` (${esc(a.waitlistPosition)} on the waiting list)` : '')}${rsvp}</td>
      <td>${reasons.length ? `<ul class="reasons">${reasons.map((r) => `<li>${renderReason(r)}</li>`).join('')}</ul>` : ''}</td></tr>`;
  }).join('');
  return `<div class="card">
    <h3>${esc(KIND_NAMES[g.kind] || words(g.kind))} · ${esc(longDate(g.date))}</h3>
    <div class="meta">${esc(venue)} · ${esc(g.region || '')} · <strong>${esc(words(g.status))}</strong>${plan && plan.themeRequestId ? ' · <span class="chip strong">asked for by a regional body</span>' : ''}
      · ${esc(g.placesTaken)} of ${esc(g.capacity)} places taken${g.closedReason ? ` · ${esc(g.closedReason)}` : ''}</div>
    <div>${g.innovations.map((i) => `<span class="chip strong">${esc(i.title)}</span>`).join('')}</div>
    <div class="meta">Presented by ${hosts}</div>
    ${rows ? `<table class="table"><thead><tr><th>Seeker council</th><th>People</th><th>Reply</th><th>Why this match</th></tr></thead><tbody>${rows}</tbody></table>` : '<p class="hint">No seekers yet: the regional body brings its own members.</p>'}
    ${answering}
  </div>`;
}

async function answerGathering(button) {
  const id = button.dataset.gathering;
  let url; let body;
  if (button.dataset.answer) {
    url = `/api/gatherings/${encodeURIComponent(id)}/${button.dataset.answer}`;
    body = { council: $('host-' + id).value };
  } else {
    url = `/api/gatherings/${encodeURIComponent(id)}/rsvp`;
    body = { requestId: button.dataset.request, council: button.dataset.council, response: button.dataset.rsvp };
  }
  const result = await postJson(url, body);
  const message = $('gathering-message');
  message.hidden = false;
  message.textContent = result.ok
    ? (button.dataset.answer === 'confirm' ? 'Confirmed: the invitations are on their way (see the Mail tab).'
      : button.dataset.answer === 'decline' ? 'Declined: its seekers go back to the planner, which will propose another date or host.'
        : 'Reply recorded.')
    : 'That did not work: ' + problemText(result);
  await loadGatherings();
}

const REGIONS = ['East Midlands', 'East of England', 'London', 'North East', 'North West', 'South East', 'South West',
  'West Midlands', 'Yorkshire and The Humber', 'Wales', 'Scotland', 'Northern Ireland'];

async function askForTheme(event) {
  event.preventDefault();
  const body = {
    requestedBy: $('theme-by').value.trim(), region: $('theme-region').value, theme: $('theme-text').value.trim(),
    window: { from: $('theme-from').value, to: $('theme-to').value },
    contact: { name: $('theme-contact-name').value.trim(), email: $('theme-contact-email').value.trim() },
  };
  const result = await postJson('/api/plan/theme-requests', body);
  if (!result.ok) {
    $('theme-errors').hidden = false;
    $('theme-errors').textContent = 'There is a problem: ' + problemText(result);
    return;
  }
  $('theme-errors').hidden = true;
  const message = $('gathering-message');
  message.hidden = false;
  message.textContent = 'Asked. The planner is looking for presenters and a date…';
  // Planning runs a moment after the ask; show its outcome once there is one.
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    const ask = await getJson('/api/plan/theme-requests/' + encodeURIComponent(result.body.id));
    if (ask.ok && ask.body.gatheringId) {
      // The gathering service learns of the proposal from Kafka a moment after the plan has it.
      for (let j = 0; j < 20 && !(await getJson('/api/gatherings/' + encodeURIComponent(ask.body.gatheringId))).ok; j++) {
        await new Promise((r) => setTimeout(r, 500));
      }
      message.textContent = 'A network meeting is proposed: it is in the list below, waiting for its venue host to confirm.';
      $('gathering-region').value = body.region;
      await loadGatherings();
      return;
    }
    if (ask.ok && ask.body.reason) {
      message.textContent = ask.body.reason === 'NO_PRESENTERS'
        ? 'No meeting yet: fewer than two innovations in the region that offer network meetings speak to this theme. Try wording it as the problem councils share.'
        : 'No meeting yet: no working day in that window has two presenters free. Try a longer window.';
      return;
    }
  }
  message.textContent = 'Asked; the plan is not ready yet. Refresh in a minute.';
}

// ---------------------------------------------------------------- mail
async function loadMail() {
  const result = await getJson('/lantern/mail');
  const list = result.ok && Array.isArray(result.body) ? result.body : [];
  $('mail-list').innerHTML = list.length ? list.map((m) => `<div class="card">
      <h3>${esc(m.subject)}</h3>
      <div class="meta">to ${esc((m.to || []).join(', '))} · from ${esc((m.from || []).join(', '))} · ${esc(m.date || '')}</div>
      <pre class="mail">${esc(m.text || m.error || '')}</pre></div>`).join('')
    : '<p class="hint">No mail yet. Mail is sent when a match is proposed.</p>';
}

// ---------------------------------------------------------------- system
async function loadSystem() {
  const result = await getJson('/lantern/info');
  if (!result.ok) return;
  $('components').innerHTML = result.body.components.map((c) =>
    `<tr><td>${esc(c.name)}</td><td><code>${esc(c.where)}</code></td><td class="state-${esc(c.state)}">${esc(c.state)}</td></tr>`).join('');
  const mail = result.body.mail;
  if (mail) {
    $('imap-host').textContent = mail.imapHost; $('imap-port').textContent = mail.imapPort;
    $('imap-user').textContent = mail.user; $('imap-password').textContent = mail.password;
  }
}

// ---------------------------------------------------------------- start
async function init() {
  checkboxes('areas', SERVICE_AREAS, []);
  checkboxes('formats', FORMATS, ['OPEN_DAY', 'VIRTUAL']);
  $('search').addEventListener('input', renderInnovations);
  $('request-form').addEventListener('submit', submitRequest);
  $('show-matches').addEventListener('click', () => showMatches());
  $('request-id').addEventListener('keydown', (e) => { if (e.key === 'Enter') showMatches(); });
  $('refresh-mail').addEventListener('click', loadMail);
  $('refresh-gatherings').addEventListener('click', loadGatherings);
  $('theme-region').innerHTML = REGIONS.map((r) => `<option>${esc(r)}</option>`).join('');
  $('theme-form').addEventListener('submit', askForTheme);
  $('gathering-region').addEventListener('change', renderGatherings);
  $('gathering-status').addEventListener('change', renderGatherings);
  $('gathering-list').addEventListener('click', (e) => {
    const button = e.target.closest('button[data-gathering]');
    if (button) answerGathering(button);
  });
  showTab(location.hash.slice(1) || 'innovations');
  const c = await getJson('/lantern/councils');
  councils = c.ok ? c.body : [];
  $('council-list').innerHTML = councils.map((x) => `<option value="${esc(x.name)} (${esc(x.code)})"></option>`).join('');
  loadSystem();
  await loadInnovations();
}
init();
