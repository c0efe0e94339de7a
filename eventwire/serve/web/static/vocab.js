// The coding vocabulary the dashboard shows (PLOVER types, quad classes, modalities) and the
// small formatters every view shares (actors, dates, places, numbers).

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];

export const MODALITIES = ["asserted", "future", "hypothetical", "negated"];

/** Quad class -> its name and colour (cooperation greens, conflict oranges and reds). */
export const QUADS = {
  1: { name: "verbal cooperation", colour: "#7fbf7b" },
  2: { name: "material cooperation", colour: "#1b7837" },
  3: { name: "verbal conflict", colour: "#f1a340" },
  4: { name: "material conflict", colour: "#c51b7d" },
};

/** A colour for each PLOVER type, cooperation types cool and conflict types warm. */
export function typeColour(type) {
  const index = PLOVER_TYPES.indexOf(type);
  if (index < 0) return "#999";
  return index < 8 ? d3.interpolateViridis(0.15 + (index / 8) * 0.8) : d3.interpolateInferno(0.3 + ((index - 8) / 8) * 0.6);
}

export function quadName(quad) {
  return QUADS[quad] ? `${quad} ${QUADS[quad].name}` : String(quad ?? "");
}

export function quadColour(quad) {
  return QUADS[quad]?.colour || "#999";
}

/** An entity (actor or recipient) as "Russia (RUSGOV)"; one no words name, that the story
 * only implies (its text is empty), is marked "implied". */
export function entityLabel(entity) {
  if (!entity) return "";
  const name = entity.name || entity.text || "";
  const code = entity.cameo_code || entity.code;
  const label = code && code !== name ? `${name} (${code})` : name;
  return entity.text === "" && code ? `${label}, implied` : label;
}

/** A list of entities, comma-separated; "—" when none. */
export function entitiesLabel(entities) {
  return entities && entities.length ? entities.map(entityLabel).join(", ") : "—";
}

/** An event's date as stored, or its article's publication date marked "published". */
export function eventDate(record) {
  if (record.date) return record.date;
  const published = record.article?.published;
  return published ? `${published} (published)` : "undated";
}

export function placeLabel(place) {
  if (!place) return "";
  return place.country && place.country !== place.name ? `${place.name}, ${place.country}` : place.name;
}

export function formatNumber(value) {
  return value === null || value === undefined ? "—" : d3.format(",")(value);
}

export function formatScore(value, digits = 1) {
  return value === null || value === undefined || Number.isNaN(value) ? "—" : Number(value).toFixed(digits);
}
