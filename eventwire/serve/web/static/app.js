// The dashboard's entry point: sets up the filter bar and the reviewer dialog, then renders the
// view the URL hash names whenever it changes. When a view has finished drawing, the page says so
// in document.body.dataset.rendered (the view's name), which the browser tests and the speed
// benchmark wait for, with dataset.renderedAt (ms since the page began loading) and
// dataset.renderMs (ms the view took); a view that failed sets document.body.dataset.error instead.
import { reviewer, saveReviewer } from "./api.js";
import { el, notice, replace } from "./dom.js";
import { setUpFilters, showFilters } from "./filters.js";
import { currentRoute, filtersOf, hrefFor } from "./route.js";
import { renderArticle } from "./views/article.js";
import { renderArticles } from "./views/articles.js";
import { renderDyad } from "./views/dyad.js";
import { renderEvent } from "./views/event.js";
import { renderEvents } from "./views/events.js";
import { renderMap } from "./views/map.js";
import { renderNetwork } from "./views/network.js";
import { renderOverview } from "./views/overview.js";

const VIEWS = {
  overview: { render: renderOverview, title: "Overview" },
  events: { render: renderEvents, title: "Events" },
  dyad: { render: renderDyad, title: "Who did what to whom" },
  network: { render: renderNetwork, title: "Actor network" },
  map: { render: renderMap, title: "Map" },
  articles: { render: renderArticles, title: "Articles" },
  article: { render: renderArticle, title: "Article" },
  event: { render: renderEvent, title: "Event" },
};

let renderCount = 0; // a newer render makes an older one's late results stale

async function renderRoute() {
  const route = currentRoute();
  const view = VIEWS[route.view];
  const main = document.getElementById("view");
  const mine = ++renderCount;
  const started = performance.now();
  delete document.body.dataset.rendered;
  delete document.body.dataset.error;
  showFilters(document.getElementById("filters"));
  markNav(route.view);
  const page = el("div", { class: `page page-${route.view}` });
  replace(main, page);
  if (!view) {
    replace(page, notice("error", `There is no view called "${route.view}". `, el("a", { href: "#/overview" }, "Go to the overview.")));
    document.body.dataset.error = "unknown view";
    return;
  }
  document.title = `${view.title} · eventwire`;
  try {
    await view.render(page, { ...route, filters: filtersOf(route.params) });
    await new Promise((resolve) => requestAnimationFrame(resolve)); // drawn: the next frame paints it
    if (mine !== renderCount) return;
    const now = performance.now();
    Object.assign(document.body.dataset, { renderedAt: now.toFixed(1), renderMs: (now - started).toFixed(1), rendered: route.view });
  } catch (error) {
    if (mine !== renderCount) return;
    replace(page, notice("error", error.message || String(error)));
    document.body.dataset.error = error.message || "error";
    console.error(error);
  }
}

/** Highlight the current view's tab; every tab keeps the current filters. */
function markNav(view) {
  const section = view === "article" ? "articles" : view === "event" ? "events" : view;
  for (const link of document.querySelectorAll("#nav a")) {
    link.classList.toggle("active", link.dataset.route === section);
    link.href = hrefFor(link.dataset.route);
  }
}

function setUpReviewer() {
  const button = document.getElementById("reviewer-button");
  const dialog = document.getElementById("reviewer-dialog");
  const form = document.getElementById("reviewer-form");
  const label = () => { button.textContent = reviewer().name ? `Reviewer: ${reviewer().name}` : "Set reviewer…"; };
  button.addEventListener("click", () => {
    form.elements.reviewer.value = reviewer().name;
    form.elements.token.value = reviewer().token;
    dialog.showModal();
  });
  dialog.addEventListener("close", () => {
    if (dialog.returnValue === "save") saveReviewer(form.elements.reviewer.value, form.elements.token.value);
    label();
    window.dispatchEvent(new Event("reviewerchange"));
  });
  label();
}

setUpFilters(document.getElementById("filters"));
setUpReviewer();
window.addEventListener("hashchange", renderRoute);
renderRoute();
