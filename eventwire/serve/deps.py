"""The API's dependencies: the store, the common event filters, page parameters and the writer's token.

Query parameters arrive as text and are parsed here, so that a bad value gets a message naming
the parameter and what it expects ("until: '2025-13-01' is not a date (YYYY-MM-DD)").
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Annotated

from fastapi import Depends, Header, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from eventwire.errors import InputError
from eventwire.serve.errors import ApiError, input_message
from eventwire.store import EventFilter, Store

MAX_LIMIT = 1000
DEFAULT_LIMIT = 100


def get_store(request: Request) -> Store:
    """The app's store, opened once when the app was made."""
    store: Store = request.app.state.store
    return store


def parse_date(value: str | None, name: str) -> dt.date | None:
    """A YYYY-MM-DD query parameter."""
    if value is None or value == "":
        return None
    try:
        if len(value) != 10:
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ApiError(400, f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def parse_int(value: str | None, name: str, default: int | None, low: int, high: int | None) -> int | None:
    """An integer query parameter within [low, high]."""
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise ApiError(400, f"{name}: {value!r} is not a whole number") from None
    if number < low or (high is not None and number > high):
        bounds = f"between {low} and {high}" if high is not None else f"{low} or more"
        raise ApiError(400, f"{name}: must be {bounds}, not {number}")
    return number


def parse_float(value: str | None, name: str) -> float | None:
    """A number query parameter."""
    if value is None or value == "":
        return None
    try:
        return float(value)
    except ValueError:
        raise ApiError(400, f"{name}: {value!r} is not a number") from None


def parse_bool(value: str | None, name: str) -> bool | None:
    """A true/false query parameter."""
    if value is None or value == "":
        return None
    lowered = value.lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise ApiError(400, f"{name}: {value!r} is not true or false")


def _text(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def event_filter(
    since: Annotated[str | None, Query(description="First day, YYYY-MM-DD (events whose days reach it).")] = None,
    until: Annotated[str | None, Query(description="Last day, YYYY-MM-DD (events whose days begin by then).")] = None,
    actor: Annotated[str | None, Query(description="Country (RUS) or CAMEO code (RUSGOV), or part of a name.")] = None,
    recipient: Annotated[str | None, Query(description="As actor, for the recipient.")] = None,
    actor_sector: Annotated[str | None, Query(description="Sector of an actor: GOV, MIL, ...")] = None,
    recipient_sector: Annotated[str | None, Query(description="Sector of a recipient.")] = None,
    event_type: Annotated[str | None, Query(alias="type", description="PLOVER event type, e.g. ACCUSE.")] = None,
    mode: Annotated[str | None, Query(description="PLOVER mode.")] = None,
    modality: Annotated[str | None, Query(description="asserted, future, hypothetical or negated.")] = None,
    quad: Annotated[str | None, Query(description="Quad class, 1-4.")] = None,
    location: Annotated[str | None, Query(description="Country code of the event's place.")] = None,
    place: Annotated[str | None, Query(description="Part of the name of the event's place (any case), e.g. Kharkiv.")] = None,
    q: Annotated[str | None, Query(description="Text in the evidence sentence (any case).")] = None,
    min_confidence: Annotated[str | None, Query(description="Least confidence, 0-1.")] = None,
    reviewed: Annotated[str | None, Query(description="true: only reviewed events; false: only unreviewed.")] = None,
) -> EventFilter:
    """The common event filters of the query string, checked (no limit: see :func:`limit_of`)."""
    try:
        return EventFilter(
            since=parse_date(since, "since"), until=parse_date(until, "until"), actor=_text(actor),
            recipient=_text(recipient), event_type=_text(event_type), modality=_text(modality),
            min_confidence=parse_float(min_confidence, "min_confidence"), location=_text(location),
            actor_sector=_text(actor_sector), recipient_sector=_text(recipient_sector), mode=_text(mode),
            quad=parse_int(quad, "quad", None, 1, 4), q=_text(q), reviewed=parse_bool(reviewed, "reviewed"), place=_text(place),
        )  # fmt: skip
    except InputError as error:
        raise ApiError(400, input_message(error)) from None


def page_limit(
    limit: Annotated[str | None, Query(description="Items per page, 1-1000 (default 100).")] = None,
) -> int:
    """The page size of a list endpoint."""
    return parse_int(limit, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT) or DEFAULT_LIMIT


def require_writer(
    request: Request,
    authorization: Annotated[str | None, Header(description="Bearer <token>")] = None,
) -> None:
    """Let a write through only with the server's token; none at all when it was started without one."""
    token: str | None = request.app.state.token
    if not token:
        raise ApiError(403, "writing is disabled: start the server with --token (or EVENTWIRE_TOKEN) to allow it")
    challenge = {"WWW-Authenticate": "Bearer"}
    if not authorization or not authorization.startswith("Bearer "):
        raise ApiError(401, "missing token: send the header 'Authorization: Bearer <token>'", challenge)
    if not secrets.compare_digest(authorization.removeprefix("Bearer ").strip().encode(), token.encode()):
        raise ApiError(401, "wrong token", challenge)


def known_parameters(request: Request) -> None:
    """Refuse a query parameter the endpoint does not take: a misspelt filter ("acter=RUS")
    would otherwise be ignored, and the answer would look like one for everything."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    allowed = _parameters_of(route)
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        expected = ", ".join(sorted(allowed)) or "none"
        raise ApiError(400, f"{unknown[0]}: unknown parameter for {route.path} (expected: {expected})")


_PARAMETERS: dict[int, frozenset[str]] = {}  # route id -> the names of its query parameters


def _parameters_of(route: APIRoute) -> frozenset[str]:
    """The query parameters a route and its dependencies declare (by their names in the URL)."""
    if id(route) not in _PARAMETERS:
        _PARAMETERS[id(route)] = frozenset(_query_names(route.dependant))
    return _PARAMETERS[id(route)]


def _query_names(dependant: Dependant) -> set[str]:
    names = {field.alias for field in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


StoreDep = Annotated[Store, Depends(get_store)]
Filters = Annotated[EventFilter, Depends(event_filter)]
Limit = Annotated[int, Depends(page_limit)]
Cursor = Annotated[str | None, Query(description="next_cursor of the previous page.")]
Writer = Depends(require_writer)
