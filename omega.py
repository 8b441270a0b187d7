"""omega: saves and loads a browser game party's scene state, over HTTP.

    alembic upgrade head          # create or update the schema (once per deploy, before the new code starts)
    uvicorn omega:app             # serve POST /api/v1/save and GET /api/v1/load/{session_id}

omega stores the state a frontend sends and returns it unchanged. Its fields are the columns in STATE, `check_save`
checks their rules, every error is JSON naming the field and the rule, and no request waits past TIMEOUT (a 503).
"""
import asyncio
import contextlib
import functools
import gc
import json
import logging
import os
import re
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from select import POLLIN, poll
from urllib.request import pathname2url

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import JSON, Column, DateTime, Integer, MetaData, Table, Text, Uuid
from sqlalchemy import bindparam, create_engine, event, make_url, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

# --- Configuration: the environment, read once, and the tunables ---------------------------------
PRODUCTION = os.environ.get("ENV") == "production"  # then a missing DATABASE_URL is refused, not a local file
DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///./omega.db")
CORS_ORIGINS = [origin.strip() for origin in os.environ.get("CORS_ORIGINS", "*").split(",")]
TIMEOUT = 5  # seconds a request may wait for the database before its 503; normal load stays far below
LOCK_WAIT = 0.05  # seconds a PostgreSQL call waits for a lock before it lets go, to try again (within_deadline)
LOAD_THREADS, SAVE_THREADS = 2, 4  # per worker: threads for database calls (SQLite saves on one: one writer)
BATCH, SAVE_BATCH = 100, 4  # requests one database call answers at most; PostgreSQL's saves (each alone) in fours

# --- Rules: the limits of a saved state ---------------------------------------------------------
MAX_BODY_BYTES = 64 * 1024
SCENES = 11
MAX_TEXT = 100  # characters in a party name, hero name or class, symbol, choice key or choice
MAX_HEROES = 32
MAX_HP = 1_000_000
MAX_CHOICES = 64
MAX_SAFE_INTEGER = 2**53 - 1  # JavaScript's exact integers; PostgreSQL would print 1e300 as 301 digits
SESSION_ID = re.compile(r"[A-Za-z0-9._~-]{1,128}")
BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")  # NUL, or half of a surrogate pair
ENTITY_TAG = r'(W/)?"([\x21\x23-\x7e\x80-\xff]*)"'  # RFC 9110, 8.8.3; omega's are revisions: "1", "2", ...
TAG_LIST = re.compile(rf"[ \t,]*+(?:{ENTITY_TAG}(?:[ \t]*+,[ \t,]*+{ENTITY_TAG})*+)?+[ \t,]*+")  # possessive: linear
REVISION = re.compile(r"[1-9][0-9]{0,9}")  # at most 10 digits: a longer tag names no revision (and fits no INTEGER)
PRECONDITION_FAILED = {  # a save's 412, by the header that fails against the session and whether it is *
    ("If-Match", True): "does not exist and If-Match: * only replaces",
    ("If-Match", False): "is not at revision {} given in If-Match (it was saved since, or never)",
    ("If-None-Match", True): "already exists and If-None-Match: * only creates",
    ("If-None-Match", False): "is at a revision given in If-None-Match: {}",
}

# --- Schema: Alembic migrates this metadata ------------------------------------------------------
metadata = MetaData(naming_convention={  # constraint names that Alembic can find again
    "pk": "pk_%(table_name)s", "uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s", "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"})
JSONDocument = JSON().with_variant(postgresql.JSONB(), "postgresql")
STATE = (  # the saved state's fields: each one's column, keyed by the field's name; saves and loads follow this
    Column("scene_index", Integer, nullable=False),
    Column("name", Text, nullable=False, key="party_name"),  # the column is `name`, the field `party_name`
    Column("heroes", JSONDocument, nullable=False),
    Column("symbol_choice", Text),
    Column("choices", JSONDocument, nullable=False),
)
OPTIONAL = {column.key for column in STATE if column.server_default is not None}  # left out: the stored value stays
parties = Table(
    "parties", metadata,
    Column("id", Uuid, primary_key=True, default=uuid.uuid4),
    Column("session_id", Text, nullable=False, unique=True),
    *STATE,
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("revision", Integer, nullable=False, server_default="1"),  # the ETag: +1 on every save
)


# --- Database: the engine, the statements, and the calls on threads of their own, in batches, within the deadline
def make_engine(url):
    """An engine that stops connecting at TIMEOUT, autocommits, and keeps players' states (parameters) out of errors."""
    url = make_url(url)
    if url.drivername in ("postgres", "postgresql"):  # SQLAlchemy 2.1 alone would pick psycopg 3
        url = url.set(drivername="postgresql+psycopg2")
    options = {"isolation_level": "AUTOCOMMIT", "hide_parameters": True,
               "pool_size": LOAD_THREADS + SAVE_THREADS, "max_overflow": 0}  # a connection for each thread
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, **options, connect_args={"timeout": TIMEOUT})  # seconds to wait for a writer

        @event.listens_for(engine, "do_connect")
        def existing_file_only(dialect, record, cargs, cparams):  # a mistyped path must not leave an empty database
            cargs[0], cparams["uri"] = f"file:{pathname2url(cargs[0])}?mode=rw", True

        @event.listens_for(engine, "connect")
        def write_ahead_and_sync_every_commit(connection, _):
            connection.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL")
        return engine
    engine = create_engine(url, **options, connect_args={"connect_timeout": TIMEOUT})
    # Each statement carries its limits: psycopg2 sends "SET LOCAL ...; SET LOCAL ...; INSERT ..." as one query,
    # which PostgreSQL runs as one transaction even in autocommit, so they end with it (a SET would linger on the
    # pooled connection; PgBouncer refuses `options`). The cursor holds the last statement's result.
    limits = f"SET LOCAL statement_timeout = '{TIMEOUT}s'; SET LOCAL lock_timeout = '{LOCK_WAIT}s'; "

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def bounded(connection, cursor, statement, parameters, context, executemany):
        return limits + statement, parameters

    @event.listens_for(engine, "checkout")  # a ping without a round trip: a connection the server closed reads ready
    def closed_by_server(dbapi_connection, record, proxy):
        readable = poll()  # poll, not select(): a worker with many clients has descriptors past 1024
        readable.register(dbapi_connection.fileno(), POLLIN)
        if readable.poll(0):
            raise DisconnectionError("the server closed this pooled connection")  # the pool opens a new one
    return engine


engine = make_engine(DATABASE_URL)
SQLITE = engine.dialect.name == "sqlite"  # otherwise PostgreSQL
LOAD = (select(parties.c.session_id, parties.c.revision, *(c.label(c.key) for c in STATE))
        .where(parties.c.session_id.in_(bindparam("session_ids", expanding=True))))
log = logging.getLogger("uvicorn.error")


@functools.cache  # built once for each set of fields that saves send
def save_statements(fields):
    """Upsert, create and replace: each writes the state's `fields` (keys, in STATE's order) and returns the new
    revision; replace only where the session is at :read_revision. A field left out keeps its value or default."""
    written = {key: bindparam(key) for key in fields}
    new_row = (sqlite if SQLITE else postgresql).insert(parties).values(  # and the defaults: id uuid4, revision 1
        session_id=bindparam("session"), **written, created_at=bindparam("now"), updated_at=bindparam("now"))
    replaced = {key: new_row.excluded[key] for key in (*fields, "updated_at")}  # ON CONFLICT skips onupdate=
    on_conflict = {"index_elements": [parties.c.session_id], "set_": {**replaced, "revision": parties.c.revision + 1}}
    # :session, a name that no column has: SQLAlchemy would also SET a column that a parameter is named after
    at_read = parties.c.session_id == bindparam("session"), parties.c.revision == bindparam("read_revision")
    return (new_row.on_conflict_do_update(**on_conflict).returning(parties.c.revision),
            new_row.on_conflict_do_nothing(index_elements=[parties.c.session_id]).returning(parties.c.revision),
            update(parties).where(*at_read).values(**written, updated_at=bindparam("now"),
                                                   revision=parties.c.revision + 1).returning(parties.c.revision))


def load_all(session_ids):
    """The row of each session, or None where nothing is saved: one query for all."""
    with engine.connect() as connection:
        found = {row.session_id: row for row in connection.execute(LOAD, {"session_ids": session_ids})}
    return [found.get(session_id) for session_id in session_ids]


def save_all(writes):
    """The new revision row (or None) of each (statement, parameters): SQLite commits them together, PostgreSQL each."""
    answers = []
    with engine.connect() as connection:  # closing it rolls back whatever was not committed
        if SQLITE:
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # takes SQLite's write lock, waiting up to TIMEOUT for it
        for write in writes:
            try:
                answers.append(connection.execute(*write).first())
            except DBAPIError as exc:
                if SQLITE or exc.connection_invalidated:  # SQLite: all or none; a lost connection: the rest too
                    raise
                answers.append(exc)  # PostgreSQL: this save fails alone (its row locked, say)
        if SQLITE:
            connection.exec_driver_sql("COMMIT")
    return answers


class Batches:
    """`threads` threads call `run` (requests in, answers out); requests that wait go together, up to `size` a call."""

    def __init__(self, run, threads, size=BATCH):
        self.run, self.size, self.executor = run, size, ThreadPoolExecutor(threads)
        self.free, self.waiting, self.draining = threads, [], set()

    async def __call__(self, request):
        answer = asyncio.get_running_loop().create_future()
        self.waiting.append((request, answer))
        if self.free:
            self.free -= 1
            self.draining.add(task := asyncio.create_task(self.drain()))  # asyncio keeps only a weak reference
            task.add_done_callback(self.draining.discard)
        return await answer

    async def drain(self):
        """Run batches on one thread until no request waits; then that thread is free again."""
        try:
            while waiting := [item for item in self.waiting if not item[1].done()]:  # done: given up on
                batch, self.waiting = waiting[:self.size], waiting[self.size:]
                try:
                    answers = await asyncio.get_running_loop().run_in_executor(
                        self.executor, self.run, [request for request, _ in batch])
                except Exception as exc:  # the database failed the whole batch: each request gets the error
                    answers = [exc] * len(batch)
                for (_, future), answer in zip(batch, answers):
                    if not future.done():  # a request given up on meanwhile
                        (future.set_exception if isinstance(answer, Exception) else future.set_result)(answer)
        finally:
            self.free += 1


loads = Batches(load_all, LOAD_THREADS)
saves = Batches(save_all, 1) if SQLITE else Batches(save_all, SAVE_THREADS, size=SAVE_BATCH)


async def within_deadline(batches, request):
    """The answer of `batches` to `request` within TIMEOUT; a call that met a lock (55P03) let go and is tried again."""
    async with asyncio.timeout(TIMEOUT):
        while True:
            try:
                return await batches(request)
            except OperationalError as exc:
                if getattr(exc.orig, "pgcode", None) != "55P03":
                    raise
            await asyncio.sleep(4 * LOCK_WAIT)


# --- Checking a save: raw bytes in, (session_id, state) out, or Rejected ---------------------------
class Rejected(HTTPException):
    """A request omega refuses, with its status and the message that names the field and the rule."""


def check_session_id(session_id):
    if not (isinstance(session_id, str) and SESSION_ID.fullmatch(session_id) and session_id not in (".", "..")):
        raise Rejected(422, "session_id must be 1 to 128 characters from A-Z a-z 0-9 . _ ~ - (and not . or ..)")
    return session_id


def parse_json(raw):
    """The JSON object in `raw`: strict UTF-8 JSON, no NaN or Infinity, no repeated keys."""
    def no_constant(name):
        raise ValueError(f"{name} is not JSON")

    def no_repeats(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"key {json.dumps(key)} appears twice in one object")
            seen.add(key)
        return dict(pairs)

    try:
        body = json.loads(raw.decode("utf-8"), parse_constant=no_constant, object_pairs_hook=no_repeats)
    except RecursionError:
        raise Rejected(400, "body must be a JSON object: it nests too deeply") from None
    except ValueError as exc:  # also UnicodeDecodeError and json.JSONDecodeError
        raise Rejected(400, f"body must be a JSON object in UTF-8: {exc}") from None
    if not isinstance(body, dict):
        raise Rejected(400, "body must be a JSON object")
    return body


def check_fields(value, where, keys, optional=()):
    if not isinstance(value, dict):
        raise Rejected(422, f"{where} must be an object with keys {', '.join(keys)}")
    if unknown := [key for key in value if key not in keys]:
        raise Rejected(422, f"{where} has unknown key {json.dumps(unknown[0])}; allowed: {', '.join(keys)}")
    if missing := [key for key in keys if key not in value and key not in optional]:
        raise Rejected(422, f"{where}.{missing[0]} is required")
    return value


def check_integer(value, where, low, high):
    """`value` as an int. JSON has one number type, so 3.0 and 1.2e1 are integers; true is not."""
    if type(value) is float and value.is_integer():
        value = int(value)
    if type(value) is not int or not low <= value <= high:  # type(): a JSON true is not an integer
        raise Rejected(422, f"{where} must be an integer from {low} to {high}")
    return value


def check_text(value, where):
    if not isinstance(value, str) or not 1 <= len(value) <= MAX_TEXT or BAD_CHARACTER.search(value):
        raise Rejected(422, f"{where} must be a string of 1 to {MAX_TEXT} characters, "
                            "without NUL or unpaired surrogates")
    return value


def check_choice(value, where):
    if isinstance(value, str):
        return check_text(value, where)
    if value is None or isinstance(value, bool):
        return value
    if type(value) in (int, float) and abs(value) <= MAX_SAFE_INTEGER:  # abs(): also refuses 1e400, read as inf
        return value + 0  # -0.0 becomes 0.0, as PostgreSQL's JSONB stores it: the same on both databases
    raise Rejected(422, f"{where} must be a string, a number from -{MAX_SAFE_INTEGER} to {MAX_SAFE_INTEGER}, "
                        "true, false or null")


def check_save(raw):
    """The (session_id, state) of a save body, every rule checked; raises Rejected otherwise."""
    body = check_fields(parse_json(raw), "body", ("session_id", "state"))
    session_id = check_session_id(body["session_id"])
    state = check_fields(body["state"], "state", [column.key for column in STATE], OPTIONAL)
    state["scene_index"] = check_integer(state["scene_index"], "state.scene_index", 1, SCENES)
    check_text(state["party_name"], "state.party_name")
    if state["symbol_choice"] is not None:
        check_text(state["symbol_choice"], "state.symbol_choice")
    heroes = state["heroes"]
    if not isinstance(heroes, list) or len(heroes) > MAX_HEROES:
        raise Rejected(422, f"state.heroes must be a list of at most {MAX_HEROES} heroes")
    for i, hero in enumerate(heroes):
        check_fields(hero, f"state.heroes[{i}]", ("name", "class", "hp"))
        check_text(hero["name"], f"state.heroes[{i}].name")
        check_text(hero["class"], f"state.heroes[{i}].class")
        hero["hp"] = check_integer(hero["hp"], f"state.heroes[{i}].hp", 0, MAX_HP)
    choices = state["choices"]
    if not isinstance(choices, dict) or len(choices) > MAX_CHOICES:
        raise Rejected(422, f"state.choices must be an object of at most {MAX_CHOICES} entries")
    for key, value in choices.items():
        check_text(key, f"state.choices key {json.dumps(key)}")
        choices[key] = check_choice(value, f"state.choices[{json.dumps(key)}]")
    return session_id, state


async def read_body(request):
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise Rejected(413, f"body must be at most {MAX_BODY_BYTES} bytes")
    return bytes(body)


def header(request, name):
    """A header's value, its lines joined as RFC 9110 joins a list; None if it was not sent."""
    lines = request.headers.getlist(name)
    return ", ".join(lines).strip(" \t") if lines else None


def preconditions(request):
    """If-Match and If-None-Match (RFC 9110, 13.1.1-2): each None, "*", or the revisions whose ETags it lists; a weak
    tag (W/"3") counts for If-None-Match only, as If-Match compares strongly."""
    conditions = []
    for name in ("If-Match", "If-None-Match"):
        value = header(request, name)
        if value not in (None, "*"):
            if not TAG_LIST.fullmatch(value):
                raise Rejected(400, f'{name} must be * or a list of entity tags such as "3", W/"4"')
            value = [int(tag) for weak, tag in re.findall(ENTITY_TAG, value)
                     if REVISION.fullmatch(tag) and not (weak and name == "If-Match")]
        conditions.append(value)
    return conditions


def failed_precondition(revision, if_match, if_none_match):
    """The header that fails for a session at `revision` (None: not saved), If-Match first (RFC 9110, 13.2.2)."""
    if if_match is not None and (revision is None or if_match != "*" and revision not in if_match):
        return "If-Match"
    if if_none_match is not None and revision is not None and (if_none_match == "*" or revision in if_none_match):
        return "If-None-Match"
    return None


# --- Endpoints -----------------------------------------------------------------------------------
async def save(request):
    session_id, state = check_save(await read_body(request))
    if_match, if_none_match = preconditions(request)
    upsert, create, replace = save_statements(tuple(column.key for column in STATE if column.key in state))
    values = {**state, "session": session_id, "now": datetime.now(timezone.utc)}
    if if_match is None and if_none_match is None:  # last write wins
        saved = await within_deadline(saves, (upsert, values))
    else:  # written only if the session is still at a revision where both headers hold
        async with asyncio.timeout(TIMEOUT):  # the whole loop, which turns again only if another save came between
            # First the revision the headers name, unread: If-Match: "3" is at 3, If-None-Match: * at None (unsaved)
            revision, read = (if_match[0] if if_match and if_match != "*" else None), False
            while True:
                failed = failed_precondition(revision, if_match, if_none_match)
                if failed and read:
                    sent = header(request, failed)
                    reason = PRECONDITION_FAILED[failed, sent == "*"].format(sent)
                    raise Rejected(412, f"session_id {session_id} {reason}; nothing was saved")
                write = (create if revision is None else replace), {**values, "read_revision": revision}
                if not failed and (saved := await within_deadline(saves, write)):
                    break
                row = await within_deadline(loads, session_id)
                revision, read = (None if row is None else row.revision), True
    return JSONResponse({"status": "saved", "scene_index": state["scene_index"]},
                        headers={"ETag": f'"{saved.revision}"'})


async def load(request):
    session_id = check_session_id(request.path_params["session_id"])
    if_match, if_none_match = preconditions(request)
    row = await within_deadline(loads, session_id)
    if row is None:
        raise Rejected(404, f"no state is saved for session_id {session_id}")
    headers = {"ETag": f'"{row.revision}"', "Cache-Control": "no-cache"}
    failed = failed_precondition(row.revision, if_match, if_none_match)
    if failed == "If-Match":
        raise Rejected(412, f"session_id {session_id} is at revision \"{row.revision}\", not one given in If-Match")
    if failed == "If-None-Match":  # the browser's copy is current
        return Response(status_code=304, headers=headers)
    state = {column.key: getattr(row, column.key) for column in STATE}
    return JSONResponse({"session_id": session_id, "state": state}, headers=headers)


# --- Application ---------------------------------------------------------------------------------
async def answer_error(request, exc):
    """Every error as {"error": ...}: a refusal (Starlette's 404 and 405 get the method and path); 503 for a database
    that is down, locked, slow or refuses writes; 500 else, logging a database error's class, never its message."""
    if isinstance(exc, HTTPException):
        message = exc.detail if isinstance(exc, Rejected) else f"{exc.detail}: {request.method} {request.url.path}"
        return JSONResponse({"error": message}, exc.status_code, exc.headers)
    error = getattr(exc, "orig", exc)
    code = getattr(error, "pgcode", None)  # 25006: a read-only transaction (a standby); 42501: a revoked privilege
    if isinstance(exc, (OperationalError, InterfaceError, TimeoutError)) or code in ("25006", "42501"):
        log.warning("database unavailable: %s", type(error).__name__)
        return JSONResponse({"error": "database unavailable; try again shortly"}, 503, {"Retry-After": "1"})
    log.error("internal error: %s (SQLSTATE %s)", type(error).__name__, code)
    return JSONResponse({"error": "internal error"}, 500)


def refuse(reason):  # the reason alone, no traceback; exit code 3 tells uvicorn not to start the worker again
    print(f"omega: {reason}", file=sys.stderr, flush=True)
    os._exit(3)


@contextlib.asynccontextmanager
async def lifespan(app):
    """Refuse to start on a database behind this release's migrations (here, not on import: Alembic imports omega)."""
    if PRODUCTION and "DATABASE_URL" not in os.environ:  # a local SQLite file would take the players' saves
        refuse("ENV=production needs DATABASE_URL (e.g. postgresql://user:pass@host/db)")
    scripts = ScriptDirectory.from_config(Config(Path(__file__).with_name("alembic.ini")))
    try:
        with engine.connect() as connection:
            current = set(MigrationContext.configure(connection).get_current_heads())
    except (OperationalError, InterfaceError) as exc:
        if SQLITE and (path := Path(engine.url.database)).parent.is_dir() and not path.exists():  # a typo: no file
            refuse(f"there is no database at {engine.url.database}: run `alembic upgrade head` to create it")
        log.warning("database unreachable at start-up (%s); answering 503 until it is back", type(exc.orig).__name__)
    else:
        if newer := current - {script.revision for script in scripts.walk_revisions()}:
            log.warning("the database is at revision %s, from a newer release: serving it as it is", ", ".join(newer))
        elif current != set(scripts.get_heads()):
            refuse(f"the database is at revision {', '.join(sorted(current)) or 'none'}, omega needs "
                   f"{', '.join(scripts.get_heads())}: run `alembic upgrade head`")
    gc.freeze()  # what start-up made lives for good: the collector stops scanning it
    yield


app = Starlette(
    routes=[Route("/api/v1/save", save, methods=["POST"]), Route("/api/v1/load/{session_id:path}", load)],  # a/b: 422
    middleware=[Middleware(CORSMiddleware, allow_origins=CORS_ORIGINS, allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type", "If-Match", "If-None-Match"],
                           expose_headers=["ETag", "Retry-After"])],
    exception_handlers=dict.fromkeys([HTTPException, DBAPIError, TimeoutError, Exception], answer_error),
    lifespan=lifespan,
)
