"""omega: saves and loads a browser game party's scene state, over HTTP.

    pip install -r requirements.txt
    alembic upgrade head          # create or update the schema (once per deploy)
    uvicorn omega:app             # serve POST /api/v1/save and GET /api/v1/load/{session_id}

omega stores the state a frontend sends and returns it unchanged; it does not interpret the story.
Every rule a state must follow is checked in `check_save` below; the limits are the constants
under "Rules". Every error is JSON: {"error": "<what is wrong, naming the field>"}.
"""
import asyncio
import contextlib
import gc
import json
import logging
import os
import re
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

try:
    import fcntl  # SQLite's workers take turns with it (save_together)
except ImportError:  # Windows
    fcntl = None

from sqlalchemy import JSON, Column, DateTime, Integer, MetaData, Table, Text, Uuid, bindparam, create_engine, event, inspect, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, TimeoutError as PoolTimeout

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

# --- Configuration: the environment, read once ---------------------------------------------------
if os.environ.get("ENV") == "production" and not os.environ.get("DATABASE_URL"):
    raise SystemExit("omega: ENV=production needs DATABASE_URL (e.g. postgresql://user:pass@host/db)")
DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///./omega.db")
CORS_ORIGINS = [origin.strip() for origin in os.environ.get("CORS_ORIGINS", "*").split(",")]
LOAD_THREADS, SAVE_THREADS = 2, 4  # per worker: threads for database calls (SQLite saves on one: one writer)
BATCH = 100  # at most this many requests answered by one database call

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
STATE_KEYS = ("scene_index", "party_name", "heroes", "symbol_choice", "choices")
HERO_KEYS = ("name", "class", "hp")
ETAG = re.compile(r'"(0|[1-9][0-9]{0,9})"')  # a revision, as omega sends it in ETag
PRECONDITION_FAILED = {  # a save's 412, by what its If-Match or If-None-Match asked
    "create": "session_id {session_id} already exists and If-None-Match: * only creates",
    "*": "session_id {session_id} does not exist and If-Match: * only replaces",
    "revision": 'session_id {session_id} is not at revision "{revision}" given in If-Match (it was saved since, or never)',
}

# --- Schema: Alembic migrates this metadata ------------------------------------------------------
metadata = MetaData(naming_convention={  # constraint names that Alembic can find again
    "pk": "pk_%(table_name)s", "uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s", "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"})
JSONDocument = JSON().with_variant(postgresql.JSONB(), "postgresql")
parties = Table(
    "parties", metadata,
    Column("id", Uuid, primary_key=True),
    Column("session_id", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("heroes", JSONDocument, nullable=False),
    Column("symbol_choice", Text),
    Column("scene_index", Integer, nullable=False),
    Column("choices", JSONDocument, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("revision", Integer, nullable=False, server_default="1"),  # the ETag: +1 on every save
)
SCHEMA_REVISION = "edb036a737cc"  # the Alembic revision that makes this table; set it with each new migration


# --- Database: the engine and the statements, built once -----------------------------------------
def make_engine(url):
    """An engine for DATABASE_URL: psycopg2 for postgres(ql)://; WAL, full sync and a busy timeout for SQLite.

    Every save is one statement, atomic on its own, so the engine autocommits: no BEGIN and COMMIT
    round trips (SQLite's batches of saves begin their own). The pool holds one connection for
    every database thread."""
    url = make_url(url)
    if url.drivername in ("postgres", "postgresql"):  # SQLAlchemy 2.1 alone would pick psycopg 3
        url = url.set(drivername="postgresql+psycopg2")
    pool = {"isolation_level": "AUTOCOMMIT", "pool_size": LOAD_THREADS + SAVE_THREADS, "max_overflow": 0, "pool_reset_on_return": None}
    if url.get_backend_name() == "postgresql":
        return create_engine(url, **pool, connect_args={"connect_timeout": 5})
    if url.get_backend_name() != "sqlite":
        raise SystemExit(f"omega: DATABASE_URL must be sqlite or postgresql, not {url.get_backend_name()}")
    engine = create_engine(url, **pool, connect_args={"timeout": 30})  # seconds to wait for another writer

    @event.listens_for(engine, "connect")
    def write_ahead_and_sync_every_commit(connection, _):
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
    return engine


def inserts(insert):
    """For one dialect: the upsert (a plain save) and the create-only insert (If-None-Match: *).

    Both are one atomic statement that returns the new revision; ON CONFLICT skips Column(onupdate=),
    so updated_at and revision are set here, and id and created_at stay as first saved."""
    stmt = insert(parties)
    replaced = {c: stmt.excluded[c] for c in ("name", "heroes", "symbol_choice", "scene_index", "choices", "updated_at")}
    on = {"index_elements": [parties.c.session_id]}
    return (stmt.on_conflict_do_update(**on, set_={**replaced, "revision": parties.c.revision + 1}).returning(parties.c.revision),
            stmt.on_conflict_do_nothing(**on).returning(parties.c.revision))


engine = make_engine(DATABASE_URL)
INSERTS = {"postgresql": inserts(postgresql.insert), "sqlite": inserts(sqlite.insert)}
UPDATE = (parties.update().where(parties.c.session_id == bindparam("match"))  # If-Match: *, only if it exists
          .values(revision=parties.c.revision + 1).returning(parties.c.revision))
UPDATE_AT = UPDATE.where(parties.c.revision == bindparam("at"))  # If-Match: "3", only if still at 3
LOAD = select(parties.c.session_id, parties.c.scene_index, parties.c.name, parties.c.heroes, parties.c.symbol_choice,
              parties.c.choices, parties.c.revision).where(parties.c.session_id.in_(bindparam("session_ids", expanding=True)))
log = logging.getLogger("uvicorn.error")


def save_statement(session_id, state, condition):
    """The statement that stores `state` as `condition` allows, and its parameters. It returns the
    new revision, or no row if the condition fails."""
    now = datetime.now(timezone.utc)
    values = {"name": state["party_name"], "heroes": state["heroes"], "symbol_choice": state["symbol_choice"],
              "scene_index": state["scene_index"], "choices": state["choices"], "updated_at": now}
    upsert, create = INSERTS[engine.dialect.name]
    if condition is None or condition == "create":
        stmt = upsert if condition is None else create
        values.update(id=uuid.uuid4(), session_id=session_id, created_at=now)
    else:
        stmt = UPDATE if condition == "*" else UPDATE_AT
        values.update(match=session_id, at=condition)
    return stmt, values


# --- Database calls: on threads of their own, in batches -----------------------------------------
def on_connection(work):
    """work(connection) on a pooled connection. One that died since its last use (the database
    restarted) invalidates the pool, and work runs once more on a new one."""
    for attempt in (1, 2):
        try:
            with engine.connect() as connection:
                return work(connection)
        except DBAPIError as exc:
            if attempt == 2 or not exc.connection_invalidated:
                raise


def load_all(session_ids):
    """The row of each session, or None where nothing is saved: one query for all."""
    rows = on_connection(lambda connection: connection.execute(LOAD, {"session_ids": session_ids}).all())
    found = {row.session_id: row for row in rows}
    return [found.get(session_id) for session_id in session_ids]


def save_each(saves):
    """PostgreSQL: each (statement, parameters) committed on its own; each one's new revision row,
    or None where its condition failed. PostgreSQL flushes concurrent commits together itself."""
    return on_connection(lambda connection: [connection.execute(*save).first() for save in saves])


def save_together(saves):
    """SQLite: (statement, parameters) pairs in one transaction, so one fsync makes them all durable;
    each one's new revision row, or None where its condition failed. Workers take turns through a
    lock file beside the database: the kernel hands it on as soon as it is free, where SQLite's busy
    handler sleeps between tries (measured with two workers: save p99 from about 1 s to 20 ms)."""
    def work(connection):
        with open(f"{engine.url.database}-writer", "a") as turn:  # opened once SQLite could open the database
            if fcntl:  # not on Windows: there, workers wait in SQLite's busy handler
                fcntl.flock(turn, fcntl.LOCK_EX)  # released when the file closes, or its worker dies
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # takes SQLite's write lock, or waits for it
            try:
                rows = [connection.execute(*save).first() for save in saves]
                connection.exec_driver_sql("COMMIT")
            except BaseException:
                connection.invalidate()  # closed, not reused: SQLite rolls back what it began
                raise
        return rows
    return on_connection(work)


class Batches:
    """Calls to `run` (a list of requests in, a list of answers out) on `threads` threads of their
    own, in batches: requests that arrive while every thread is busy wait, and the next free thread
    answers them together (up to `size`). A batch costs one thread hand-off and one pooled
    connection however many requests it answers; under load those were most of a request's time.
    asyncio's executor, not anyio's thread pool (Starlette's run_in_threadpool), costs far less."""

    def __init__(self, run, threads, size=BATCH):
        self.run, self.size, self.executor = run, size, ThreadPoolExecutor(threads)
        self.free, self.waiting, self.draining = threads, [], set()

    async def __call__(self, request):
        """The answer to `request`, once a batch that holds it has run."""
        answer = asyncio.get_running_loop().create_future()
        self.waiting.append((request, answer))
        if self.free:
            self.free -= 1
            task = asyncio.create_task(self.drain())
            self.draining.add(task)  # asyncio keeps only a weak reference to a task
            task.add_done_callback(self.draining.discard)
        return await answer

    async def drain(self):
        """Run batches on one thread until no request waits; then that thread is free again."""
        try:
            while self.waiting:
                batch, self.waiting = self.waiting[:self.size], self.waiting[self.size:]
                try:
                    results = await asyncio.get_running_loop().run_in_executor(
                        self.executor, self.run, [request for request, _ in batch])
                except Exception as exc:  # the database failed the whole batch
                    for _, answer in batch:
                        if not answer.done():  # done: its request was cancelled
                            answer.set_exception(exc)
                else:
                    for (_, answer), result in zip(batch, results):
                        if not answer.done():
                            answer.set_result(result)
        finally:
            self.free += 1


loads = Batches(load_all, LOAD_THREADS)
# SQLite takes one writer at a time: one thread, a commit per batch (save_together). PostgreSQL writes
# side by side: small batches (one round trip per save) keep its threads evenly busy (measured: 4
# did better than 1 or 8).
saves = {"sqlite": Batches(save_together, 1), "postgresql": Batches(save_each, SAVE_THREADS, size=4)}


# --- Checking a save: raw bytes in, (session_id, state) out, or Rejected ---------------------------
class Rejected(Exception):
    """A request omega refuses: answered as {"error": message} with this status."""

    def __init__(self, status, message):
        self.status, self.message = status, message


def check_session_id(session_id):
    if not (isinstance(session_id, str) and SESSION_ID.fullmatch(session_id) and session_id not in (".", "..")):
        raise Rejected(422, "session_id must be 1 to 128 characters from A-Z a-z 0-9 . _ ~ - (and not . or ..)")
    return session_id


def parse_json(raw):
    """The JSON object in `raw`: strict UTF-8 JSON, no NaN or Infinity, no repeated keys."""
    def no_constant(name):
        raise ValueError(f"{name} is not JSON")

    def no_repeats(pairs):
        keys = [key for key, _ in pairs]
        if len(set(keys)) != len(keys):
            raise ValueError(f"key {json.dumps(max(keys, key=keys.count))} appears twice in one object")
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


def fields(value, where, keys):
    """`value` as an object with exactly `keys`: none missing, none unknown."""
    if not isinstance(value, dict):
        raise Rejected(422, f"{where} must be an object with keys {', '.join(keys)}")
    for key in value:
        if key not in keys:
            raise Rejected(422, f"{where} has unknown key {json.dumps(key)}; allowed: {', '.join(keys)}")
    for key in keys:
        if key not in value:
            raise Rejected(422, f"{where}.{key} is required")
    return value


def integer(value, where, low, high):
    if type(value) is not int or not low <= value <= high:  # type(): a JSON true is not an integer
        raise Rejected(422, f"{where} must be an integer from {low} to {high}")
    return value


def text(value, where):
    if not isinstance(value, str) or not 1 <= len(value) <= MAX_TEXT or BAD_CHARACTER.search(value):
        raise Rejected(422, f"{where} must be a string of 1 to {MAX_TEXT} characters, without NUL or unpaired surrogates")
    return value


def decision(value, where):
    """A choice's value: a string, a number, true, false or null; never an object or a list."""
    if value is None or isinstance(value, bool):
        return value
    if type(value) in (int, float) and abs(value) <= MAX_SAFE_INTEGER:  # also refuses 1e400, read as inf
        return value
    if isinstance(value, str):
        return text(value, where)
    raise Rejected(422, f"{where} must be a string, a number from -{MAX_SAFE_INTEGER} to {MAX_SAFE_INTEGER}, true, false or null")


def check_save(raw):
    """The (session_id, state) of a save body, every rule checked; raises Rejected otherwise."""
    body = fields(parse_json(raw), "body", ("session_id", "state"))
    session_id = check_session_id(body["session_id"])
    state = fields(body["state"], "state", STATE_KEYS)
    integer(state["scene_index"], "state.scene_index", 1, SCENES)
    text(state["party_name"], "state.party_name")
    if state["symbol_choice"] is not None:
        text(state["symbol_choice"], "state.symbol_choice")
    heroes = state["heroes"]
    if not isinstance(heroes, list) or len(heroes) > MAX_HEROES:
        raise Rejected(422, f"state.heroes must be a list of at most {MAX_HEROES} heroes")
    for i, hero in enumerate(heroes):
        fields(hero, f"state.heroes[{i}]", HERO_KEYS)
        text(hero["name"], f"state.heroes[{i}].name")
        text(hero["class"], f"state.heroes[{i}].class")
        integer(hero["hp"], f"state.heroes[{i}].hp", 0, MAX_HP)
    choices = state["choices"]
    if not isinstance(choices, dict) or len(choices) > MAX_CHOICES:
        raise Rejected(422, f"state.choices must be an object of at most {MAX_CHOICES} entries")
    for key, value in choices.items():
        text(key, f"state.choices key {json.dumps(key)}")
        decision(value, f"state.choices[{json.dumps(key)}]")
    return session_id, state


async def read_body(request):
    """The request body, read from the stream and refused as soon as it passes MAX_BODY_BYTES."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise Rejected(413, f"body must be at most {MAX_BODY_BYTES} bytes")
    return bytes(body)


def precondition(headers):
    """What a save's If-Match or If-None-Match asks: None (always save), "create" (If-None-Match: *),
    "*" (If-Match: *, only if it exists) or a revision (If-Match: "3", only if still at 3)."""
    if_match, if_none_match = headers.get("if-match"), headers.get("if-none-match")
    if if_match is not None and if_none_match is not None:
        raise Rejected(400, "send If-Match or If-None-Match, not both")
    if if_none_match is not None:
        if if_none_match.strip() != "*":
            raise Rejected(400, "If-None-Match on a save must be * (save only if the session does not exist)")
        return "create"
    if if_match is None:
        return None
    if if_match.strip() == "*":
        return "*"
    tag = ETAG.fullmatch(if_match.strip())
    if tag is None:
        raise Rejected(400, 'If-Match must be * or one ETag as omega sent it, such as "3"')
    return int(tag[1])


# --- Endpoints -----------------------------------------------------------------------------------
async def save(request):
    session_id, state = check_save(await read_body(request))
    condition = precondition(request.headers)
    saved = await saves[engine.dialect.name](save_statement(session_id, state, condition))
    if saved is None:
        failed = PRECONDITION_FAILED.get(condition, PRECONDITION_FAILED["revision"])
        raise Rejected(412, failed.format(session_id=session_id, revision=condition) + "; nothing was saved")
    return JSONResponse({"status": "saved", "scene_index": state["scene_index"]}, headers={"ETag": f'"{saved.revision}"'})


async def load(request):
    session_id = check_session_id(request.path_params["session_id"])
    row = await loads(session_id)
    if row is None:
        raise Rejected(404, f"no state is saved for session_id {session_id}")
    headers = {"ETag": f'"{row.revision}"', "Cache-Control": "no-cache"}
    cached = [tag.strip().removeprefix("W/") for tag in request.headers.get("if-none-match", "").split(",")]
    if headers["ETag"] in cached or "*" in cached:  # the browser's copy is current
        return Response(status_code=304, headers=headers)
    state = {"scene_index": row.scene_index, "party_name": row.name, "heroes": row.heroes,
             "symbol_choice": row.symbol_choice, "choices": row.choices}
    return JSONResponse({"session_id": session_id, "state": state}, headers=headers)


# --- Application ---------------------------------------------------------------------------------
async def rejected(request, exc):
    return JSONResponse({"error": exc.message}, exc.status)


async def route_error(request, exc):
    """The router's 404 (no such path) and 405 (wrong method), as JSON."""
    return JSONResponse({"error": f"{exc.detail}: {request.method} {request.url.path}"}, exc.status_code, exc.headers)


async def database_unavailable(request, exc):
    log.warning("database unavailable: %s", type(getattr(exc, "orig", exc)).__name__)
    return JSONResponse({"error": "database unavailable; try again shortly"}, 503, {"Retry-After": "1"})


async def internal_error(request, exc):
    return JSONResponse({"error": "internal error"}, 500)


@contextlib.asynccontextmanager
async def lifespan(app):
    """Refuse to start on a database that is reachable but not migrated to SCHEMA_REVISION."""
    try:
        with engine.connect() as connection:
            migrated = inspect(connection).has_table("alembic_version")
            current = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() if migrated else None
    except (OperationalError, InterfaceError):
        log.warning("database unreachable at start-up; answering 503 until it is back")
    else:
        if current != SCHEMA_REVISION:
            raise SystemExit(f"omega: the database is at revision {current or 'none'}, omega needs {SCHEMA_REVISION}: "
                             "run `alembic upgrade head`")
    gc.freeze()  # what start-up made lives for good: the garbage collector stops re-scanning it
    yield


app = Starlette(
    routes=[Route("/api/v1/save", save, methods=["POST"]), Route("/api/v1/load/{session_id}", load, methods=["GET"])],
    middleware=[Middleware(CORSMiddleware, allow_origins=CORS_ORIGINS, allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type", "If-Match", "If-None-Match"], expose_headers=["ETag"])],
    exception_handlers={Rejected: rejected, HTTPException: route_error, Exception: internal_error,
                        OperationalError: database_unavailable, InterfaceError: database_unavailable,
                        PoolTimeout: database_unavailable},
    lifespan=lifespan,
)
