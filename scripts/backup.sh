#!/bin/sh
# Backs up the hub into one tar archive: the PostgreSQL database (pg_dump, custom format, without
# owners or grants) and the uploaded files under DATA_DIR/uploads.
#
#   scripts/backup.sh --out FILE [--no-uploads]
#   npm run backup -- --out FILE                       (development; DATABASE_URL or the embedded database)
#   docker compose run --rm backup backup.sh --out /backups/hub-$(date +%F).tar   (production)
#
# Environment: DATABASE_URL (required), DATA_DIR (default .data), PG_BIN (folder of pg_dump and
# psql; default: PATH). pg_dump must be of the server's major version or newer: an older one is
# refused here, before anything is written. The archive holds:
#   manifest.txt      format, date, versions, what is inside
#   database.pgdump   pg_dump --format=custom (restore with scripts/restore.sh, or pg_restore)
#   uploads.tar       DATA_DIR/uploads, when it exists and --no-uploads is not given
# It is written next to FILE under a temporary name and renamed when complete: a failed backup
# leaves no partial FILE. Search indexes are not backed up: they are rebuilt from the database.
set -eu
script_name=backup.sh
. "$(dirname "$0")/backup-common.sh"

usage() {
  cat >&2 <<'EOF'
usage: backup.sh --out FILE [--no-uploads]
  --out FILE     the archive to write (a .tar file; an existing file is replaced)
  --no-uploads   leave out DATA_DIR/uploads (uploads kept elsewhere, e.g. in an S3 bucket)
EOF
}

out=''
with_uploads=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --out)
      [ $# -ge 2 ] || { usage; exit 2; }
      out=$2
      shift 2
      ;;
    --out=*) out=${1#--out=}; shift ;;
    --no-uploads) with_uploads=no; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage; exit 2 ;;
  esac
done
[ -n "$out" ] || { usage; exit 2; }

require_database_url
data_dir=${DATA_DIR:-.data}
pg_dump=$(pg_tool pg_dump)
psql=$(pg_tool psql)

client_major=$(tool_major "$pg_dump")
server=$(server_major) || exit 1
if [ "$client_major" -lt "$server" ]; then
  die "pg_dump $client_major cannot back up a PostgreSQL $server server ($pg_dump). Use the client tools of version $server or newer: set PG_BIN to their folder, or run this script in the postgres container's image (docker compose run --rm backup ..., docs/operations.md)."
fi

# Backups hold password hashes and unpublished content: readable by their owner only.
umask 077
out_dir=$(dirname "$out")
[ -d "$out_dir" ] || die "the folder of $out does not exist"
work=$(mktemp -d "$out_dir/.hub-backup.XXXXXX")
partial="$out.partial"
trap 'rm -rf "$work" "$partial"' EXIT
trap 'exit 130' INT TERM

started=$(date +%s)
say "dumping the database (pg_dump $(tool_version "$pg_dump"), server PostgreSQL $(sql_value 'SHOW server_version'))"
"$pg_dump" --format=custom --no-owner --no-privileges --file="$work/database.pgdump" --dbname="$DATABASE_URL"

upload_files=0
uploads=none
# Files are copied after the dump: every upload the dumped records refer to is already on disk.
if [ "$with_uploads" = yes ]; then
  if [ -d "$data_dir/uploads" ]; then
    say "copying the uploaded files from $data_dir/uploads"
    tar -cf "$work/uploads.tar" -C "$data_dir" uploads
    upload_files=$(find "$data_dir/uploads" -type f | wc -l | tr -d ' ')
    uploads=uploads.tar
  else
    say "no $data_dir/uploads folder: the archive holds the database only"
  fi
fi

tables=$(sql_value "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public'")
migration=''
if [ "$(sql_value "SELECT to_regclass('public.payload_migrations') IS NOT NULL")" = t ]; then
  migration=$(sql_value "SELECT coalesce(max(name), '') FROM public.payload_migrations")
fi
{
  echo "format=$ARCHIVE_FORMAT"
  echo "created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "server_version=$(sql_value 'SHOW server_version_num')"
  echo "pg_dump_major=$client_major"
  echo "pg_dump_version=$(tool_version "$pg_dump")"
  echo "database=database.pgdump"
  echo "tables=$tables"
  echo "latest_migration=$migration"
  echo "uploads=$uploads"
  echo "upload_files=$upload_files"
} > "$work/manifest.txt"

members='manifest.txt database.pgdump'
[ "$uploads" = none ] || members="$members uploads.tar"
# shellcheck disable=SC2086 # the member names have no spaces
(cd "$work" && tar -cf - $members) > "$partial"
mv "$partial" "$out"
size=$(wc -c < "$out" | tr -d ' ')
say "wrote $out ($size bytes: $tables tables, $upload_files uploaded files) in $(($(date +%s) - started)) s"
