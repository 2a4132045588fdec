// The emulator's web UI: live updates by polling a small endpoint, and the rows of the "run again" form.
"use strict";

(function () {
  // Live: the region marked data-live is fetched again whenever the stamp of the emulator's runs changes.
  const region = document.querySelector("[data-live]");
  if (region) {
    let stamp = region.getAttribute("data-stamp");
    const poll = async () => {
      if (document.visibilityState !== "visible" || region.contains(document.activeElement) && document.activeElement !== document.body) {
        return;
      }
      try {
        const answer = await fetch("/ui/live?of=" + encodeURIComponent(region.getAttribute("data-live")), { credentials: "same-origin", cache: "no-store" });
        if (!answer.ok) return;
        const next = (await answer.json()).stamp;
        if (next === stamp) return;
        const page = await fetch(window.location.href, { credentials: "same-origin", cache: "no-store" });
        if (!page.ok) return;
        const fresh = new DOMParser().parseFromString(await page.text(), "text/html").querySelector("[data-live]");
        if (!fresh) return;
        region.innerHTML = fresh.innerHTML;
        stamp = fresh.getAttribute("data-stamp");
        region.setAttribute("data-stamp", stamp);
      } catch (e) {
        // The emulator stopped or restarted: try again at the next tick.
      }
    };
    window.setInterval(poll, 1000);
  }

  // Run again: add and remove input rows; check each value is JSON before sending.
  const form = document.querySelector("form[data-inputs]");
  if (form) {
    const rows = form.querySelector("[data-rows]");
    const template = form.querySelector("template");
    form.querySelector("[data-add]").addEventListener("click", () => {
      const row = template.content.firstElementChild.cloneNode(true);
      const n = rows.children.length + 1;
      row.querySelectorAll("[data-id]").forEach(el => { el.id = el.getAttribute("data-id") + n; });
      row.querySelectorAll("label[data-for]").forEach(el => { el.htmlFor = el.getAttribute("data-for") + n; });
      rows.appendChild(row);
      row.querySelector("input").focus();
    });
    rows.addEventListener("click", event => {
      const remove = event.target.closest("[data-remove]");
      if (remove) {
        const row = remove.closest(".input-row");
        const next = row.nextElementSibling || row.previousElementSibling;
        row.remove();
        (next ? next.querySelector("input") : form.querySelector("[data-add]")).focus();
      }
    });
    form.addEventListener("submit", event => {
      for (const area of form.querySelectorAll("textarea[name='input-value']")) {
        area.setCustomValidity("");
        try { JSON.parse(area.value); } catch (e) {
          area.setCustomValidity("Not JSON: " + e.message + " (text needs quotes, e.g. \"ACME\")");
        }
        if (!area.reportValidity()) { event.preventDefault(); return; }
      }
    });
  }
})();
