"""The API's one error shape, ``{"error": {"status": 400, "message": "..."}}``, for every failure.

eventwire's own errors map to statuses (a bad input 400, an unknown id 404, a store failure
500); FastAPI's request validation errors become 400 with a one-line message instead of 422.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from eventwire.errors import EventwireError, InputError, NotFoundError, StoreError

log = logging.getLogger("eventwire.serve")

# The store's names for its inputs, as the API's query parameters call them.
PARAMETER_NAMES = {"event type": "type", "--location": "location", "min confidence": "min_confidence",
                   "min sources": "min_sources", "--format": "format"}  # fmt: skip


class ApiError(HTTPException):
    """An error answered with its status and message in the API's error shape."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status_code=status, detail=message, headers=headers)


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The JSON error answer."""
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status, headers=headers)


def input_message(error: InputError) -> str:
    """An InputError's one line, naming the query parameter rather than the store's input."""
    return f"{PARAMETER_NAMES.get(error.source, error.source)}: {error.problem}"


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error, expected or not, in the error shape."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> JSONResponse:
        return error_response(error.status_code, str(error.detail), getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
        return error_response(400, validation_message(error.errors()))

    @app.exception_handler(EventwireError)
    async def eventwire_error(request: Request, error: EventwireError) -> JSONResponse:
        if isinstance(error, NotFoundError):
            return error_response(404, input_message(error))
        if isinstance(error, InputError):
            return error_response(400, input_message(error))
        if isinstance(error, StoreError):
            log.error("store error: %s", error)
            return error_response(500, str(error))
        return error_response(500, str(error))

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error answering %s %s", request.method, request.url.path)
        return error_response(500, f"internal error ({type(error).__name__}); see the server's log")


def validation_message(errors: Any) -> str:
    """One line for FastAPI's validation errors: the first one, named by its parameter or field."""
    first = list(errors)[0] if errors else {"loc": ("request",), "msg": "invalid"}
    where = [str(part) for part in first.get("loc", ()) if part not in ("query", "path", "body", "header")]
    return f"{'.'.join(where) or 'request'}: {first.get('msg', 'invalid')}"
