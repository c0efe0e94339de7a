// The page's state lives in the URL hash: "#/<view>[/<id>]?<filters and view options>", so a
// reload, a bookmark or a shared link shows the same thing, and every view reads the same filters.

/** The filters every view shares, in the order of the filter bar (names of the API's parameters). */
export const FILTER_KEYS = [
  "since", "until", "actor", "recipient", "type", "modality", "quad", "location", "place", "q", "min_confidence", "reviewed",
];

/** The current route: {view, id, params} from location.hash; the overview when empty. */
export function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = splitOnce(hash, "?");
  const [view, ...rest] = path.split("/");
  const id = rest.length ? decodeURIComponent(rest.join("/")) : null;
  return { view: view || "overview", id, params: new URLSearchParams(query) };
}

/** The shared filters of a URLSearchParams, as a plain object of the non-empty ones. */
export function filtersOf(params) {
  const filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** A hash for `view` (and `id`) that keeps the current filters, with `extra` parameters set. */
export function hrefFor(view, id = null, extra = {}, params = currentRoute().params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filtersOf(params))) query.set(key, value);
  for (const [key, value] of Object.entries(extra)) {
    if (value === null || value === undefined || value === "") query.delete(key);
    else query.set(key, value);
  }
  const path = id === null ? view : `${view}/${encodeURIComponent(id)}`;
  const text = query.toString();
  return `#/${path}${text ? `?${text}` : ""}`;
}

/** Go to a hash (the router renders on hashchange). */
export function go(hash) {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else location.hash = hash;
}

/** Set some parameters of the current route (null removes one) and go there. */
export function setParams(changes) {
  const route = currentRoute();
  const params = new URLSearchParams(route.params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") params.delete(key);
    else params.set(key, value);
  }
  const path = route.id === null ? route.view : `${route.view}/${encodeURIComponent(route.id)}`;
  const text = params.toString();
  go(`#/${path}${text ? `?${text}` : ""}`);
}

function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}
