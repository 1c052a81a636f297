#!/bin/sh
# Restores an archive written by scripts/backup.sh: the database, then the uploaded files.
#
#   scripts/restore.sh [--force] [--no-uploads] FILE
#   npm run restore -- [--force] FILE                  (development; DATABASE_URL or the embedded database)
#   docker compose run --rm backup restore.sh --force /backups/FILE   (production; stop app and worker first)
#
# Environment: DATABASE_URL (required: the database must exist), DATA_DIR (default .data),
# PG_BIN (folder of pg_restore and psql; default: PATH).
#
# - A database that already holds tables, or an uploads folder that already holds files, is left
#   alone unless --force is given; with --force, everything in the schema "public" is replaced.
# - Nothing is left half restored: the archive is checked and unpacked first; the database is
#   emptied and loaded in one transaction (psql --single-transaction, stop at the first error),
#   so a failure leaves it exactly as it was; the uploads are unpacked beside the live folder and
#   swapped in only after the database transaction committed.
# - The search indexes are not in the archive: rebuild them afterwards (npm run search:rebuild).
#
# Exit status: 0 restored, 1 failed (nothing changed), 2 usage, 3 refused (not empty, no --force).
set -eu
script_name=restore.sh
. "$(dirname "$0")/backup-common.sh"

usage() {
  cat >&2 <<'EOF'
usage: restore.sh [--force] [--no-uploads] FILE
  --force        replace the contents of a database (and an uploads folder) that is not empty
  --no-uploads   restore the database only, leave DATA_DIR/uploads as it is
EOF
}

force=no
with_uploads=yes
file=''
while [ $# -gt 0 ]; do
  case "$1" in
    --force) force=yes; shift ;;
    --no-uploads) with_uploads=no; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) usage; exit 2 ;;
    *)
      [ -z "$file" ] || { usage; exit 2; }
      file=$1
      shift
      ;;
  esac
done
[ -n "$file" ] || { usage; exit 2; }
[ -f "$file" ] || die "$file: no such file"

require_database_url
data_dir=${DATA_DIR:-.data}
pg_restore=$(pg_tool pg_restore)
psql=$(pg_tool psql)

umask 077
work=$(mktemp -d "${TMPDIR:-/tmp}/hub-restore.XXXXXX")
staging=''
trap 'rm -rf "$work" ${staging:+"$staging"}' EXIT
trap 'exit 130' INT TERM
started=$(date +%s)

# 1. The archive: complete, of this format, readable by this pg_restore.
tar -xf "$file" -C "$work" || die "$file is not a readable tar archive"
[ -f "$work/manifest.txt" ] && [ -f "$work/database.pgdump" ] || die "$file is not a backup of the hub (no manifest.txt or database.pgdump inside)"
manifest() { sed -n "s/^$1=//p" "$work/manifest.txt" | head -n 1; }
[ "$(manifest format)" = "$ARCHIVE_FORMAT" ] || die "$file has format '$(manifest format)', expected '$ARCHIVE_FORMAT'"
dumped_by=$(manifest pg_dump_major)
client_major=$(tool_major "$pg_restore")
if [ "$client_major" -lt "$dumped_by" ]; then
  die "the archive was written by pg_dump $dumped_by; pg_restore $client_major cannot read it. Use the client tools of version $dumped_by or newer (PG_BIN, or the compose service \"backup\")."
fi
say "archive of $(manifest created): $(manifest tables) tables, migration $(manifest latest_migration), uploads: $(manifest uploads) ($(manifest upload_files) files)"
"$pg_restore" --no-owner --no-privileges --file="$work/restore.sql" "$work/database.pgdump" ||
  die "pg_restore could not read the database dump in $file (see above): nothing was changed"

# 2. The target: refuse to overwrite anything without --force.
tables=$(sql_value "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public'") || exit 1
restore_uploads=no
[ "$with_uploads" = yes ] && [ -f "$work/uploads.tar" ] && restore_uploads=yes
existing_files=0
if [ "$restore_uploads" = yes ] && [ -d "$data_dir/uploads" ]; then
  existing_files=$(find "$data_dir/uploads" -type f | wc -l | tr -d ' ')
fi
if [ "$force" = no ] && { [ "$tables" -gt 0 ] || [ "$existing_files" -gt 0 ]; }; then
  say "refused: the database already holds $tables tables and $data_dir/uploads $existing_files files."
  say "Restoring replaces all of it. Stop the portal and the worker, make a backup of the current state if it may be needed, then run again with --force."
  exit 3
fi

# 3. Uploads unpacked beside the live folder (same file system, so the swap below is a rename).
if [ "$restore_uploads" = yes ]; then
  mkdir -p "$data_dir"
  staging=$(mktemp -d "$data_dir/.restore-uploads.XXXXXX")
  tar -xf "$work/uploads.tar" -C "$staging" || die "the uploads in $file could not be unpacked: nothing was changed"
  [ -d "$staging/uploads" ] || die "the uploads in $file have no uploads/ folder: nothing was changed"
  # As root (a container's default user), hand the files to the owner of DATA_DIR (the portal's user).
  if [ "$(id -u)" = 0 ]; then chown -R "$(stat -c %u:%g "$data_dir")" "$staging/uploads"; fi
fi

# 4. The database, in one transaction: empty the schema "public", then load the dump.
cat > "$work/empty.sql" <<'EOF'
-- Drops everything in the schema "public" that no extension owns: views, tables (with their
-- indexes, constraints and sequences), other sequences, routines and types. The schema itself
-- stays, with its owner and grants.
SET client_min_messages = warning;
DO $empty$
DECLARE
  statement text;
BEGIN
  FOR statement IN
    SELECT format('DROP %s IF EXISTS public.%I CASCADE',
                  CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
                                 WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
                  c.relname)
      FROM pg_catalog.pg_class c
     WHERE c.relnamespace = 'public'::regnamespace
       AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                        WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
     ORDER BY c.relkind IN ('v', 'm') DESC, c.relkind = 'S', c.relname
  LOOP
    EXECUTE statement;
  END LOOP;
  FOR statement IN
    SELECT format('DROP ROUTINE IF EXISTS public.%I(%s) CASCADE', p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid))
      FROM pg_catalog.pg_proc p
     WHERE p.pronamespace = 'public'::regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                        WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE statement;
  END LOOP;
  -- Enums, domains, ranges and standalone composite types (table row types went with the tables).
  FOR statement IN
    SELECT format('DROP TYPE IF EXISTS public.%I CASCADE', t.typname)
      FROM pg_catalog.pg_type t
     WHERE t.typnamespace = 'public'::regnamespace
       AND t.typtype IN ('e', 'd', 'r', 'c')
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                        WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
  LOOP
    EXECUTE statement;
  END LOOP;
END
$empty$;
EOF
say "loading the database in one transaction ($tables tables there now)"
if ! "$psql" -X -q -v ON_ERROR_STOP=1 --single-transaction -d "$DATABASE_URL" -f "$work/empty.sql" -f "$work/restore.sql" > "$work/psql.log"; then
  die "the database restore failed (see the message above) and was rolled back: the database is as it was before"
fi

# 5. Uploads swapped in only now that the database is restored.
if [ "$restore_uploads" = yes ]; then
  previous="$data_dir/.uploads-before-restore.$$"
  [ -d "$data_dir/uploads" ] && mv "$data_dir/uploads" "$previous"
  mv "$staging/uploads" "$data_dir/uploads"
  rm -rf "$previous"
  say "restored $(find "$data_dir/uploads" -type f | wc -l | tr -d ' ') uploaded files into $data_dir/uploads"
elif [ "$with_uploads" = no ]; then
  say "uploads left as they are (--no-uploads)"
else
  say "the archive holds no uploads: $data_dir/uploads left as it is (uploads kept elsewhere, e.g. S3, are restored from there)"
fi

restored=$(sql_value "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public'") || exit 1
say "restored $restored tables in $(($(date +%s) - started)) s."
say "Next: rebuild the search index (npm run search:rebuild), then start the portal; it applies newer migrations first."
