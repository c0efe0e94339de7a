// The articles view: stored articles (matching the filter bar's text search), newest first,
// each with its number of events and a link to the article view.
import { getJSON } from "../api.js";
import { el, link, notice, replace } from "../dom.js";
import { hrefFor } from "../route.js";
import { formatNumber } from "../vocab.js";

/** Draw the article list into `page`. */
export async function renderArticles(page, { filters }) {
  replace(page, notice("loading", "Loading articles…"));
  const { articles, next_cursor: nextCursor } = await getJSON("/api/articles", { q: filters.q, limit: 200 });
  const head = el("div", { class: "view-head" }, el("h1", {}, "Articles"),
    el("p", { class: "hint" }, filters.q ? `Matching “${filters.q}” (the filter bar's text search).` : "Every stored article; the filter bar's text search narrows them."));
  if (!articles.length) {
    replace(page, head, notice("empty", "No articles found. Store some with ", el("code", {}, "eventwire ingest FOLDER"), "."));
    return;
  }
  replace(page, head,
    el("div", { class: "table-box" }, el("table", { class: "articles-table" },
      el("thead", {}, el("tr", {}, ["Published", "Title", "Outlet", "Events", "Reprint of"].map((name) => el("th", { scope: "col" }, name)))),
      el("tbody", {}, articles.map(articleRow)))),
    nextCursor ? el("p", { class: "muted" }, "Showing the first 200; use the text search to narrow them.") : null);
}

function articleRow(article) {
  return el("tr", {},
    el("td", { class: "nowrap" }, article.published || "—"),
    el("td", {}, link(hrefFor("article", article.id), article.title || article.id)),
    el("td", {}, article.outlet || "—"),
    el("td", { class: "number" }, formatNumber(article.events)),
    el("td", {}, article.duplicate_of ? link(hrefFor("article", article.duplicate_of), article.duplicate_of) : ""));
}
