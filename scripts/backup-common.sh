# Shared by scripts/backup.sh and scripts/restore.sh (sourced, not run). POSIX sh: it runs under
# Debian's dash, bash, and the BusyBox shell of the postgres:17-alpine image (compose service
# "backup", see docs/operations.md).

ARCHIVE_FORMAT='inclusion-practice-hub-backup/1'

say() { printf '%s: %s\n' "$script_name" "$*" >&2; }
die() { say "$*"; exit 1; }

# Path of a PostgreSQL client tool: from PG_BIN when set, otherwise from PATH.
pg_tool() {
  if [ -n "${PG_BIN:-}" ]; then
    [ -x "$PG_BIN/$1" ] || die "PG_BIN is $PG_BIN, which has no executable $1"
    printf '%s\n' "$PG_BIN/$1"
  else
    command -v "$1" 2>/dev/null || die "$1 not found on PATH: install the PostgreSQL client tools of the server's major version (or newer), or set PG_BIN to the folder that holds them"
  fi
}

# Major version of a client tool, from its --version line ("pg_dump (PostgreSQL) 17.6 (...)").
tool_major() {
  "$1" --version | sed -n 's/^[^0-9]*\([0-9][0-9]*\).*$/\1/p' | head -n 1
}

tool_version() {
  "$1" --version | sed -n 's/^[^0-9]*\([0-9][0-9.]*\).*$/\1/p' | head -n 1
}

# One value from the database, or a clear stop when it cannot be reached.
sql_value() {
  "$psql" -X -A -t -q -v ON_ERROR_STOP=1 -d "$DATABASE_URL" -c "$1" ||
    die "could not query the database (see the message above); check DATABASE_URL"
}

server_major() {
  num=$(sql_value 'SHOW server_version_num') || exit 1
  printf '%s\n' $((num / 10000))
}

require_database_url() {
  [ -n "${DATABASE_URL:-}" ] || die 'DATABASE_URL is not set (postgres://user:password@host:port/database)'
  case "$DATABASE_URL" in
    postgres://* | postgresql://*) ;;
    *) die 'DATABASE_URL must start with postgres:// or postgresql://' ;;
  esac
}
