// Starts the first view's main API request while the dashboard's scripts are still loading, so
// the server counts while the browser fetches and runs them. Only the overview and the event
// table (the views that open on the biggest counts) are started early; api.js's getJSON takes
// the answer when it asks for the same URL (parameters in any order), else it is not used.
(function prefetchFirstView() {
  const FIRST_REQUESTS = {
    overview: (params) => ["/api/overview", { period: ["day", "week", "month"].includes(params.get("period")) ? params.get("period") : "month" }],
    events: () => ["/api/events", { limit: "100" }],
  };
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = hash.split(/\?(.*)/s);
  const view = path.split("/")[0] || "overview";
  if (!FIRST_REQUESTS[view]) return;
  const params = new URLSearchParams(query);
  const [apiPath, options] = FIRST_REQUESTS[view](params);
  for (const [key, value] of Object.entries(options)) params.set(key, value);
  for (const [key, value] of [...params]) if (!value) params.delete(key);
  params.sort();
  const url = `${apiPath}?${params}`;
  window.eventwirePrefetched = new Map([[url, fetch(url)]]);
})();
