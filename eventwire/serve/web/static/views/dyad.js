// The dyad view: what A did to B and B did to A over time (events and mean Goldstein score per
// period, both directions), then every event between them, both ways, with the articles that
// report them. A and B are the filter bar's actor and recipient, so the other filters apply too.
import { getJSON } from "../api.js";
import { chartCard, groupedBars, legend, lines } from "../charts.js";
import { el, link, notice, replace } from "../dom.js";
import { hrefFor, setParams } from "../route.js";
import { formatNumber, formatScore } from "../vocab.js";
import { eventTable } from "./event_table.js";

const PERIODS = ["day", "week", "month"];
const FORWARD = "#2166ac";
const BACKWARD = "#b2182b";
const LIMIT = 500; // events fetched each way

/** Draw the dyad view into `page` for the route's actor (A), recipient (B) and other filters. */
export async function renderDyad(page, { params, filters }) {
  const period = PERIODS.includes(params.get("period")) ? params.get("period") : "week";
  const [a, b] = [filters.actor || "", filters.recipient || ""];
  const head = el("div", { class: "view-head" }, el("h1", {}, "Who did what to whom"), picker(a, b, period));
  if (!a || !b) {
    replace(page, head, notice("empty", "Name two actors above (country codes such as RUS and UKR, CAMEO codes such as UKRGOV, or names) to see what each did to the other."));
    return;
  }
  replace(page, head, notice("loading", `Loading ${a} ⇄ ${b}…`));
  const other = { ...filters };
  delete other.actor;
  delete other.recipient;
  const [series, forward, backward] = await Promise.all([
    getJSON("/api/dyads", { actor: a, recipient: b, since: filters.since, until: filters.until, type: filters.type, period }),
    getJSON("/api/events", { ...other, actor: a, recipient: b, limit: LIMIT }),
    getJSON("/api/events", { ...other, actor: b, recipient: a, limit: LIMIT }),
  ]);
  const events = [...forward.events, ...backward.events].sort(byDate);
  replace(page, head, sentence(a, b, forward.events, backward.events, filters));
  if (!events.length && !series.series.length && !series.reverse.length) {
    page.append(notice("empty", `No events between ${a} and ${b} match these filters. Widen the dates or check the codes (the actor box suggests them).`));
    return;
  }
  page.append(el("div", { class: "grid" }, countChart(series, a, b), goldsteinChart(series, a, b)),
    articlesCard(events),
    el("h2", {}, `The events, both ways (${events.length}${forward.next_cursor || backward.next_cursor ? `, the first ${LIMIT} each way` : ""})`),
    eventTable(events, { directionOf: (record) => (forward.events.includes(record) ? `${a} → ${b}` : `${b} → ${a}`) }));
}

function picker(a, b, period) {
  const form = el("form", { class: "dyad-picker" },
    el("input", { name: "a", value: a, list: "actor-names", "aria-label": "Actor A", placeholder: "A: RUS" }),
    el("button", { type: "button", class: "quiet", title: "Swap A and B", onclick: () => setParams({ actor: b, recipient: a }) }, "⇄"),
    el("input", { name: "b", value: b, list: "actor-names", "aria-label": "Actor B", placeholder: "B: UKR" }),
    el("select", { name: "period", "aria-label": "Period" }, PERIODS.map((p) => el("option", { value: p, selected: p === period }, `by ${p}`))),
    el("button", { type: "submit", class: "primary" }, "Show"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    setParams({ actor: form.elements.a.value.trim(), recipient: form.elements.b.value.trim(), period: form.elements.period.value });
  });
  return form;
}

/** One sentence that answers the question before the charts do. */
function sentence(a, b, forward, backward, filters) {
  const when = filters.since || filters.until ? ` from ${filters.since || "the start"} to ${filters.until || "now"}` : " in the whole store";
  const part = (from, to, list) => `${from} → ${to}: ${formatNumber(list.length)} event${list.length === 1 ? "" : "s"}${list.length ? ` (mostly ${commonest(list)}, mean Goldstein ${formatScore(mean(list))})` : ""}`;
  return el("p", { class: "answer card" }, el("strong", {}, `${a} and ${b}${when}. `),
    part(a, b, forward), "; ", part(b, a, backward), ".");
}

function countChart(series, a, b) {
  return chartCard("Events each way", "How many events each period, in each direction.",
    groupedBars([
      { name: `${a} → ${b}`, colour: FORWARD, points: series.series.map((row) => ({ period: row.period, value: row.events })) },
      { name: `${b} → ${a}`, colour: BACKWARD, points: series.reverse.map((row) => ({ period: row.period, value: row.events })) },
    ], { yLabel: "events" }),
    legend([{ label: `${a} → ${b}`, colour: FORWARD }, { label: `${b} → ${a}`, colour: BACKWARD }]));
}

function goldsteinChart(series, a, b) {
  return chartCard("Goldstein score each way", "Mean Goldstein score each period: −10 most hostile, +10 most cooperative.",
    lines([
      { name: `${a} → ${b}`, colour: FORWARD, points: series.series.map(meanGoldstein) },
      { name: `${b} → ${a}`, colour: BACKWARD, dashed: true, points: series.reverse.map(meanGoldstein) },
    ], { domain: [-10, 10], yLabel: "Goldstein" }),
    legend([{ label: `${a} → ${b}`, colour: FORWARD }, { label: `${b} → ${a}`, colour: BACKWARD }]));
}

/** A period of the API's dyad series (which sums the scores) as its mean score. */
function meanGoldstein(row) {
  return { period: row.period, value: row.events ? Math.round((row.goldstein / row.events) * 100) / 100 : null };
}

/** The articles that report these events, with how many events each. */
function articlesCard(events) {
  const byArticle = d3.rollups(events, (list) => list.length, (record) => record.article_id)
    .sort((x, y) => d3.descending(x[1], y[1]));
  const titles = new Map(events.map((record) => [record.article_id, record.article || {}]));
  return el("section", { class: "card" }, el("h2", {}, `Which articles say so (${byArticle.length})`),
    el("ul", { class: "article-list" }, byArticle.map(([id, count]) => {
      const article = titles.get(id);
      return el("li", {}, link(hrefFor("article", id), article.title || id),
        el("span", { class: "muted" }, ` ${[article.outlet, article.published].filter(Boolean).join(", ")} · ${count} event${count === 1 ? "" : "s"}`));
    })));
}

function byDate(x, y) {
  return d3.ascending(x.date || x.article?.published || "", y.date || y.article?.published || "") || d3.ascending(x.id, y.id);
}

function mean(records) {
  return d3.mean(records, (record) => record.goldstein);
}

function commonest(records) {
  return d3.greatest(d3.rollups(records, (list) => list.length, (record) => record.event), (pair) => pair[1])[0];
}
