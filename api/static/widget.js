/*
 * Vejviser's chat widget: one <script> tag and a container on any page.
 *
 *   <div id="vejviser-chat"></div>
 *   <script src="https://<vejviser-host>/static/widget.js" data-container="vejviser-chat" defer></script>
 *
 * Optional attributes: data-exit-url (where "Forlad siden hurtigt" goes).
 * Talks to the API it was loaded from: the socket.io channel (Rasa's protocol, websocket
 * transport, spoken here in a few lines instead of a client library), and POST /api/chat
 * when a websocket cannot open. The conversation is kept in this tab's sessionStorage, so
 * a reload shows it again and closing the tab (or the quick exit) forgets it.
 * No framework, no build step.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var base = new URL(script.src, location.href).origin;
  var container = document.getElementById(script.getAttribute("data-container") || "vejviser-chat");
  var exitUrl = script.getAttribute("data-exit-url") || "https://www.dr.dk/";
  if (!container) return;
  var LIMIT = 2000;
  var KEY_SESSION = "vejviser-session", KEY_LOG = "vejviser-log";

  if (!document.querySelector("link[data-vejviser]")) {
    var css = document.createElement("link");
    css.rel = "stylesheet"; css.href = base + "/static/widget.css"; css.setAttribute("data-vejviser", "");
    document.head.appendChild(css);
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "class") e.className = attrs[k];
      else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(c); });
    return e;
  }

  // Phone numbers in a text become tel: links (112, "33 66 33 66", "70201201").
  var PHONE = /(\+45 ?)?\b(112|1813|\d{2} \d{2} \d{2} \d{2}|\d{2} \d{3} \d{3}|\d{8}|\d{4} \d{4})\b/g;
  function linked(text, parent) {
    var last = 0, m;
    PHONE.lastIndex = 0;
    while ((m = PHONE.exec(text)) !== null) {
      parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      parent.appendChild(el("a", { href: "tel:" + m[0].replace(/[^\d+]/g, ""), text: m[0] }));
      last = m.index + m[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
    return parent;
  }

  // ---- the page ------------------------------------------------------------------
  container.classList.add("vv");
  container.setAttribute("lang", "da");
  var exit = el("button", { type: "button", class: "vv-exit", text: "Forlad siden hurtigt" });
  var akutLink = el("a", { href: "#vv-akut", class: "vv-akut-link", text: "Akut hjælp" });
  var akut = el("section", { id: "vv-akut", class: "vv-akut", "aria-labelledby": "vv-akut-h", tabindex: "-1" }, [
    el("h2", { id: "vv-akut-h", text: "Akut hjælp" }),
    linked("Er du eller en anden i fare lige nu, så ring 112.", el("p")),
  ]);
  var privacy = el("p", { class: "vv-privacy", id: "vv-privacy",
    text: "Skriv ikke dit CPR-nummer, navn eller adresse. Du behøver ikke sige, hvem du er." });
  var log = el("div", { class: "vv-log", role: "log", "aria-live": "off", "aria-label": "Samtale med Vejviser", tabindex: "0" });
  var announce = el("div", { class: "vv-sr", "aria-live": "polite", "aria-atomic": "true" });
  var label = el("label", { for: "vv-text", class: "vv-label", text: "Din besked" });
  var input = el("textarea", { id: "vv-text", rows: "2", "aria-describedby": "vv-privacy vv-hint",
    placeholder: "Fx: min søn på 16 ryger hash hver dag" });
  var hint = el("p", { id: "vv-hint", class: "vv-hint", "aria-live": "polite" });
  var send = el("button", { type: "submit", class: "vv-send", text: "Send" });
  var form = el("form", { class: "vv-form", novalidate: "" }, [label, el("div", { class: "vv-row" }, [input, send]), hint]);
  var take = el("button", { type: "button", class: "vv-take", text: "Tag samtalen med", hidden: "" });
  var summary = el("section", { class: "vv-summary", hidden: "", "aria-labelledby": "vv-summary-h", tabindex: "-1" });
  container.replaceChildren(
    el("div", { class: "vv-top" }, [akutLink, exit]), akut, privacy,
    el("h2", { class: "vv-sr", text: "Samtale med Vejviser" }), log, announce, form,
    el("div", { class: "vv-tools" }, [take]), summary);

  exit.addEventListener("click", function () {
    try { sessionStorage.removeItem(KEY_LOG); sessionStorage.removeItem(KEY_SESSION); } catch (e) { /* private mode */ }
    location.replace(exitUrl);
  });
  akutLink.addEventListener("click", function (ev) { ev.preventDefault(); akut.classList.add("vv-open"); akut.focus(); });

  // ---- the transcript (what is on screen, kept for a reload) ----------------------
  var items = [];
  try { items = JSON.parse(sessionStorage.getItem(KEY_LOG) || "[]"); } catch (e) { items = []; }
  function save() { try { sessionStorage.setItem(KEY_LOG, JSON.stringify(items.slice(-200))); } catch (e) { /* full */ } }

  function door(card, cls) {
    var d = card.door, box = el("article", { class: "vv-door " + (cls || "") });
    if (card.intro) box.appendChild(el("p", { class: "vv-intro", text: card.intro }));
    box.appendChild(el("h3", { text: d.name }));
    if (d.why) box.appendChild(el("p", { text: d.why }));
    var ways = el("ul", { class: "vv-ways" });
    if (d.phone) ways.appendChild(el("li", {}, [el("a", { href: "tel:" + d.phone.replace(/[^\d+]/g, ""), text: "Ring " + d.phone })]));
    if (d.email) ways.appendChild(el("li", {}, [el("a", { href: "mailto:" + d.email, text: "Skriv til " + d.email })]));
    if (d.url) ways.appendChild(el("li", {}, [el("a", { href: web(d.url), target: "_blank", rel: "noopener", text: d.url.replace(/^https?:\/\//, "") })]));
    if (d.address) ways.appendChild(el("li", { text: d.address }));
    if (!ways.children.length) ways.appendChild(linked(d.how_to_contact, el("li")));
    box.appendChild(ways);
    if (d.anonymous && !/anonym/i.test(d.why || "")) box.appendChild(el("p", { text: d.anonymous }));
    if (d.hours && d.hours.length) box.appendChild(el("p", { class: "vv-hours", text: "Åbent: " + d.hours.join(" · ") }));
    box.appendChild(el("p", { class: "vv-checked", text: d.verified }));
    return box;
  }

  function web(url) { return /^https?:\/\//.test(url) ? url : "https://" + url; }

  var crisisBox = null;
  function render(item, live) {
    var v = item.vejviser || {};
    var node;
    if (item.who === "user") {
      node = el("div", { class: "vv-msg vv-user" }, [el("span", { class: "vv-sr", text: "Du: " }), document.createTextNode(item.text)]);
      crisisBox = null;
    } else if (item.who === "error") {
      node = el("div", { class: "vv-msg vv-error", role: "alert" }, [linked(item.text, el("p"))]);
    } else {
      var who = el("span", { class: "vv-sr", text: "Vejviser: " });
      if (v.door) node = door(v, v.safety === "concern" ? "vv-concern" : "");
      else node = linked(item.text, el("div", { class: "vv-msg vv-bot" }));
      node.insertBefore(who, node.firstChild);
      if (v.lang && v.lang !== "da") node.setAttribute("lang", v.lang);
      if (v.safety === "crisis" && !v.door) {
        // danger now: a distinct alert that holds the warm sentence and the emergency doors
        crisisBox = el("section", { class: "vv-crisis", role: "alert", "aria-label": "Akut hjælp" }, [node]);
        node = crisisBox;
      } else if (v.safety === "crisis" && crisisBox) {
        crisisBox.appendChild(node);
        node = null;
      }
    }
    if (node) log.appendChild(node);
    if (item.buttons && item.buttons.length) {
      var row = el("div", { class: "vv-buttons", role: "group", "aria-label": "Svarmuligheder" });
      item.buttons.forEach(function (b) {
        var btn = el("button", { type: "button", text: b.title, disabled: item.answered ? "" : null });
        btn.addEventListener("click", function () { if (!busy) submit(b.payload, b.title); });
        row.appendChild(btn);
      });
      (node || crisisBox).appendChild(row);
      item.row = row;
    }
    if (live && item.who === "bot") announce.textContent = "Vejviser: " + item.text;
    if (v.door) take.hidden = false;
    log.scrollTop = log.scrollHeight;
  }

  function add(item, live) {
    items.push(item);
    render(item, live);
    save();
  }

  // answered quick replies (and all older ones) cannot be clicked again
  function closeButtons() {
    items.forEach(function (it) { it.answered = true; });
    log.querySelectorAll(".vv-buttons button").forEach(function (b) { b.disabled = true; });
  }

  // ---- "Tag samtalen med": the doors and what to ask for, nothing the person wrote --
  function summaryText() {
    var seen = {}, lines = ["Vejviser – steder, du kan kontakte (" + new Date().toLocaleDateString("da-DK") + ")", ""];
    items.forEach(function (it) {
      var d = it.vejviser && it.vejviser.door;
      if (!d || seen[d.id]) return;
      seen[d.id] = true;
      lines.push(d.name);
      if (d.phone) lines.push("Telefon: " + d.phone);
      if (d.email) lines.push("E-mail: " + d.email);
      if (d.url) lines.push("Web: " + d.url);
      if (d.address) lines.push("Adresse: " + d.address);
      if (!d.phone && !d.email && !d.url && !d.address) lines.push(d.how_to_contact);
      if (d.hours && d.hours.length) lines.push("Åbent: " + d.hours.join(", "));
      if (d.ask_for) lines.push(d.ask_for);
      lines.push("");
    });
    lines.push("Er nogen i fare, så ring 112.");
    return lines.join("\n");
  }
  take.addEventListener("click", function () {
    var text = summaryText();
    var copy = el("button", { type: "button", text: "Kopiér" });
    var print = el("button", { type: "button", text: "Udskriv" });
    var download = el("a", { class: "vv-button", download: "vejviser.txt", text: "Hent som tekst",
      href: "data:text/plain;charset=utf-8," + encodeURIComponent(text) });
    var done = el("p", { class: "vv-hint", "aria-live": "polite" });
    copy.addEventListener("click", function () {
      (navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject())
        .then(function () { done.textContent = "Kopieret."; }, function () { done.textContent = "Kunne ikke kopiere. Markér teksten og kopiér den selv."; });
    });
    print.addEventListener("click", function () { window.print(); });
    summary.replaceChildren(
      el("h2", { id: "vv-summary-h", text: "Tag samtalen med" }),
      el("p", { text: "Stederne og hvad du kan spørge efter. Din egen tekst er ikke med." }),
      el("pre", { class: "vv-slip", text: text }),
      el("div", { class: "vv-buttons" }, [copy, print, download]), done);
    summary.hidden = false;
    summary.focus();
  });

  // ---- the channel: socket.io (Engine.IO v4 over a websocket), else POST /api/chat --
  var sessionId = null;
  try { sessionId = sessionStorage.getItem(KEY_SESSION); } catch (e) { /* private mode */ }
  if (!sessionId) {
    sessionId = (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2) + Date.now()).replace(/[^A-Za-z0-9]/g, "");
  }
  var ws = null, socketReady = false, onDone = null, attempts = 0;

  function connect() {
    try { ws = new WebSocket(base.replace(/^http/, "ws") + "/socket.io/?EIO=4&transport=websocket"); }
    catch (e) { ws = null; return; }
    ws.onmessage = function (ev) {
      var d = String(ev.data);
      if (d.charAt(0) === "0") ws.send("40");                      // engine open → join namespace "/"
      else if (d === "2") ws.send("3");                            // ping → pong
      else if (d.indexOf("40") === 0) ws.send("42" + JSON.stringify(["session_request", { session_id: sessionId }]));
      else if (d.indexOf("42") === 0) {
        var packet = JSON.parse(d.slice(2)), name = packet[0], data = packet[1] || {};
        if (name === "session_confirm") {
          sessionId = data.session_id || sessionId;
          try { sessionStorage.setItem(KEY_SESSION, sessionId); } catch (e) { /* private mode */ }
          socketReady = true;
        } else if (name === "bot_uttered") {
          received({ text: data.text || "", buttons: (data.quick_replies || data.buttons || []).map(function (b) {
            return { title: b.title, payload: b.payload }; }), vejviser: (data.metadata || {}).vejviser || {} });
        } else if (name === "vejviser_done" && onDone) onDone(data.error);
      }
    };
    ws.onclose = function () {
      socketReady = false; ws = null;
      if (onDone) onDone("unavailable");
      if (++attempts < 5) setTimeout(function () { if (!ws) connect(); }, 3000 * attempts);
    };
    ws.onopen = function () { attempts = 0; };
  }

  var failedText = null;
  function received(m) {
    var v = m.vejviser || {};
    if (v.error) { add({ who: "error", text: m.text }, true); return; }
    add({ who: "bot", text: m.text, buttons: m.buttons, vejviser: v }, true);
  }

  var busy = false, typing = el("div", { class: "vv-typing", "aria-hidden": "true", text: "Vejviser skriver …" });
  function setBusy(on) {
    busy = on;
    send.disabled = on;
    form.setAttribute("aria-busy", on ? "true" : "false");
    if (on) { log.appendChild(typing); announce.textContent = "Vejviser skriver …"; log.scrollTop = log.scrollHeight; }
    else if (typing.parentNode) typing.parentNode.removeChild(typing);
  }

  function finished(error, shown) {
    onDone = null;
    setBusy(false);
    if (error === "unavailable") {
      failedText = shown;
      var retry = el("button", { type: "button", text: "Prøv igen" });
      retry.addEventListener("click", function () {
        retry.disabled = true;
        if (failedText && !input.value) input.value = failedText;
        if (input.value) form.requestSubmit ? form.requestSubmit() : send.click(); else input.focus();
      });
      var last = log.lastElementChild;
      if (last) last.appendChild(retry);
      if (shown && !input.value) input.value = shown;   // the typed text is not lost
    }
  }

  function viaRest(message, shown) {
    return fetch(base + "/api/chat", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: sessionId, message: message }) })
      .then(function (res) { return res.json().then(function (data) { return { ok: res.ok, data: data }; }); })
      .then(function (r) {
        try { sessionStorage.setItem(KEY_SESSION, sessionId); } catch (e) { /* private mode */ }
        (r.data.messages || []).forEach(function (m) {
          received({ text: m.text, buttons: m.buttons || [], vejviser: r.ok ? (m.vejviser || {}) : { error: "unavailable" } });
        });
        finished(r.ok ? null : "unavailable", shown);
      })
      .catch(function () {
        add({ who: "error", text: "Vejviser kan ikke svare lige nu. Er nogen i fare, så ring 112. Prøv igen om lidt." }, true);
        finished("unavailable", shown);
      });
  }

  function submit(message, shown) {
    if (busy) return;
    closeButtons();
    add({ who: "user", text: shown || message });
    setBusy(true);
    var typed = shown ? null : message;
    if (socketReady && ws) {
      var timer = setTimeout(function () { if (onDone) onDone("unavailable"); }, 30000);
      onDone = function (error) {
        clearTimeout(timer);
        if (error === "unavailable" && !log.querySelector(".vv-error:last-child")) {
          add({ who: "error", text: "Vejviser kan ikke svare lige nu. Er nogen i fare, så ring 112. Prøv igen om lidt." }, true);
        }
        // unavailable or too fast: the typed text comes back, with a retry
        finished(error === "unavailable" || error === "rate" ? "unavailable" : null, typed);
        if (!ws) connect();
      };
      ws.send("42" + JSON.stringify(["user_uttered", { message: message, session_id: sessionId }]));
    } else {
      viaRest(message, typed);
    }
    input.focus();
  }

  function showHint(text) {
    hint.textContent = text;
    input.setAttribute("aria-invalid", text ? "true" : "false");
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = input.value.trim();
    if (!text) { showHint("Skriv en besked først – med dine egne ord."); input.focus(); return; }
    if (text.length > LIMIT) { showHint("Din besked er for lang (" + text.length + " tegn). Skriv den kortere – højst " + LIMIT + " tegn – så læser jeg den."); input.focus(); return; }
    if (busy) return;
    showHint("");
    input.value = "";
    submit(text);
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); form.requestSubmit ? form.requestSubmit() : send.click(); }
  });
  input.addEventListener("input", function () {
    var n = input.value.length;
    if (n > LIMIT) showHint("Din besked er for lang (" + n + " tegn). Højst " + LIMIT + " tegn.");
    else if (hint.textContent) showHint("");
  });

  // ---- start ------------------------------------------------------------------------
  if (items.length) {
    items.forEach(function (it) { render(it, false); });
  } else {
    add({ who: "bot", text: "Hej, jeg er Vejviser. Skriv med dine egne ord, hvad du har brug for hjælp til, så finder jeg det rigtige sted. Du kan også begynde her:",
      buttons: [{ title: "Jeg er pårørende", payload: "Jeg er pårørende til en, der har det svært" },
                { title: "Jeg er fagperson", payload: "Jeg er fagperson og er bekymret for en borger" },
                { title: "Jeg har brug for hjælp", payload: "Jeg har brug for hjælp til mig selv" },
                { title: "Jeg er under 18", payload: "Jeg er under 18 og har brug for at snakke med nogen" }],
      vejviser: { start: true } }, false);
  }
  connect();
})();
