// The overview: how many events, of which types and quad classes, over time; cooperation
// against conflict; the most active actors; and a box that asks "what did A and B do to each other?".
import { getJSON } from "../api.js";
import { chartCard, coopConflict, legend, stackedBars } from "../charts.js";
import { el, figure, link, notice, replace } from "../dom.js";
import { go, hrefFor, setParams } from "../route.js";
import { PLOVER_TYPES, QUADS, formatNumber, quadColour, quadName, typeColour } from "../vocab.js";

const PERIODS = ["day", "week", "month"];

/**
 * Draw the overview into `page` for the route's filters. The charts come first; the most
 * active countries (a second, slower count) fill their card when they arrive.
 */
export async function renderOverview(page, { params, filters }) {
  const period = PERIODS.includes(params.get("period")) ? params.get("period") : "month";
  replace(page, notice("loading", "Loading the overview…"));
  const overview = await getJSON("/api/overview", { ...filters, period });
  const ask = askBox(filters);
  replace(page,
    el("div", { class: "view-head" }, el("h1", {}, "Overview"), periodPicker(period)),
    el("div", { class: "overview-top" }, summary(overview), ask));
  if (!overview.total) {
    page.append(notice("empty", "No events match these filters. ", el("a", { href: "#/overview" }, "Clear the filters"),
      " or widen the dates. New stores are filled with ", el("code", {}, "eventwire ingest"), "."));
    return;
  }
  const actors = el("section", { class: "card" }, el("h2", {}, "Most active countries"),
    el("p", { class: "hint" }, "As actor or recipient. Click one to see its events."), notice("loading", "Counting…"));
  page.append(el("div", { class: "grid" },
    typeChart(overview.by_type),
    quadChart(overview.by_quad),
    chartCard("Cooperation against conflict", "Events of quad classes 1–2 (up) and 3–4 (down) each period; the line is the mean Goldstein score (−10 hostile … +10 cooperative).",
      coopConflict(overview.coop_conflict),
      legend([{ label: "cooperation", colour: "#1b7837" }, { label: "conflict", colour: "#c51b7d" }, { label: "mean Goldstein", colour: "#333" }])),
    actors));
  fillTopActors(actors, ask, filters);
}

async function fillTopActors(card, ask, filters) {
  try {
    const { actors } = await getJSON("/api/actors/top", { ...filters, limit: 10 });
    card.lastElementChild.replaceWith(topActors(actors));
    suggestPair(ask, actors);
  } catch (error) {
    card.lastElementChild.replaceWith(notice("error", error.message));
  }
}

function periodPicker(current) {
  return el("div", { class: "segmented", role: "group", "aria-label": "Period" },
    PERIODS.map((period) => el("button", {
      type: "button", class: period === current ? "active" : null,
      onclick: () => setParams({ period }),
    }, `by ${period}`)));
}

function summary(overview) {
  return el("section", { class: "card figures" }, figure("events match the filters", formatNumber(overview.total)));
}

function typeChart(rows) {
  const present = PLOVER_TYPES.filter((type) => rows.some((row) => row.event === type));
  return chartCard("Events by type", "PLOVER event types per period. Click a type to filter every view by it.",
    stackedBars(rows, "event", present, typeColour, { onKey: (type) => setParams({ type }) }),
    legend(present.map((type) => ({ label: type, colour: typeColour(type), onClick: () => setParams({ type }) }))));
}

function quadChart(rows) {
  const quads = Object.keys(QUADS).map(Number).filter((quad) => rows.some((row) => Number(row.quad) === quad));
  const normalised = rows.map((row) => ({ ...row, quad: Number(row.quad) }));
  return chartCard("Events by quad class", "Verbal and material cooperation and conflict per period.",
    stackedBars(normalised, "quad", quads, quadColour, { label: quadName, onKey: (quad) => setParams({ quad }) }),
    legend(quads.map((quad) => ({ label: quadName(quad), colour: quadColour(quad), onClick: () => setParams({ quad }) }))));
}

function topActors(actors) {
  return actors.length
    ? el("ol", { class: "top-actors" }, actors.map((actor) => el("li", {},
      link(hrefFor("events", null, { actor: actor.code }), actor.name || actor.code),
      el("span", { class: "muted" }, ` ${actor.code} · ${formatNumber(actor.events)} events`))))
    : el("p", { class: "muted" }, "No actors.");
}

/** "What did A and B do to each other?": two fields that open the dyad view. */
function askBox(filters) {
  const [first, second] = [filters.actor || "", filters.recipient || ""];
  const form = el("form", { class: "card ask", "aria-label": "Ask about two actors" },
    el("h2", {}, "What did they do to each other?"),
    el("p", { class: "hint" }, "Two actors (country codes like RUS and UKR, or names): see both directions over time, with the articles that say so."),
    el("div", { class: "ask-fields" },
      el("input", { name: "a", value: first, list: "actor-names", "aria-label": "Actor A", placeholder: "RUS" }),
      el("span", { class: "arrows" }, "⇄"),
      el("input", { name: "b", value: second, list: "actor-names", "aria-label": "Actor B", placeholder: "UKR" }),
      el("button", { type: "submit", class: "primary" }, "Show")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const a = form.elements.a.value.trim();
    const b = form.elements.b.value.trim();
    if (a && b) go(hrefFor("dyad", null, { actor: a, recipient: b }));
  });
  return form;
}

/** Fill the ask box's empty fields with the two most active countries, as a starting point. */
function suggestPair(form, actors) {
  const [a, b] = [form.elements.a, form.elements.b];
  if (!a.value && actors[0]) a.value = actors[0].code;
  if (!b.value) b.value = actors.find((actor) => actor.code !== a.value)?.code || "";
}
