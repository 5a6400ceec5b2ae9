// Staff login for the route finder: the admin token becomes a session cookie (HttpOnly).
(function () {
  const form = document.getElementById("login");
  const token = document.getElementById("token");
  const error = document.getElementById("login-error");
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    error.textContent = "";
    if (!token.value.trim()) { error.textContent = "Skriv din nøgle først."; token.focus(); return; }
    try {
      const res = await fetch("/api/staff/login", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ token: token.value.trim() }) });
      if (res.ok) { location.assign("/finder"); return; }
      error.textContent = res.status === 401 || res.status === 422 ? "Nøglen kendes ikke. Tjek den, og prøv igen." : "Login virker ikke lige nu. Prøv igen om lidt.";
    } catch (e) {
      error.textContent = "Vejviser svarer ikke lige nu. Prøv igen om lidt.";
    }
    token.focus();
  });
})();
