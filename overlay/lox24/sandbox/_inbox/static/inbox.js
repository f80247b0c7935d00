// The Dev Phone: views are HTML fragments rendered by the sandbox; every element with
// data-live="<url>" is fetched again whenever the event stream says the sandbox changed.

const VIEW = "/_sandbox/inbox/view/";
const main = document.getElementById("main");
const liveState = document.getElementById("live-state");
const toast = document.getElementById("toast");
const pages = new Map(); // data-live element -> page number
let search = "";
let threadPages = 1;
let refreshing = null;
let again = false;

function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [name, ...rest] = hash.split("/");
  return { name: name || "conversations", arg: decodeURIComponent(rest.join("/")) };
}

function liveUrl(element) {
  const url = new URL(element.dataset.live, location.origin);
  if (element.id === "threads" && search) {
    for (const [key, value] of new URLSearchParams(search)) url.searchParams.set(key, value);
  }
  if (element.id === "thread") url.searchParams.set("pages", String(threadPages));
  const page = pages.get(element.dataset.live);
  if (page) url.searchParams.set("page", String(page));
  return url;
}

const SLOW_PAUSE = 3000; // ms between live refreshes of a view that is costly to read

async function fetchHtml(url, element) {
  const answer = await fetch(url, { credentials: "same-origin", cache: "no-store" });
  if (answer.status === 401) {
    location.reload();
    return null;
  }
  if (!answer.ok) throw new Error(`${answer.status} ${await answer.text()}`);
  if (element) {
    element.dataset.slow = answer.headers.get("X-Inbox-Slow") === "1" ? String(Date.now()) : "";
  }
  return answer.text();
}

// A costly view is refreshed at most every SLOW_PAUSE ms; a change meanwhile is caught up after.
function due(element, live) {
  if (!live || !element.dataset.slow) return true;
  const wait = Number(element.dataset.slow) + SLOW_PAUSE - Date.now();
  if (wait <= 0) return true;
  clearTimeout(element.slowTimer);
  element.slowTimer = setTimeout(() => refresh(true), wait);
  return false;
}

async function load(element) {
  const html = await fetchHtml(liveUrl(element), element);
  if (html !== null && html !== element.dataset.shown) {
    element.dataset.shown = html;
    element.dataset.loadedAt = String(Date.now());
    element.innerHTML = html;
    element.dispatchEvent(new CustomEvent("inbox:updated", { bubbles: true }));
  }
}

async function refreshAll(live) {
  const elements = [...document.querySelectorAll("[data-live]")].filter((e) => due(e, live));
  await Promise.all(elements.map(load));
}

// One refresh at a time; a change during one asks for another right after it. A live refresh
// (the event stream's) spares costly views refreshed moments ago.
function refresh(live = false) {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = refreshAll(live)
    .catch((error) => say(String(error)))
    .finally(() => {
      refreshing = null;
      if (again) {
        again = false;
        refresh(true);
      }
    });
  return refreshing;
}

async function show() {
  const { name, arg } = route();
  let view = `${VIEW}${name}`;
  if (name === "thread") view = `${VIEW}conversations?phone=${encodeURIComponent(arg)}`;
  else if (name === "conversations") view = `${VIEW}conversations`;
  else if (name === "bulk") view = null;
  for (const link of document.querySelectorAll("[data-nav]")) {
    const active = link.dataset.nav === name || (name === "thread" && link.dataset.nav === "conversations")
      || (name === "bulk" && link.dataset.nav === "bulks");
    if (active) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  threadPages = 1;
  pages.clear();
  if (view === null) {
    main.innerHTML = `<div data-live="${VIEW}bulk?uuid=${encodeURIComponent(arg)}"></div>`;
  } else if (["conversations", "thread"].includes(name)) {
    main.innerHTML = await fetchHtml(view);
    restoreSearch();
  } else {
    main.innerHTML = `<div data-live="${view}"></div>`;
  }
  await refresh();
  if (name === "thread") scrollThread();
}

function restoreSearch() {
  const form = document.getElementById("search");
  if (!form) return;
  for (const [key, value] of new URLSearchParams(search)) {
    if (form.elements[key]) form.elements[key].value = value;
  }
}

function scrollThread() {
  const thread = document.getElementById("thread");
  if (thread) thread.scrollTop = thread.scrollHeight;
}

function say(message) {
  toast.textContent = message;
  toast.hidden = false;
  clearTimeout(say.timer);
  say.timer = setTimeout(() => { toast.hidden = true; }, 6000);
}

async function control(method, path, body) {
  const answer = await fetch(`/_sandbox/${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
  });
  if (!answer.ok) {
    let detail = await answer.text();
    try { detail = JSON.parse(detail).detail || detail; } catch { /* plain text */ }
    say(`${method} /_sandbox/${path}: ${answer.status} ${detail}`);
    return false;
  }
  await refresh();
  return true;
}

async function reply(phone, text) {
  const messages = document.querySelector("#thread .messages");
  const smsUuid = messages ? messages.dataset.replyTo : "";
  if (smsUuid) return control("POST", "simulate/reply", { sms_uuid: smsUuid, text });
  return control("POST", "simulate/incoming", { sender: phone, text });
}

const ACTIONS = {
  report: (b) => control("POST", "simulate/delivery-report", { sms_uuid: b.dataset.uuid, outcome: b.dataset.outcome }),
  click: (b) => control("POST", "simulate/click", { short_code: b.dataset.code }),
  stop: (b) => reply(b.dataset.phone, "STOP"),
  redeliver: (b) => control("POST", "simulate/redeliver", { event_id: b.dataset.event }),
  clock: (b) => {
    if (b.dataset.advance) return control("POST", "clock", { advance: Number(b.dataset.advance) });
    if (b.dataset.set) return control("POST", "clock", { set: Number(b.dataset.set) });
    return control("POST", "clock", { frozen: b.dataset.frozen === "true" });
  },
  "fault-on": (b) => control("POST", "faults", { kind: "status", status: 503, path: b.dataset.pattern, method: b.dataset.method }),
  "fault-off": (b) => control("DELETE", `faults/${b.dataset.rule}`),
  logout: async () => {
    await fetch("/_sandbox/inbox/logout", { method: "POST", credentials: "same-origin" });
    location.reload();
  },
};

document.addEventListener("click", async (event) => {
  const target = event.target.closest("button");
  if (!target) return;
  if (target.dataset.action in ACTIONS) {
    target.disabled = true;
    try { await ACTIONS[target.dataset.action](target); } finally { target.disabled = false; }
  } else if (target.dataset.page) {
    const live = target.closest("[data-live]");
    pages.set(live.dataset.live, Number(target.dataset.page));
    await refresh();
  } else if (target.hasAttribute("data-more")) {
    threadPages += 1;
    await refresh();
  }
});

document.addEventListener("submit", async (event) => {
  const form = event.target;
  event.preventDefault();
  if (form.id === "search") {
    const data = new URLSearchParams(new FormData(form));
    for (const [key, value] of [...data]) if (!value) data.delete(key);
    search = data.toString();
    pages.clear();
    await refresh();
  } else if (form.id === "reply") {
    const text = form.elements.text.value;
    if (!text.trim()) return;
    if (await reply(form.dataset.phone, text)) {
      form.elements.text.value = "";
      scrollThread();
    }
  } else if (form.id === "subscribe") {
    if (await control("POST", "webhooks", { url: form.elements.url.value })) form.reset();
  }
});

document.addEventListener("reset", (event) => {
  if (event.target.id !== "search") return;
  search = "";
  pages.clear();
  setTimeout(refresh);
});

// Enter sends a reply, Shift+Enter starts a new line; "/" (outside a field) goes to the search.
document.addEventListener("keydown", (event) => {
  const field = event.target;
  if (field.id === "reply-text" && event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    field.form.requestSubmit();
  } else if (event.key === "/" && !field.closest("input, textarea, select, [contenteditable]")) {
    const search = document.querySelector("#search input");
    if (search) {
      event.preventDefault();
      search.focus();
    }
  }
});

// A running sandbox clock ticks on between two updates from the sandbox.
function tick() {
  const clock = document.getElementById("clock");
  const now = clock.querySelector(".clock-now");
  if (!now || now.dataset.frozen === "true") return;
  const elapsed = (Date.now() - Number(clock.dataset.loadedAt || Date.now())) / 1000;
  const shown = new Date((Number(now.dataset.now) + elapsed) * 1000);
  now.textContent = `${shown.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
setInterval(tick, 1000);

function listen() {
  const stream = new EventSource("/_sandbox/inbox/live");
  stream.addEventListener("open", () => {
    liveState.dataset.state = "live";
    liveState.textContent = "live";
  });
  stream.addEventListener("change", () => refresh(true));
  stream.addEventListener("error", () => {
    liveState.dataset.state = "offline";
    liveState.textContent = "reconnecting";
  });
}

window.addEventListener("hashchange", () => show().catch((error) => say(String(error))));
show()
  .then(() => performance.mark("inbox-first-view"))
  .catch((error) => say(String(error)));
listen();
