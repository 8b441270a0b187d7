"""Alembic environment: omega's metadata and omega's DATABASE_URL drive every migration."""
import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine, pool

import omega

if omega.PRODUCTION and "DATABASE_URL" not in os.environ:  # as omega's own start-up refuses it
    omega.stop("ENV=production needs DATABASE_URL: Alembic would migrate a local SQLite file")
if context.config.config_file_name is not None:
    fileConfig(context.config.config_file_name)
target_metadata = omega.metadata
url, connect_args = omega.connection_settings(omega.DATABASE_URL)  # any PostgreSQL spelling, and time limits, as omega
command = context.config.cmd_opts and context.config.cmd_opts.cmd[0].__name__  # `alembic <command>`, as typed
if command not in (None, "upgrade", "downgrade", "stamp"):  # only these may create a SQLite file: current, check or
    omega.refuse_a_missing_sqlite_file()  # revision --autogenerate refuse one that is not there


def run_migrations_offline():
    """Emit the migration as SQL (`alembic upgrade head --sql`) without connecting."""
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online():
    """Run the migration on the database, in batch mode so that SQLite can alter tables."""
    connectable = create_engine(url, connect_args=connect_args, poolclass=pool.NullPool)
    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
