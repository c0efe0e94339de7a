// The filter bar shared by every view: its fields mirror the URL's filters, "Apply" writes them
// back to the URL (so the view re-renders), and quick buttons set common date ranges.
import { getJSON } from "./api.js";
import { el, replace } from "./dom.js";
import { FILTER_KEYS, currentRoute, filtersOf, setParams } from "./route.js";
import { MODALITIES, PLOVER_TYPES, QUADS } from "./vocab.js";

const FIELDS = {
  since: () => input("since", "From", { type: "date" }),
  until: () => input("until", "To", { type: "date" }),
  actor: () => input("actor", "Actor (source)", { list: "actor-names", placeholder: "RUS, UKRGOV, Putin…" }),
  recipient: () => input("recipient", "Recipient (target)", { list: "actor-names", placeholder: "UKR, USAGOV…" }),
  type: () => select("type", "Event type", PLOVER_TYPES.map((type) => [type, type])),
  modality: () => select("modality", "Modality", MODALITIES.map((m) => [m, m])),
  quad: () => select("quad", "Quad class", Object.entries(QUADS).map(([quad, { name }]) => [quad, `${quad} ${name}`])),
  location: () => input("location", "Place (country)", { placeholder: "UKR", size: 5 }),
  place: () => input("place", "Place name", { type: "search", placeholder: "Kharkiv…", size: 10 }),
  q: () => input("q", "Text in evidence", { type: "search", placeholder: "shelling, ceasefire…" }),
  min_confidence: () => input("min_confidence", "Min. confidence", { type: "number", min: 0, max: 1, step: 0.05, placeholder: "0–1" }),
  reviewed: () => select("reviewed", "Review", [["true", "reviewed only"], ["false", "not reviewed"]]),
};


/** Draw the filter bar into `form` once; it then follows the URL (call showFilters on each route). */
export function setUpFilters(form) {
  replace(
    form,
    el("div", { class: "fields" }, FILTER_KEYS.map((key) => FIELDS[key]())),
    el("datalist", { id: "actor-names" }),
    el("div", { class: "actions" },
      el("button", { type: "submit", class: "primary" }, "Apply filters"),
      el("button", { type: "button", onclick: clearFilters }, "Clear"),
      el("span", { class: "quick-label" }, "Quick dates:"),
      el("button", { type: "button", class: "quiet", onclick: () => setRange(lastDays(30)) }, "Last 30 days"),
      el("button", { type: "button", class: "quiet", onclick: () => setRange(previousMonth(new Date())) }, "Last month"),
      el("button", { type: "button", class: "quiet", id: "latest-month", onclick: latestMonth }, "Latest month in the store"),
      el("span", { class: "active-filters", id: "active-filters" })),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(suggestTimer);  // the filters are applied: a pending name look-up is moot
    applyForm(form);
  });
  for (const name of ["actor", "recipient"]) form.elements[name].addEventListener("input", suggestActors);
}

/** Put the URL's filters into the bar's fields and list the active ones. */
export function showFilters(form) {
  const filters = filtersOf(currentRoute().params);
  for (const key of FILTER_KEYS) form.elements[key].value = filters[key] || "";
  const active = Object.entries(filters).map(([key, value]) => `${key}=${value}`);
  const summary = form.querySelector("#active-filters");
  summary.textContent = active.length ? `Active: ${active.join(" · ")}` : "No filters: everything in the store";
}

function applyForm(form) {
  const changes = {};
  for (const key of FILTER_KEYS) changes[key] = form.elements[key].value.trim() || null;
  setParams({ ...changes, cursor: null });
}

function clearFilters() {
  setParams(Object.fromEntries(FILTER_KEYS.map((key) => [key, null])));
}

function setRange([since, until]) {
  setParams({ since, until });
}

/** The calendar month of the store's last event (asked for on click: counting is not free). */
async function latestMonth(event) {
  const button = event.currentTarget;
  button.disabled = true;
  try {
    const day = lastDayOf(await getJSON("/api/stats"));
    if (day) setRange(monthOf(day));
  } catch (error) {
    button.title = error.message;
  } finally {
    button.disabled = false;
  }
}

let suggestTimer = null;

function suggestActors(event) {
  const text = event.target.value.trim();
  clearTimeout(suggestTimer);
  if (text.length < 2) return;
  suggestTimer = setTimeout(async () => {
    try {
      const { actors } = await getJSON("/api/actors", { q: text, limit: 15 });
      const options = actors.map((actor) => el("option", { value: actor.code }, `${actor.name || actor.code} · ${actor.events} events`));
      replace(document.getElementById("actor-names"), options);
    } catch {
      // Suggestions are a convenience: a failed look-up leaves the field as typed.
    }
  }, 200);
}

function input(name, label, attributes) {
  return el("label", { class: `field field-${name}` }, el("span", {}, label), el("input", { name, ...attributes }));
}

function select(name, label, options) {
  return el("label", { class: `field field-${name}` }, el("span", {}, label),
    el("select", { name }, el("option", { value: "" }, "any"), options.map(([value, text]) => el("option", { value }, text))));
}

/** The store's last event day from /api/stats, whichever key it comes under. */
function lastDayOf(stats) {
  return stats?.date_range?.last || stats?.last_day || stats?.last || null;
}

/** ISO day (YYYY-MM-DD) of a Date, in UTC. */
export function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function lastDays(days) {
  const until = new Date();
  const since = new Date(until.getTime() - (days - 1) * 86400000);
  return [isoDay(since), isoDay(until)];
}

/** The calendar month before `date`'s: [first day, last day]. */
export function previousMonth(date) {
  const first = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 0));
  return [isoDay(first), isoDay(last)];
}

/** The calendar month of an ISO day: [first day, last day]. */
function monthOf(day) {
  const [year, month] = day.split("-").map(Number);
  return [isoDay(new Date(Date.UTC(year, month - 1, 1))), isoDay(new Date(Date.UTC(year, month, 0)))];
}
