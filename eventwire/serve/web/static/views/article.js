// The article view: the article's text with each event's evidence, trigger, actor and recipient
// highlighted, the coded records beside it, and the quotes it reports. Pointing at a record
// lights up its spans; "?event=<id>" in the URL starts with one record picked.
import { getJSON } from "../api.js";
import { el, link, notice, outsideLink, replace } from "../dom.js";
import { hrefFor } from "../route.js";
import { entitiesLabel, entityLabel, eventDate, formatScore, placeLabel } from "../vocab.js";
import { reviewBadge, typeBadge } from "./event_table.js";

const KINDS = ["evidence", "trigger", "actor", "recipient"];

/** Draw article `id` into `page`. */
export async function renderArticle(page, { id, params }) {
  replace(page, notice("loading", "Loading the article…"));
  const data = await getJSON(`/api/articles/${encodeURIComponent(id)}`);
  const { article, events, spans, quotes } = data;
  const text = el("div", { class: "article-text", id: "article-text" }, highlighted(article.text || "", spans || []));
  const records = el("div", { class: "records" },
    el("h2", {}, `${events.length} coded event${events.length === 1 ? "" : "s"}`),
    spanLegend(),
    events.length ? events.map(recordCard) : el("p", { class: "muted" }, "No events were coded in this article."));
  replace(page,
    el("div", { class: "article-layout" },
      el("article", { class: "card" }, articleHead(article), text),
      el("aside", {}, records, quotesCard(quotes || []))));
  wireFocus(page);
  const picked = params.get("event");
  if (picked) focus(page, picked, true);
}

function articleHead(article) {
  return el("header", { class: "article-head" },
    el("h1", { class: "article-title" }, article.title || "(untitled article)"),
    el("p", { class: "muted" },
      [article.outlet, article.published].filter(Boolean).join(" · "), " ",
      outsideLink(article.url, "original"),
      article.duplicate_of ? el("span", {}, " · a reprint of ", link(hrefFor("article", article.duplicate_of), article.duplicate_of)) : null),
    el("p", { class: "muted small" }, `id ${article.id}`));
}

/**
 * The text cut at every span edge; each piece is a text node, inside a <mark> carrying the kinds
 * (hl-evidence, hl-trigger, ...) and the event ids of the spans that cover it.
 */
export function highlighted(text, spans) {
  const valid = spans.filter((span) => span.start >= 0 && span.end <= text.length && span.start < span.end && KINDS.includes(span.kind));
  const edges = [...new Set([0, text.length, ...valid.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const pieces = [];
  for (let index = 0; index + 1 < edges.length; index += 1) {
    const [start, end] = [edges[index], edges[index + 1]];
    const covering = valid.filter((span) => span.start <= start && span.end >= end);
    const piece = text.slice(start, end);
    if (!covering.length) {
      pieces.push(piece);
      continue;
    }
    const kinds = [...new Set(covering.map((span) => span.kind))];
    const ids = [...new Set(covering.map((span) => span.event_id))];
    pieces.push(el("mark", { class: kinds.map((kind) => `hl-${kind}`).join(" "), dataset: { events: ids.join(" ") }, title: kinds.join(", ") }, piece));
  }
  return pieces;
}

function spanLegend() {
  return el("p", { class: "span-legend" }, "In the text: ",
    KINDS.map((kind) => el("mark", { class: `hl-${kind}` }, kind)), ". Point at an event to see its spans.");
}

function recordCard(record) {
  return el("section", { class: "card record", dataset: { eventId: record.id }, tabindex: "0" },
    el("div", { class: "record-head" }, typeBadge(record), " ", el("span", { class: `modality ${record.modality}` }, record.modality), " ", reviewBadge(record)),
    el("p", { class: "who" }, el("strong", {}, entitiesLabel(record.actor)), " → ", el("strong", {}, entitiesLabel(record.recipient))),
    el("dl", { class: "facts" },
      fact("Date", eventDate(record)),
      fact("Place", placeLabel(record.location) || "—"),
      fact("CAMEO", `${record.cameo} · quad ${record.quad_code} · Goldstein ${formatScore(record.goldstein)}`),
      fact("Confidence", formatScore(record.confidence, 2)),
      fact("Trigger", record.evidence?.trigger || "—"),
      record.attribution?.length ? fact("According to", record.attribution.map((a) => a.speaker ? entityLabel(a.speaker) : a.text).join("; ")) : null),
    el("p", { class: "evidence" }, record.evidence?.text || ""),
    link(hrefFor("event", record.id), "Details and review →"));
}

function fact(term, value) {
  return [el("dt", {}, term), el("dd", {}, value)];
}

function quotesCard(quotes) {
  return el("section", { class: "card quotes" }, el("h2", {}, "Quotes"),
    quotes.length
      ? el("ul", {}, quotes.map((quote) => el("li", {},
        el("span", { class: "speaker" }, quote.speaker ? entityLabel(quote.speaker) : quote.speaker_text || "unnamed"),
        ` ${quote.verb || "said"}: `,
        el("q", { class: quote.direct ? "direct" : "reported" }, quote.text))))
      : el("p", { class: "muted" }, "No quotes found in this article."));
}

/** Pointing at (or focusing) a record card lights up its spans in the text. */
function wireFocus(page) {
  for (const card of page.querySelectorAll(".record")) {
    const on = () => focus(page, card.dataset.eventId, false);
    card.addEventListener("mouseenter", on);
    card.addEventListener("focus", on);
  }
}

function focus(page, eventId, scroll) {
  for (const mark of page.querySelectorAll("#article-text mark")) {
    mark.classList.toggle("focus", mark.dataset.events.split(" ").includes(eventId));
  }
  for (const card of page.querySelectorAll(".record")) card.classList.toggle("focus", card.dataset.eventId === eventId);
  if (scroll) page.querySelector("#article-text mark.focus")?.scrollIntoView({ block: "center" });
}
