// Staff route finder: the same /api/route the chat and other callers use.
(async function () {
  const $ = (id) => document.getElementById(id);
  const taxonomy = await (await fetch("/api/taxonomy")).json();
  for (const [code, label] of Object.entries(taxonomy.audiences)) $("audience").add(new Option(label.da, code));
  for (const [code, label] of Object.entries(taxonomy.districts)) $("district").add(new Option(label.da, code));
  const kind = (code) => (taxonomy.kinds[code] || {}).da || code;

  function el(tag, text, cls) { const e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }

  $("finder").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const body = { text: $("text").value };
    if ($("audience").value) body.audience = $("audience").value;
    if ($("age").value) body.age = Number($("age").value);
    if ($("district").value) body.district = $("district").value;
    if ($("lang").value) body.lang = $("lang").value;
    const out = $("result");
    out.replaceChildren(el("p", "Søger …", "muted"));
    const res = await fetch("/api/route", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const data = await res.json();
    out.replaceChildren();
    if (!res.ok) { out.appendChild(el("p", "Fejl: " + JSON.stringify(data.detail), "danger")); return; }
    // the safety level comes first: the same decision the chat and the API make
    if (data.safety === "crisis") {
      const alert = el("p", "Fare lige nu: ring 112, og hjælp borgeren videre til nødnumrene herunder.", "danger");
      alert.setAttribute("role", "alert");
      out.appendChild(alert);
    } else if (data.safety === "concern") {
      out.appendChild(el("p", "Vær opmærksom: der kan være en risiko. Nævn sikkerhedslinjen nederst.", "danger"));
    }
    out.appendChild(el("p", `Emner: ${data.topics.join(", ") || "–"} · hvem: ${data.audience} · alder: ${data.age ?? "–"} · bydel: ${data.district ?? "–"} · NLU: ${data.nlu.intent} (${data.nlu.confidence})`, "muted"));
    if (data.needs_clarification) out.appendChild(el("p", "Spørg: " + data.clarifying_question));
    for (const s of data.services) {
      const card = el("div", null, "door");
      card.appendChild(el("h3", s.name));
      card.appendChild(el("div", kind(s.kind), "kind"));
      card.appendChild(el("p", s.why));
      card.appendChild(el("p", s.how_to_contact));
      card.appendChild(el("div", `Kilde: ${s.source} · sidst kontrolleret ${s.verified_at}`, "muted"));
      out.appendChild(card);
    }
  });
})();
