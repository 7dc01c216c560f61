#!/usr/bin/env bash
# The sample's whole pipeline on this machine, as a CI server would run it:
#
#   1. predeploy   mvn verify -Pgate=predeploy       static analysis, unit tests with coverage, module tests
#   2. deploy      the packaged jar on a free local port, with its database (the "development" environment)
#   3. postdeploy  mvn verify -Pgate=postdeploy -Dfearless.baseUrl=...   health checks, smoke tests, E2E in Chromium
#   4. stop the app
#
# Usage: samples/pipeline.sh [--break=health|smoke]
#   --break=health  once the app is up, its database refuses it (its role may no longer log in and its connections
#                   are closed): the postdeploy gate STOPs at its health check
#   --break=smoke   the app's role loses INSERT on the loans table, so borrowing a book answers 500 while the health
#                   endpoint stays UP: the postdeploy gate STOPs at its smoke test
#
# Exit code: the first non-zero one of the steps. A gate's is Fearless's (1 STOP, 2 configuration error, 3 the tests
# could not run); 4 means the deploy itself failed. Reports of both gates are kept in
# samples/library-service/target/pipeline/{predeploy,postdeploy}.
#
# Needs: Java 17+, Fearless installed in the local Maven repository (./mvnw install -DskipTests at the repository
# root), a PostgreSQL server where PGHOST/PGPORT/PGUSER point (default 127.0.0.1:5432, user postgres) that may create
# a role and a database, psql, and Chromium for the E2E tests (/usr/bin/chromium). MAVEN_ARGS is passed to Maven.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SAMPLE="$ROOT/samples/library-service"
MVN=("$ROOT/mvnw" -B -f "$SAMPLE/pom.xml")
REPORTS="$SAMPLE/target/pipeline"
DEPLOY="$SAMPLE/target/deploy"
DB_NAME="${LIBRARY_DB:-library_dev}"
DB_ROLE="${LIBRARY_DB_ROLE:-library_dev}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
START_TIMEOUT_SECONDS="${START_TIMEOUT_SECONDS:-120}"

BREAK=""
for arg in "$@"; do
  case "$arg" in
    --break=health | --break=smoke) BREAK="${arg#--break=}" ;;
    -h | --help) sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "pipeline.sh: unknown argument '$arg'; use --break=health, --break=smoke or --help" >&2; exit 2 ;;
  esac
done

say() { printf '\n== %s\n' "$*"; }

# The gate's decision and reason, from the verdict it just wrote (the first "decision" is the gate's own).
verdict_line() {
  local file="$SAMPLE/target/fearless/verdict.json"
  if [[ ! -s "$file" ]]; then
    echo "no verdict (the gate did not run: see the Maven output above)"
    return
  fi
  local decision reason
  decision="$(grep -o '"decision" *: *"[A-Z]*"' "$file" | head -1 | sed 's/.*"\([A-Z]*\)"$/\1/')"
  reason="$(grep -o '"reason" *: *"\([^"\\]\|\\.\)*"' "$file" | head -1 | sed 's/^"reason" *: *"//; s/"$//; s/\\"/"/g')"
  echo "$decision${reason:+: $reason}"
}

# Runs one gate; keeps its reports and prints its decision. Returns Maven's exit code.
gate() {
  local name="$1"; shift
  say "$name gate"
  # Both gates report into target/fearless; each starts from an empty folder, and its reports are kept below.
  rm -rf "$SAMPLE/target/fearless"
  "${MVN[@]}" verify "-Pgate=$name" "$@"
  local code=$?
  rm -rf "${REPORTS:?}/$name" && mkdir -p "$REPORTS"
  [[ -d "$SAMPLE/target/fearless" ]] && cp -r "$SAMPLE/target/fearless" "$REPORTS/$name"
  say "$name: $(verdict_line) (exit $code)"
  if [[ $code -ne 0 && ! -s "$SAMPLE/target/fearless/verdict.json" ]]; then
    echo "   If Maven could not resolve dev.fearless artifacts, install Fearless first: ./mvnw install -DskipTests"
  fi
  return "$code"
}

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -d "${2:-postgres}" -c "$1"; }

# The development environment's database: a role and a database of its own, created once, reset to working order on
# every deploy (a previous --break run may have left the role locked or a privilege revoked).
provision_database() {
  psql_admin "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_ROLE') THEN CREATE ROLE $DB_ROLE LOGIN; END IF;
    END \$\$; ALTER ROLE $DB_ROLE LOGIN;" || return 1
  if [[ "$(psql -X -tA -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]]; then
    psql_admin "CREATE DATABASE $DB_NAME OWNER $DB_ROLE" || return 1
  fi
  psql_admin "GRANT ALL ON ALL TABLES IN SCHEMA public TO $DB_ROLE" "$DB_NAME"
}

APP_PID=""
stop_app() {
  [[ -n "$APP_PID" ]] || return 0
  say "stop: library-service (pid $APP_PID)"
  kill "$APP_PID" 2>/dev/null
  for _ in $(seq 1 40); do
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.5
  done
  kill -9 "$APP_PID" 2>/dev/null
  wait "$APP_PID" 2>/dev/null
  APP_PID=""
}

restore_database() {
  [[ -n "$BREAK" ]] || return 0
  psql_admin "ALTER ROLE $DB_ROLE LOGIN" >/dev/null 2>&1
  psql_admin "GRANT ALL ON ALL TABLES IN SCHEMA public TO $DB_ROLE" "$DB_NAME" >/dev/null 2>&1
}

trap 'stop_app; restore_database' EXIT
trap 'exit 130' INT TERM

# Starts the jar from a folder of its own (the next build may rewrite target/*.jar while it runs) on a port the OS
# picks, and waits until Spring Boot has written that port: by then Flyway has migrated and the server listens.
deploy() {
  say "deploy: library-service to the development environment"
  provision_database || { echo "deploy: cannot prepare database $DB_NAME on $PGHOST:$PGPORT as $PGUSER"; return 4; }
  local jar version
  jar="$(ls "$SAMPLE"/target/library-service-*.jar 2>/dev/null | head -1)"
  [[ -n "$jar" ]] || { echo "deploy: no jar in $SAMPLE/target; the predeploy build makes it"; return 4; }
  version="$(sed -n 's/^build.version=//p' "$SAMPLE/target/classes/META-INF/build-info.properties")"
  rm -rf "$DEPLOY" && mkdir -p "$DEPLOY"
  cp "$jar" "$DEPLOY/library-service.jar"

  PORTFILE="$DEPLOY/app.port" java -jar "$DEPLOY/library-service.jar" \
    --server.address=127.0.0.1 --server.port=0 \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB_NAME" \
    --spring.datasource.username="$DB_ROLE" \
    >"$DEPLOY/app.log" 2>&1 &
  APP_PID=$!

  local waited=0
  until [[ -s "$DEPLOY/app.port" ]]; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      APP_PID=""
      echo "deploy: library-service exited while starting; the end of $DEPLOY/app.log:"
      tail -n 30 "$DEPLOY/app.log"
      return 4
    fi
    if ((waited >= START_TIMEOUT_SECONDS * 2)); then
      echo "deploy: library-service did not start within ${START_TIMEOUT_SECONDS}s; see $DEPLOY/app.log"
      return 4
    fi
    sleep 0.5
    waited=$((waited + 1))
  done
  BASE_URL="http://127.0.0.1:$(cat "$DEPLOY/app.port")"
  export FEARLESS_EXPECTED_VERSION="$version"
  say "deploy: library-service $version is running at $BASE_URL (pid $APP_PID, log $DEPLOY/app.log)"

  case "$BREAK" in
    health)
      say "break: the database refuses library-service from now on"
      psql_admin "ALTER ROLE $DB_ROLE NOLOGIN" &&
        psql -X -q -tA -d postgres -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '$DB_ROLE'" >/dev/null
      ;;
    smoke)
      say "break: library-service may no longer record loans (POST /api/loans answers 500)"
      psql_admin "REVOKE INSERT ON loans FROM $DB_ROLE" "$DB_NAME"
      ;;
  esac
}

gate predeploy || exit $?
deploy || exit $?
gate postdeploy "-Dfearless.baseUrl=$BASE_URL"
code=$?
stop_app
exit "$code"
