"""Serve the LOX24 API: match, authenticate, validate against the spec, then call the handler.

The steps, in order, each answering with its own status when it fails:

1. IP block (429), credentials (401, then 429 once the address gets blocked);
2. the route: unknown path (404), method the path does not have (405 with ``Allow``), an
   ``Accept`` none of its representations satisfies (406, ``_negotiation``);
3. path parameters against their schemas (404);
4. query parameters, converted and validated (400);
5. the JSON body: over the size limit (413), not declared as JSON (415), unreadable, of the
   wrong type or not valid Unicode (400), breaking a rule (422); recipients in the forms LOX24
   converts are then written in E.164 (``_input_phones``);
6. the handler, which answers or refuses (404, 422) before it changes anything.
"""

from __future__ import annotations

import logging

import anyio.to_thread
from starlette.requests import ClientDisconnect
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._api._operations import Operation, RouteMatch
from lox24.sandbox._api._problems import BAD_REQUEST, UNPROCESSABLE, check
from lox24.sandbox._api._query import parse_path, parse_query
from lox24.sandbox._api._replies import (
    BatchReply,
    CollectionReply,
    CsvReply,
    ItemReply,
    NoContent,
    Reply,
)
from lox24.sandbox._api._types import JsonValue
from lox24.sandbox._handlers import HANDLERS, Call
from lox24.sandbox._state._collection import select

from ._auth import BLOCKED_DETAIL
from ._core import SandboxCore
from ._incoming import Incoming, read_body
from ._inline import InlinePolicy
from ._input_phones import to_e164
from ._limits import check_media_type, decode_json
from ._negotiation import check_acceptable
from ._render import (
    batch_payload,
    collection_payload,
    csv_response,
    error_response,
    json_response,
    wants_jsonld,
)

logger = logging.getLogger("lox24.sandbox")
_NO_CONTENT, _CREATED = 204, 201
_UNAUTHORIZED, _NOT_FOUND, _NOT_ALLOWED, _BLOCKED = 401, 404, 405, 429
_NOT_IMPLEMENTED, _SERVER_ERROR = 501, 500


class ApiApp:
    """The ASGI app answering every LOX24 API path of one sandbox.

    A small request is served on the event loop itself, a long one in a worker thread (see
    ``_inline``), in both cases under the first-come-first-served lock.
    """

    def __init__(self, core: SandboxCore) -> None:
        self._core = core
        self._inline = InlinePolicy(core)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        incoming = Incoming.from_scope(scope)
        headers = incoming.headers
        jsonld = wants_jsonld(headers.get("accept"))
        try:
            raw_body = await read_body(
                receive, headers.get("content-length"), self._core.limits.max_body_bytes
            )
            found = self._core.index.match(incoming.method, incoming.path)
            operation_id = found.operation.operation_id if found.operation else None
            now = await self._inline.take(operation_id, len(raw_body))
            if now is None:
                response = await anyio.to_thread.run_sync(
                    self._serve_locked, incoming, found, raw_body, jsonld
                )
            else:
                try:
                    response = self._serve(incoming, found, raw_body, jsonld, now)
                finally:
                    self._core.lock.release()
        except ApiError as refused:
            response = error_response(refused, jsonld=jsonld)
        except ClientDisconnect:
            return  # nobody is left to answer
        except Exception:
            logger.exception("the sandbox failed on %s %s", incoming.method, incoming.path)
            response = error_response(ApiError(_SERVER_ERROR, "Internal error"), jsonld=jsonld)
        await response(scope, receive, send)

    def _serve_locked(
        self, incoming: Incoming, found: RouteMatch, raw_body: bytes, jsonld: bool
    ) -> Response:
        with self._core.lock:
            now = self._core.clock.now()
            operation_id = found.operation.operation_id if found.operation else None
            with self._inline.watching(operation_id, now):
                return self._serve(incoming, found, raw_body, jsonld, now)

    def _serve(
        self, incoming: Incoming, found: RouteMatch, raw_body: bytes, jsonld: bool, now: float
    ) -> Response:
        self._authenticate(incoming, now)
        operation, path_values = _route(incoming, found)
        check_acceptable(incoming.headers.get("accept"), operation)
        try:
            return self._serve_operation(incoming, raw_body, (operation, path_values), jsonld, now)
        except ApiError as refused:
            raise _as_declared(refused, operation) from None

    def _serve_operation(
        self,
        incoming: Incoming,
        raw_body: bytes,
        route: tuple[Operation, dict[str, str]],
        jsonld: bool,
        now: float,
    ) -> Response:
        core = self._core
        operation, path_values = route
        call = Call(
            operation=operation,
            path=parse_path(operation, path_values, core.book),
            query=parse_query(operation, incoming.query_pairs(), core.book),
            body=self._body(operation, raw_body, incoming.headers.get("content-type")),
            client_ip=incoming.client_ip,
            now=now,
            store=core.store,
            book=core.book,
            pause=core.lock.pause,
        )
        handler = HANDLERS.get(operation.operation_id)
        if handler is None:
            raise ApiError(_NOT_IMPLEMENTED, f"{operation.operation_id} is not in the sandbox")
        reply = handler(call)
        # A success that exists only as plain JSON is answered so, whatever Accept says.
        jsonld = jsonld and not operation.plain_only
        if isinstance(reply, BatchReply):
            # Its results are snapshots: other requests may run while it is rendered.
            with core.lock.unlocked():
                return _respond(reply, call, incoming.path, jsonld)
        return _respond(reply, call, incoming.path, jsonld)

    def _authenticate(self, incoming: Incoming, now: float) -> None:
        guard = self._core.guard
        client_ip = incoming.client_ip
        _refuse_if_blocked(guard.blocked_for(client_ip, now))
        if guard.accepts(incoming.headers):
            return
        guard.record_failure(client_ip, now)
        _refuse_if_blocked(guard.blocked_for(client_ip, now))
        raise ApiError(
            _UNAUTHORIZED, "Invalid credentials: X-LOX24-AUTH-TOKEN is wrong or missing."
        )

    def _body(self, operation: Operation, raw: bytes, content_type: str | None) -> JsonValue:
        spec = operation.body
        if spec is None:
            return None
        if not raw.strip():
            if spec.required:
                raise ApiError(BAD_REQUEST, "The request body is empty; a JSON body is required.")
            return None
        check_media_type(content_type)
        value = decode_json(raw, max_depth=self._core.limits.max_json_depth)
        if spec.is_array:
            if not isinstance(value, list):
                raise ApiError(BAD_REQUEST, "This value should be of type array.")
            return value
        problem = check(self._core.book.validator(spec.pointer), value)
        if problem is not None:
            raise problem
        return to_e164(spec.pointer, value)


def _refuse_if_blocked(seconds: int | None) -> None:
    """Answer 429, with the seconds left of the block in ``Retry-After``, if there is one."""
    if seconds is not None:
        detail = BLOCKED_DETAIL.format(seconds=seconds)
        raise ApiError(_BLOCKED, detail, headers={"Retry-After": str(seconds)})


def _route(incoming: Incoming, found: RouteMatch) -> tuple[Operation, dict[str, str]]:
    if found.operation is not None:
        return found.operation, dict(found.path_values)
    if found.allowed:
        allow = ", ".join(found.allowed)
        raise ApiError(_NOT_ALLOWED, "Method Not Allowed", headers={"Allow": allow})
    raise ApiError(_NOT_FOUND, f"No route found for {incoming.method} {incoming.path}")


def _as_declared(refused: ApiError, operation: Operation) -> ApiError:
    """A rule broken where the spec declares 400 but not 422 is answered with 400."""
    declared = operation.statuses
    if (
        refused.status == UNPROCESSABLE
        and UNPROCESSABLE not in declared
        and BAD_REQUEST in declared
    ):
        return refused.with_status(BAD_REQUEST)
    return refused


def _respond(reply: Reply, call: Call, path: str, jsonld: bool) -> Response:
    if isinstance(reply, ItemReply):
        return json_response(
            reply.resource.represent(jsonld=jsonld), status=reply.status, jsonld=jsonld
        )
    if isinstance(reply, CollectionReply):
        page = select(call.operation, call.query, reply.rows, call.pause)
        payload = collection_payload(
            type_name=reply.type,
            members=[reply.present(row) for row in page.rows],
            page=page,
            operation=call.operation,
            path=path,
            pairs=call.query.pairs,
            jsonld=jsonld,
        )
        return json_response(payload, status=200, jsonld=jsonld)
    if isinstance(reply, BatchReply):
        return json_response(batch_payload(reply, jsonld=jsonld), status=_CREATED, jsonld=jsonld)
    if isinstance(reply, CsvReply):
        return csv_response(reply.text)
    if isinstance(reply, NoContent):
        return Response(status_code=_NO_CONTENT)
    msg = f"unknown reply {reply!r}"
    raise TypeError(msg)
