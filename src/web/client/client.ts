/**
 * Progressive enhancement only: every page works without this script.
 * - focuses the error summary, or the entry just added in the plan editor;
 * - warns before leaving the plan editor with unsaved changes.
 */
function focusTarget(): void {
  const summary = document.getElementById("fehler");
  if (summary) {
    summary.focus();
    return;
  }
  const hash = decodeURIComponent(location.hash.slice(1));
  const target = hash ? document.getElementById(hash) : null;
  // A field named in the fragment is focused by the browser itself (also without this script).
  if (!target || target.matches("input, textarea, select, button, a[href]")) return;
  const field = target.querySelector<HTMLElement>("textarea, input:not([type=hidden])");
  if (!field) return;
  // After the browser's own fragment handling, which moves focus to the (unfocusable) section.
  window.addEventListener("load", () => setTimeout(() => field.focus(), 0), { once: true });
}

function guardUnsavedChanges(): void {
  const form = document.querySelector<HTMLFormElement>("form[data-plan-editor]");
  if (!form) return;
  let dirty = false;
  form.addEventListener("input", () => {
    dirty = true;
  });
  form.addEventListener("submit", () => {
    dirty = false;
  });
  window.addEventListener("beforeunload", (event) => {
    if (dirty) event.preventDefault();
  });
}

focusTarget();
guardUnsavedChanges();
