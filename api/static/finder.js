// Staff route finder: the same /api/route the chat and other callers use, and a browser of
// the directory. Shows what a person at the counter can say and hand over: no internal
// codes, dates the Danish way, a slip to print or copy.
(async function () {
  const $ = (id) => document.getElementById(id);
  const STALE_DAYS = 180;
  let taxonomy = { topics: {}, audiences: {}, districts: {}, kinds: {} };
  try { taxonomy = await (await fetch("/api/taxonomy")).json(); } catch (e) { /* labels fall back to codes */ }
  const fill = (select, vocabulary) => {
    for (const [code, label] of Object.entries(taxonomy[vocabulary] || {})) select.add(new Option(label.da, code));
  };
  fill($("audience"), "audiences"); fill($("district"), "districts");
  fill($("b-topic"), "topics"); fill($("b-audience"), "audiences"); fill($("b-kind"), "kinds");
  const label = (vocabulary, code) => ((taxonomy[vocabulary] || {})[code] || {}).da || code;
  const day = (iso) => { const [y, m, d] = String(iso).split("-"); return d ? `${d}.${m}.${y}` : m ? `${m}.${y}` : y; };
  const WEEKDAYS = ["man", "tir", "ons", "tor", "fre", "lør", "søn"];
  const hours = (s) => (s.opening_hours || []).map((h) => [WEEKDAYS[h.weekday - 1], h.opens_at && h.closes_at ? `${h.opens_at}–${h.closes_at}` : "", h.notes || ""].filter(Boolean).join(" ")).join(", ");
  const stale = (s) => (Date.now() - new Date(s.verified_at).getTime()) / 86400000 > STALE_DAYS;

  function el(tag, text, cls) { const e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }
  function contact(s) {
    const list = el("ul", null, "ways");
    const c = s.contact || {};
    const item = (child) => { const li = el("li"); li.appendChild(child); list.appendChild(li); };
    if (c.phone) { const a = el("a", `Ring ${c.phone}`); a.href = "tel:" + c.phone.replace(/[^\d+]/g, ""); item(a); }
    if (c.email) { const a = el("a", `Skriv til ${c.email}`); a.href = "mailto:" + c.email; item(a); }
    if (c.url) { const a = el("a", c.url.replace(/^https?:\/\//, "")); a.href = /^https?:\/\//.test(c.url) ? c.url : "https://" + c.url; a.target = "_blank"; a.rel = "noopener"; item(a); }
    if (c.address) item(el("span", c.address));
    if (!list.children.length) item(el("span", s.how_to_contact));
    return list;
  }
  function warnings(s, card) {
    if (s.source_old) card.appendChild(el("p", `Kilden er fra ${day(s.source_date)}: tjek oplysningerne, før du henviser.`, "warn"));
    if (stale(s)) card.appendChild(el("p", `Ikke kontrolleret i over ${STALE_DAYS} dage: tjek oplysningerne, før du henviser.`, "warn"));
  }
  function card(s, heading) {
    const box = el("article", null, "door");
    box.appendChild(el(heading, s.name));
    box.appendChild(el("div", label("kinds", s.kind), "kind"));
    if (s.why) box.appendChild(el("p", s.why));
    box.appendChild(contact(s));
    if (s.anonymous) box.appendChild(el("p", "Borgeren kan være anonym."));
    if (hours(s)) box.appendChild(el("p", "Åbent: " + hours(s), "muted"));
    box.appendChild(el("p", `Sidst kontrolleret ${day(s.verified_at)}`, "muted"));
    warnings(s, box);
    return box;
  }

  // the hand-out slip: doors, how to reach them and what to ask for; nothing the citizen said
  function slip(data) {
    const needs = data.topics.map((t) => label("topics", t).replace(/\s*\(.*?\)/g, "").toLowerCase());
    const lines = [`Steder, du kan kontakte (Vejviser, ${new Date().toLocaleDateString("da-DK")})`, ""];
    for (const s of data.services) {
      lines.push(s.name);
      const c = s.contact || {};
      if (c.phone) lines.push(`Telefon: ${c.phone}`);
      if (c.email) lines.push(`E-mail: ${c.email}`);
      if (c.url) lines.push(`Web: ${c.url}`);
      if (c.address) lines.push(`Adresse: ${c.address}`);
      if (!c.phone && !c.email && !c.url && !c.address) lines.push(s.how_to_contact);
      if (hours(s)) lines.push(`Åbent: ${hours(s)}`);
      const mine = needs.filter((n, i) => (s.topics || []).includes(data.topics[i]));
      if (mine.length || needs.length) lines.push(`Sig, at det handler om: ${(mine.length ? mine : needs.slice(0, 1)).join(", ")}.`);
      if (s.anonymous) lines.push("Du kan være anonym.");
      lines.push("");
    }
    lines.push("Er nogen i fare, så ring 112.");
    return lines.join("\n");
  }

  async function search(extra) {
    const out = $("result");
    const body = { text: $("text").value.trim() };
    $("text-error").textContent = "";
    $("text").removeAttribute("aria-invalid");
    if (!body.text) {
      $("text-error").textContent = "Skriv borgerens spørgsmål først.";
      $("text").setAttribute("aria-invalid", "true");
      $("text").focus();
      return;
    }
    if ($("audience").value) body.audience = $("audience").value;
    if ($("age").value) body.age = Number($("age").value);
    if ($("district").value) body.district = $("district").value;
    if ($("lang").value) body.lang = $("lang").value;
    Object.assign(body, extra || {});
    out.setAttribute("aria-busy", "true");
    out.replaceChildren(el("p", "Søger …", "muted"));
    $("slip").hidden = true;
    let res, data;
    try {
      res = await fetch("/api/route", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      data = await res.json();
    } catch (e) {
      out.removeAttribute("aria-busy");
      out.replaceChildren(el("p", "Vejviser svarer ikke lige nu. Prøv igen om lidt, eller ring til den fælles indgang.", "error"));
      return;
    }
    out.removeAttribute("aria-busy");
    out.replaceChildren();
    if (!res.ok) {
      $("text-error").textContent = res.status === 422 ? "Spørgsmålet er tomt eller for langt (højst 2000 tegn)." : "Spørgsmålet kunne ikke søges lige nu. Prøv igen.";
      return;
    }
    // the safety level comes first: the same decision the chat and the API make
    if (data.safety === "crisis") {
      const alert = el("p", "Fare lige nu: ring 112, og hjælp borgeren videre til nødnumrene herunder.", "alert");
      alert.setAttribute("role", "alert");
      out.appendChild(alert);
    } else if (data.safety === "concern") {
      out.appendChild(el("p", "Vær opmærksom: der kan være en risiko. Nævn sikkerhedslinjen nederst.", "warn"));
    }
    if (data.acknowledgment) out.appendChild(el("p", data.acknowledgment));
    const facts = [
      `Behov: ${data.topics.map((t) => label("topics", t)).join(", ") || "ikke klart"}`,
      `Hvem: ${data.audience === "unknown" ? "ikke oplyst" : label("audiences", data.audience)}`,
      `Alder: ${data.age ?? "ikke oplyst"}`,
      `Bydel: ${data.district ? label("districts", data.district) : "ikke oplyst"}`];
    out.appendChild(el("p", facts.join(" · "), "muted"));
    if (data.needs_clarification) {
      const box = el("div", null, "follow-up");
      box.appendChild(el("p", "Spørg borgeren: " + data.clarifying_question));
      for (const code of data.clarify_options || []) {
        const b = el("button", label("topics", code).replace(/\s*\(.*?\)/g, ""));
        b.type = "button";
        b.addEventListener("click", () => { $("text").value += " (" + label("topics", code) + ")"; search(); });
        box.appendChild(b);
      }
      out.appendChild(box);
    }
    if (data.follow_up) {
      const box = el("div", null, "follow-up");
      box.appendChild(el("p", "Spørg borgeren: " + data.follow_up.question));
      for (const option of data.follow_up.options) {
        const b = el("button", option.title);
        b.type = "button";
        b.addEventListener("click", () => search({ [data.follow_up.slot]: option.value }));
        box.appendChild(b);
      }
      out.appendChild(box);
    }
    const doors = data.services.filter((s) => s.role !== "safety_line");
    const lines = data.services.filter((s) => s.role === "safety_line");
    if (doors.length) out.appendChild(el("h3", doors.length === 1 ? "Døren" : "Dørene"));
    for (const s of doors) out.appendChild(card(s, "h4"));
    for (const s of lines) { out.appendChild(el("p", "Hvis det bliver for svært:", "warn")); out.appendChild(card(s, "h4")); }
    if (data.services.length) {
      $("slip-text").textContent = slip(data);
      $("slip").hidden = false;
      $("slip-done").textContent = "";
    }
  }

  $("slip-copy").addEventListener("click", async () => {
    try { await navigator.clipboard.writeText($("slip-text").textContent); $("slip-done").textContent = "Kopieret."; }
    catch (e) { $("slip-done").textContent = "Kunne ikke kopiere. Markér teksten og kopiér den selv."; }
  });
  $("slip-print").addEventListener("click", () => window.print());
  $("finder").addEventListener("submit", (ev) => { ev.preventDefault(); search(); });
  $("text").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); search(); }
  });
  $("logout").addEventListener("click", async () => {
    try { await fetch("/api/staff/logout", { method: "POST" }); } finally { location.assign("/finder/login"); }
  });

  // browse the directory: filters, and the entries that need checking marked
  $("browse").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const out = $("browse-result");
    const params = new URLSearchParams({ per_page: "100" });
    if ($("b-q").value.trim()) params.set("q", $("b-q").value.trim());
    if ($("b-topic").value) params.set("topic", $("b-topic").value);
    if ($("b-audience").value) params.set("audience", $("b-audience").value);
    if ($("b-kind").value) params.set("kind", $("b-kind").value);
    if ($("b-open").checked) params.set("open_now", "true");
    out.replaceChildren(el("p", "Søger …", "muted"));
    try {
      const res = await fetch("/api/services?" + params);
      if (!res.ok) throw new Error(String(res.status));
      const page = await res.json();
      let items = page.items;
      if ($("b-stale").checked) items = items.filter((s) => s.source_old || stale(s));
      out.replaceChildren(el("p", items.length === 1 ? "1 sted" : `${items.length} steder`, "muted"));
      for (const s of items) out.appendChild(card(s, "h3"));
    } catch (e) {
      out.replaceChildren(el("p", "Oversigten kunne ikke hentes lige nu. Prøv igen om lidt.", "error"));
    }
  });
})();
