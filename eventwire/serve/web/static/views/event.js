// The event view: one coded event in full, the other reports of the same occurrence (its
// cluster's mentions), its review history, and the review form (correct / wrong / corrected).
import { getJSON, postJSON, reviewer } from "../api.js";
import { el, link, notice, outsideLink, replace } from "../dom.js";
import { hrefFor } from "../route.js";
import { MODALITIES, PLOVER_TYPES, entitiesLabel, entityLabel, eventDate, formatScore, placeLabel, quadName } from "../vocab.js";
import { reviewBadge, typeBadge } from "./event_table.js";

/** Draw event `id` into `page`. */
export async function renderEvent(page, { id }) {
  replace(page, notice("loading", "Loading the event…"));
  const data = await getJSON(`/api/events/${encodeURIComponent(id)}`);
  draw(page, data);
}

function draw(page, { event, reviews, cluster, article }) {
  replace(page,
    el("div", { class: "view-head" },
      el("h1", {}, typeBadge(event), " ", entitiesLabel(event.actor), " → ", entitiesLabel(event.recipient)),
      reviewBadge(event)),
    el("div", { class: "event-layout" },
      el("div", {}, recordCard(event, article), mentionsCard(cluster)),
      el("div", {}, reviewForm(page, event), historyCard(reviews || []))));
}

function recordCard(event, article) {
  const source = article || event.article || {};
  return el("section", { class: "card" }, el("h2", {}, "Coded record"),
    el("p", { class: "evidence big" }, event.evidence?.text || ""),
    el("dl", { class: "facts" },
      fact("Article", link(hrefFor("article", event.article_id, { event: event.id }), source.title || event.article_id),
        source.outlet ? ` · ${source.outlet}` : "", source.published ? ` · ${source.published}` : "", " ", outsideLink(source.url, "original")),
      fact("Event", `${event.event}${event.mode ? ` (${event.mode})` : ""} · CAMEO ${event.cameo} · ${quadName(event.quad_code)}`),
      fact("Goldstein", formatScore(event.goldstein)),
      fact("Actor", entitiesLabel(event.actor)),
      fact("Recipient", entitiesLabel(event.recipient)),
      fact("Modality", event.modality),
      fact("Date", `${eventDate(event)}${event.date_text ? ` (“${event.date_text}”)` : ""} · ${event.date_precision}, ${event.date_basis}`),
      fact("Place", placeLabel(event.location) || "—"),
      fact("Trigger", event.evidence?.trigger || "—"),
      fact("According to", event.attribution?.length ? event.attribution.map((a) => (a.speaker ? entityLabel(a.speaker) : a.text)).join("; ") : "—"),
      fact("Confidence", `${formatScore(event.confidence, 2)} (typed by ${event.typed_by || "lexicon"})`),
      fact("Context", (event.context || []).join(", ") || "—"),
      fact("Id", event.id)));
}

function mentionsCard(cluster) {
  if (!cluster) return el("section", { class: "card" }, el("h2", {}, "Other reports"), el("p", { class: "muted" }, "This event is in no cluster."));
  const rows = (cluster.mentions || []).map((mention) => el("tr", {},
    el("td", { class: "nowrap" }, mention.published || "—"),
    el("td", {}, link(hrefFor("article", mention.article_id, { event: mention.event_id }), mention.article_id)),
    el("td", {}, mention.outlet || "—"),
    el("td", {}, mention.modality),
    el("td", { class: "evidence" }, mention.evidence),
    el("td", {}, mention.duplicate_of ? `reprint of ${mention.duplicate_of}` : "")));
  return el("section", { class: "card" },
    el("h2", {}, `Reports of this occurrence: ${cluster.num_mentions} mention${cluster.num_mentions === 1 ? "" : "s"}, ${cluster.num_independent_sources} independent source${cluster.num_independent_sources === 1 ? "" : "s"}`),
    el("div", { class: "table-box" }, el("table", { class: "mentions-table" },
      el("thead", {}, el("tr", {}, ["Published", "Article", "Outlet", "Modality", "Evidence", ""].map((name) => el("th", {}, name)))),
      el("tbody", {}, rows))));
}

function historyCard(reviews) {
  return el("section", { class: "card history" }, el("h2", {}, "Review history"),
    reviews.length
      ? el("ol", {}, [...reviews].reverse().map((review) => el("li", { class: "review-entry" },
        el("strong", {}, review.verdict), ` by ${review.reviewer}, ${review.reviewed_at}`,
        Object.keys(review.changes || {}).length ? el("div", { class: "muted" }, `changed: ${changesText(review)}`) : null,
        review.note ? el("div", { class: "note" }, review.note) : null)))
      : el("p", { class: "muted" }, "Not reviewed yet."));
}

function changesText(review) {
  return Object.entries(review.changes).map(([field, value]) => `${field} ${summarise(review.original?.[field])} → ${summarise(value)}`).join("; ");
}

function summarise(value) {
  if (value === null || value === undefined) return "none";
  if (Array.isArray(value)) return value.map(summarise).join(", ") || "none";
  if (typeof value === "object") return value.cameo_code || value.code || value.name || value.text || JSON.stringify(value);
  return String(value);
}

/** The review form: a verdict and, for "corrected", the fields to change. */
function reviewForm(page, event) {
  const form = el("form", { class: "card review-form", "aria-label": "Review this event" },
    el("h2", {}, "Review this event"),
    el("fieldset", { class: "verdicts" }, el("legend", {}, "Verdict"),
      verdict("correct", "Correct as coded", true), verdict("wrong", "Wrong: not an event like this"), verdict("corrected", "Correct it:")),
    el("fieldset", { class: "corrections", disabled: true }, el("legend", {}, "Corrected values (leave a field empty to keep it)"),
      choice("event", "Type", PLOVER_TYPES, event.event),
      text("actor", "Actor code", entityCodes(event.actor), "e.g. RUSGOV"),
      text("recipient", "Recipient code", entityCodes(event.recipient), "none"),
      choice("modality", "Modality", MODALITIES, event.modality),
      text("date", "Date", event.date || "", "YYYY-MM-DD"),
      text("location", "Place (country code)", event.location?.country || "", "none")),
    el("label", { class: "field" }, el("span", {}, "Note"), el("textarea", { name: "note", rows: 2 })),
    el("div", { class: "actions" }, el("button", { type: "submit", class: "primary" }, "Save review"), el("span", { class: "who muted" })),
    el("div", { class: "form-message" }));
  const who = form.querySelector(".who");
  const showWho = () => { who.textContent = reviewer().name ? `as ${reviewer().name}` : "Set your name and token first (the Reviewer button, top right)."; };
  showWho();
  window.addEventListener("reviewerchange", showWho);
  form.addEventListener("change", () => { form.querySelector(".corrections").disabled = form.elements.verdict.value !== "corrected"; });
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    saveReview(page, form, event);
  });
  return form;
}

async function saveReview(page, form, event) {
  const message = form.querySelector(".form-message");
  const { name, token } = reviewer();
  if (!name) {
    replace(message, notice("error", "Who is reviewing? Set your name (and the server's token) with the Reviewer button, top right."));
    document.getElementById("reviewer-button").click();
    return;
  }
  const body = { reviewer: name, verdict: form.elements.verdict.value, note: form.elements.note.value.trim() || null };
  if (body.verdict === "corrected") body.changes = corrections(form, event);
  if (body.verdict === "corrected" && !Object.keys(body.changes).length) {
    replace(message, notice("error", "Nothing was changed: edit a field, or choose another verdict."));
    return;
  }
  form.querySelector("button[type=submit]").disabled = true;
  try {
    await postJSON(`/api/events/${encodeURIComponent(event.id)}/review`, body, token);
    const data = await getJSON(`/api/events/${encodeURIComponent(event.id)}`);
    draw(page, data);
    page.querySelector(".review-form .form-message")?.append(notice("saved", "Review saved."));
  } catch (error) {
    replace(message, notice("error", reviewProblem(error)));
    form.querySelector("button[type=submit]").disabled = false;
  }
}

function reviewProblem(error) {
  if (error.status === 401) return `The token was refused (${error.message}). Set the server's token with the Reviewer button.`;
  if (error.status === 403) return `This server does not take reviews (${error.message}). Start it with eventwire serve --token T.`;
  return error.message;
}

/** The fields whose value differs from the coded one. */
function corrections(form, event) {
  const coded = { event: event.event, actor: entityCodes(event.actor), recipient: entityCodes(event.recipient),
    modality: event.modality, date: event.date || "", location: event.location?.country || "" };
  const changes = {};
  for (const field of Object.keys(coded)) {
    const value = form.elements[field].value.trim();
    if (value === coded[field]) continue;
    if (field === "actor" || field === "recipient") changes[field] = value ? value.split(/[,\s]+/).filter(Boolean) : [];
    else if (field === "date" || field === "location") changes[field] = value || null;
    else changes[field] = value;
  }
  return changes;
}

function entityCodes(entities) {
  return (entities || []).map((entity) => entity.cameo_code || entity.code || entity.name || entity.text).join(", ");
}

function verdict(value, label, checked = false) {
  return el("label", { class: "radio" }, el("input", { type: "radio", name: "verdict", value, checked }), ` ${label}`);
}

function choice(name, label, options, current) {
  return el("label", { class: "field" }, el("span", {}, label),
    el("select", { name }, options.map((option) => el("option", { value: option, selected: option === current }, option))));
}

function text(name, label, value, placeholder) {
  return el("label", { class: "field" }, el("span", {}, label), el("input", { name, value, placeholder }));
}

function fact(term, ...value) {
  return [el("dt", {}, term), el("dd", {}, ...value)];
}
