// Staff route finder: the same /api/route the chat and other callers use. Shows what a
// person at the counter can say and hand over: no internal codes, dates the Danish way.
(async function () {
  const $ = (id) => document.getElementById(id);
  let taxonomy = { topics: {}, audiences: {}, districts: {}, kinds: {} };
  try { taxonomy = await (await fetch("/api/taxonomy")).json(); } catch (e) { /* labels fall back to codes */ }
  for (const [code, label] of Object.entries(taxonomy.audiences)) $("audience").add(new Option(label.da, code));
  for (const [code, label] of Object.entries(taxonomy.districts)) $("district").add(new Option(label.da, code));
  const label = (vocabulary, code) => ((taxonomy[vocabulary] || {})[code] || {}).da || code;
  const day = (iso) => { const [y, m, d] = String(iso).split("-"); return d ? `${d}.${m}.${y}` : m ? `${m}.${y}` : y; };

  function el(tag, text, cls) { const e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }
  let lastDoors = [];

  function plain(doors) {
    return doors.map((s) => [s.name, s.why, s.how_to_contact].filter(Boolean).join("\n")).join("\n\n");
  }

  async function search(extra) {
    const body = { text: $("text").value.trim() };
    const out = $("result");
    if (!body.text) { out.replaceChildren(el("p", "Skriv borgerens spørgsmål først.", "danger")); $("text").focus(); return; }
    if ($("audience").value) body.audience = $("audience").value;
    if ($("age").value) body.age = Number($("age").value);
    if ($("district").value) body.district = $("district").value;
    if ($("lang").value) body.lang = $("lang").value;
    Object.assign(body, extra || {});
    out.setAttribute("aria-busy", "true");
    out.replaceChildren(el("p", "Søger …", "muted"));
    let res, data;
    try {
      res = await fetch("/api/route", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      data = await res.json();
    } catch (e) {
      out.removeAttribute("aria-busy");
      out.replaceChildren(el("p", "Vejviser svarer ikke lige nu. Prøv igen om lidt, eller ring til den fælles indgang.", "danger"));
      return;
    }
    out.removeAttribute("aria-busy");
    out.replaceChildren();
    if (!res.ok) { out.appendChild(el("p", "Spørgsmålet kunne ikke søges. Tjek teksten og prøv igen.", "danger")); return; }
    // the safety level comes first: the same decision the chat and the API make
    if (data.safety === "crisis") {
      const alert = el("p", "Fare lige nu: ring 112, og hjælp borgeren videre til nødnumrene herunder.", "danger");
      alert.setAttribute("role", "alert");
      out.appendChild(alert);
    } else if (data.safety === "concern") {
      out.appendChild(el("p", "Vær opmærksom: der kan være en risiko. Nævn sikkerhedslinjen nederst.", "danger"));
    }
    if (data.acknowledgment) out.appendChild(el("p", data.acknowledgment));
    const facts = [
      `Behov: ${data.topics.map((t) => label("topics", t)).join(", ") || "–"}`,
      `Hvem: ${data.audience === "unknown" ? "ikke oplyst" : label("audiences", data.audience)}`,
      `Alder: ${data.age ?? "ikke oplyst"}`,
      `Bydel: ${data.district ? label("districts", data.district) : "ikke oplyst"}`];
    out.appendChild(el("p", facts.join(" · "), "muted"));
    if (data.needs_clarification) out.appendChild(el("p", "Spørg borgeren: " + data.clarifying_question));
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
    lastDoors = data.services;
    for (const s of data.services) {
      const card = el("div", null, "door");
      card.appendChild(el("h3", s.name));
      card.appendChild(el("div", label("kinds", s.kind), "kind"));
      if (s.why) card.appendChild(el("p", s.why));
      card.appendChild(el("p", s.how_to_contact));
      card.appendChild(el("div", `Kilde: ${s.source} · sidst kontrolleret ${day(s.verified_at)}`, "muted"));
      if (s.source_old) card.appendChild(el("div", `Kilden er fra ${day(s.source_date)}: tjek oplysningerne, før du henviser.`, "danger"));
      out.appendChild(card);
    }
    if (data.services.length) {
      const tools = el("div", null, "tools");
      const copy = el("button", "Kopiér dørene");
      copy.type = "button";
      copy.addEventListener("click", async () => {
        try { await navigator.clipboard.writeText(plain(lastDoors)); copy.textContent = "Kopieret"; }
        catch (e) { copy.textContent = "Kunne ikke kopiere"; }
      });
      const print = el("button", "Udskriv til borgeren");
      print.type = "button";
      print.addEventListener("click", () => window.print());
      tools.append(copy, print);
      out.appendChild(tools);
    }
  }

  $("finder").addEventListener("submit", (ev) => { ev.preventDefault(); search(); });
  $("text").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); search(); }
  });
})();
