// Talking to the eventwire JSON API (/api/...): GET with query parameters, POST with the
// reviewer's token, and the API's one error shape {"error": {"status", "message"}} as ApiError.

/** An API answer that was not 2xx, with the server's own message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The URL of an API path with the non-empty `params` as its query string. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** GET an API path; the parsed JSON, or an ApiError. */
export async function getJSON(path, params = {}, { signal } = {}) {
  const url = apiUrl(path, params);
  const early = takePrefetched(url);
  if (early) {
    try {
      return answer(await early);
    } catch (error) {
      if (error instanceof ApiError && error.status) throw error;
      // The early request failed on the way: ask again below.
    }
  }
  return answer(await send(url, { signal }));
}

/** The request prefetch.js started for this URL (same parameters in any order), used once. */
function takePrefetched(url) {
  const started = window.eventwirePrefetched;
  if (!started) return null;
  const [path, query = ""] = url.split("?");
  const params = new URLSearchParams(query);
  params.sort();
  const key = `${path}?${params}`;
  const response = started.get(key);
  started.delete(key);
  return response || null;
}

/** POST JSON to an API path with a bearer token; the parsed JSON, or an ApiError. */
export async function postJSON(path, body, token) {
  const headers = { "Content-Type": "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  return answer(await send(path, { method: "POST", headers, body: JSON.stringify(body) }));
}

async function send(url, options) {
  try {
    return await fetch(url, options);
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, `The eventwire server did not answer (${error.message}). Is \`eventwire serve\` still running?`);
  }
}

async function answer(response) {
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (response.ok && data !== null) return data;
  const message = data?.error?.message || `${response.status} ${response.statusText || "error"}`;
  throw new ApiError(data?.error?.status || response.status, message);
}

const REVIEWER_KEY = "eventwire.reviewer";
const TOKEN_KEY = "eventwire.token";

/** The reviewer's name and token kept in this browser's localStorage. */
export function reviewer() {
  return { name: localStorage.getItem(REVIEWER_KEY) || "", token: localStorage.getItem(TOKEN_KEY) || "" };
}

/** Keep the reviewer's name and token in this browser. */
export function saveReviewer(name, token) {
  localStorage.setItem(REVIEWER_KEY, name.trim());
  localStorage.setItem(TOKEN_KEY, token.trim());
}
