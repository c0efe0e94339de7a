// The table of coded events that the events view and the dyad view share: one row an event,
// with its date, who did what to whom, how sure, where, the evidence and a link to its article.
import { el, link } from "../dom.js";
import { hrefFor } from "../route.js";
import { entitiesLabel, eventDate, formatScore, placeLabel, quadColour, quadName } from "../vocab.js";

const COLUMNS = ["Date", "Actor", "Event", "Recipient", "Modality", "Goldstein", "Conf.", "Place", "Evidence", "Article", "Review"];

/** A table of event records; `directionOf(record)` adds a first column (the dyad view's arrows). */
export function eventTable(records, { directionOf = null } = {}) {
  const head = directionOf ? ["Direction", ...COLUMNS] : COLUMNS;
  return el("div", { class: "table-box" },
    el("table", { class: "events-table" },
      el("thead", {}, el("tr", {}, head.map((name) => el("th", { scope: "col" }, name)))),
      el("tbody", {}, records.map((record) => eventRow(record, directionOf)))));
}

/** More rows for a table made by eventTable. */
export function appendRows(table, records, { directionOf = null } = {}) {
  table.querySelector("tbody").append(...records.map((record) => eventRow(record, directionOf)));
}

function eventRow(record, directionOf) {
  const detail = hrefFor("event", record.id);
  const article = record.article || {};
  return el("tr", { dataset: { eventId: record.id }, class: record.review?.verdict === "wrong" ? "wrong" : null },
    directionOf ? el("td", { class: "direction" }, directionOf(record)) : null,
    el("td", { class: "nowrap" }, link(detail, eventDate(record))),
    el("td", {}, entitiesLabel(record.actor)),
    el("td", {}, typeBadge(record)),
    el("td", {}, entitiesLabel(record.recipient)),
    el("td", { class: `modality ${record.modality}` }, record.modality),
    el("td", { class: "number" }, formatScore(record.goldstein)),
    el("td", { class: "number" }, formatScore(record.confidence, 2)),
    el("td", {}, placeLabel(record.location)),
    el("td", { class: "evidence" }, record.evidence?.text || ""),
    el("td", {}, link(hrefFor("article", record.article_id, { event: record.id }), article.title || record.article_id),
      article.outlet ? el("div", { class: "muted" }, article.outlet) : null),
    el("td", {}, reviewBadge(record)));
}

/** The event type with its quad class colour. */
export function typeBadge(record) {
  return el("span", { class: "type-badge", style: `border-color:${quadColour(record.quad_code)}`, title: quadName(record.quad_code) },
    record.event, record.mode ? el("span", { class: "muted" }, ` ${record.mode}`) : null);
}

/** "reviewed: correct" and the like, or nothing when the event has no review. */
export function reviewBadge(record) {
  if (!record.human_reviewed && !record.review) return null;
  const verdict = record.review?.verdict || "reviewed";
  const who = record.review ? `${record.review.reviewer}, ${record.review.reviewed_at}` : "";
  return el("span", { class: `review-badge ${verdict}`, title: who }, `reviewed: ${verdict}`);
}
