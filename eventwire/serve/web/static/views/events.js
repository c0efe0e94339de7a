// The events view: the filtered events as a table, a page at a time, with export links.
import { apiUrl, getJSON } from "../api.js";
import { el, notice, replace } from "../dom.js";
import { appendRows, eventTable } from "./event_table.js";

const PAGE = 100;

/** Draw the events table into `page` for the route's filters. */
export async function renderEvents(page, { filters }) {
  replace(page, notice("loading", "Loading events…"));
  const first = await getJSON("/api/events", { ...filters, limit: PAGE });
  const head = el("div", { class: "view-head" }, el("h1", {}, "Events"), exports(filters));
  if (!first.events.length) {
    replace(page, head, notice("empty", "No events match these filters. Clear some filters or widen the dates."));
    return;
  }
  const table = eventTable(first.events);
  const count = el("p", { class: "muted count" });
  const more = el("button", { type: "button" }, "Load more");
  let shown = first.events.length;
  let cursor = first.next_cursor;
  const update = () => {
    count.textContent = `${shown} events shown${cursor ? ", more below" : ""}. Click a date for the event and its review, a title for the article.`;
    more.hidden = !cursor;
  };
  more.addEventListener("click", async () => {
    more.disabled = true;
    try {
      const next = await getJSON("/api/events", { ...filters, limit: PAGE, cursor });
      appendRows(table, next.events);
      shown += next.events.length;
      cursor = next.next_cursor;
      update();
    } catch (error) {
      more.after(notice("error", error.message));
    } finally {
      more.disabled = false;
    }
  });
  update();
  replace(page, head, count, table, more);
}

function exports(filters) {
  return el("div", { class: "exports" }, "Export these events: ",
    ["csv", "jsonl", "parquet"].map((format) =>
      el("a", { href: apiUrl("/api/export", { ...filters, format }), download: "" }, format.toUpperCase())));
}
