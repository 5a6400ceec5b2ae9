// The browser side of the chat: posts to /api/chat (which relays to Rasa) and shows replies.
(function () {
  const log = document.getElementById("log");
  const form = document.getElementById("form");
  const input = document.getElementById("text");
  const key = "vejviser-sender";
  let sender = sessionStorage.getItem(key);
  if (!sender) {
    sender = (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2)).replace(/[^A-Za-z0-9-]/g, "");
    sessionStorage.setItem(key, sender);
  }

  function add(text, who) {
    const div = document.createElement("div");
    div.className = "msg " + who;
    div.textContent = text;
    log.appendChild(div);
    div.scrollIntoView({ block: "end" });
    return div;
  }

  function buttons(list) {
    const row = document.createElement("div");
    row.className = "buttons";
    list.forEach(function (b) {
      const btn = document.createElement("button");
      btn.type = "button";
      btn.textContent = b.title;
      btn.addEventListener("click", function () { send(b.payload, b.title); });
      row.appendChild(btn);
    });
    log.appendChild(row);
  }

  async function send(message, shown) {
    add(shown || message, "user");
    try {
      const res = await fetch("/api/chat", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender: sender, message: message }),
      });
      const data = await res.json();
      const messages = data.messages || [{ text: "Noget gik galt. Prøv igen." }];
      messages.forEach(function (m) {
        if (m.text) add(m.text, "bot");
        if (m.buttons && m.buttons.length) buttons(m.buttons);
      });
    } catch (e) {
      add("Vejviser kan ikke svare lige nu. Er nogen i fare, så ring 112.", "bot");
    }
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send(text);
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); form.requestSubmit(); }
  });
  add("Hej, jeg er Vejviser. Skriv, hvad du har brug for hjælp til, så finder jeg det rigtige sted.", "bot");
})();
