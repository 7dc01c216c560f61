#!/usr/bin/env bash
# The sample's whole pipeline on this machine, as a CI server would run it:
#
#   1. predeploy   mvn verify -Pgate=predeploy       static analysis, unit tests with coverage, module tests
#   2. deploy      the packaged jar on a free local port, with its database (the "development" environment)
#   3. postdeploy  mvn verify -Pgate=postdeploy -Dfearless.baseUrl=...   health checks, smoke tests, E2E in Chromium
#   4. stop the app
#
# Usage: samples/pipeline.sh [--break=health|smoke]
#   --break=health  the app starts with its database down (its role may not log in): the service comes up without
#                   it, and the postdeploy gate STOPs at its health check
#   --break=smoke   the app's role loses INSERT on the loans table, so borrowing a book answers 500 while the health
#                   endpoint stays UP: the postdeploy gate STOPs at its smoke test
#
# Exit code: the first non-zero one. A gate's is Fearless's, read from its verdict (1 STOP, 2 configuration error,
# 3 the tests could not run; 3 as well when Maven ended without a verdict); 2 is also a missing prerequisite or a
# pipeline already running on this sample; 4 means the deploy itself failed. Reports of both gates are kept in
# samples/library-service/target/pipeline/{predeploy,postdeploy}.
#
# Needs: Java 17+, Fearless in the local Maven repository (./mvnw install -DskipTests at the repository root), psql and
# a PostgreSQL server where PGHOST/PGPORT/PGUSER/PGPASSWORD point (default 127.0.0.1:5432, user postgres) whose user
# may create roles and databases, and Chromium for the E2E tests (/usr/bin/chromium, or fearless.browser.executable).
# LIBRARY_DB (default library_dev) names the deployed app's database and role, LIBRARY_TEST_DB (default
# library_test) the module tests' database. MAVEN_ARGS is passed to Maven.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SAMPLE="$ROOT/samples/library-service"
MVN=("$ROOT/mvnw" -B -f "$SAMPLE/pom.xml")
REPORTS="$SAMPLE/target/pipeline"
DEPLOY="$SAMPLE/target/deploy"
DB_NAME="${LIBRARY_DB:-library_dev}"
TEST_DB="${LIBRARY_TEST_DB:-library_test}"
# A development environment's throwaway credential; a server with trust authentication ignores it.
DB_PASSWORD="${LIBRARY_DB_PASSWORD:-library-dev}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
START_TIMEOUT_SECONDS="${START_TIMEOUT_SECONDS:-120}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

BREAK=""
for arg in "$@"; do
  case "$arg" in
    --break=health | --break=smoke) BREAK="${arg#--break=}" ;;
    -h | --help) sed -n '2,24p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "pipeline.sh: unknown argument '$arg'; use --break=health, --break=smoke or --help" >&2; exit 2 ;;
  esac
done

say() { printf '\n== %s\n' "$*"; }
refuse() { echo "pipeline.sh: $*" >&2; exit 2; }

# ---- prerequisites: checked before minutes of predeploy, each a usage error (2) that says what to do ---------------
for name in "$DB_NAME" "$TEST_DB"; do
  [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || refuse "database name '$name' must be a lower-case SQL identifier"
done
command -v "$JAVA" >/dev/null || refuse "no java on the PATH (or JAVA_HOME); install Java 17 or newer"
command -v psql >/dev/null || refuse "no psql on the PATH; install PostgreSQL's client (apt-get install postgresql-client)"
psql -X -q -tA -d postgres -c "SELECT 1" >/dev/null 2>&1 ||
  refuse "cannot connect to PostgreSQL at $PGHOST:$PGPORT as $PGUSER; start it, or set PGHOST, PGPORT, PGUSER, PGPASSWORD"
if [[ -z "${FEARLESS_BROWSER_EXECUTABLE:-}" && ! -x /usr/bin/chromium && ! -x /usr/bin/chromium-browser ]]; then
  refuse "no Chromium for the E2E tests; apt-get install chromium, or set FEARLESS_BROWSER_EXECUTABLE"
fi

# One pipeline per sample at a time: two would share target/, the deployed app's database and its breaks. Children
# do not inherit the lock (9>&-), so an app a killed run left behind does not hold it.
mkdir -p "$SAMPLE/target"
exec 9>"$SAMPLE/target/pipeline.lock"
flock -n 9 || refuse "another pipeline.sh is running on $SAMPLE (it holds $SAMPLE/target/pipeline.lock)"

# ---- gates ----------------------------------------------------------------------------------------------------------
VERDICT="$SAMPLE/target/fearless/verdict.json"

# A top-level field of the verdict (the first occurrence is the gate's own; steps come after).
verdict_field() {
  grep -o "\"$1\" *: *\\(\"\\([^\"\\\\]\\|\\\\.\\)*\"\\|[0-9]*\\)" "$VERDICT" | head -1 |
    sed "s/^\"$1\" *: *//; s/^\"//; s/\"\$//; s/\\\\\"/\"/g"
}

MAVEN_PID=""
# Maven runs in the background so that a TERM or INT (a cancelled CI job) reaches it at once, not after the gate.
maven() {
  "${MVN[@]}" "$@" 9>&- &
  MAVEN_PID=$!
  wait "$MAVEN_PID"
  local code=$?
  MAVEN_PID=""
  return "$code"
}

# Runs one gate, keeps its reports, prints its decision and returns Fearless's exit code for it.
gate() {
  local name="$1"; shift
  say "$name gate"
  # Both gates report into target/fearless; each starts from an empty folder, and its reports are kept below.
  rm -rf "$SAMPLE/target/fearless"
  maven verify "-Pgate=$name" "$@"
  local maven_code=$? code
  rm -rf "${REPORTS:?}/$name" && mkdir -p "$REPORTS"
  if [[ -s "$VERDICT" ]]; then
    cp -r "$SAMPLE/target/fearless" "$REPORTS/$name"
    code="$(verdict_field exitCode)"
    [[ "$code" =~ ^[0-9]+$ ]] || code=3 # a verdict without its exit code is not one to act on
    # A GO after which Maven still failed did not end well: the tests' results are not the whole story.
    [[ "$code" == 0 && $maven_code -ne 0 ]] && code=3
    say "$name: $(verdict_field decision): $(verdict_field reason) (exit $code)"
  else
    code=3
    say "$name: no verdict: Maven ended before the gate decided (see its output above) (exit $code)"
    echo "   If Maven could not resolve dev.fearless artifacts, install Fearless first: ./mvnw install -DskipTests"
  fi
  return "$code"
}

# ---- the development environment ------------------------------------------------------------------------------------
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -d "${2:-postgres}" -c "$1"; }

ensure_database() { # name owner
  if [[ "$(psql -X -tA -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$1'")" != 1 ]]; then
    psql_admin "CREATE DATABASE $1 OWNER $2"
  fi
}

# The app's role and database, created once and reset to working order on every run (a --break run that was killed
# may have left the role locked or a privilege revoked). The module tests' database, too.
provision_databases() {
  psql_admin "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_NAME') THEN CREATE ROLE $DB_NAME; END IF;
    END \$\$; ALTER ROLE $DB_NAME LOGIN PASSWORD '$DB_PASSWORD';" &&
    ensure_database "$DB_NAME" "$DB_NAME" &&
    psql_admin "GRANT ALL ON ALL TABLES IN SCHEMA public TO $DB_NAME" "$DB_NAME" &&
    ensure_database "$TEST_DB" "$PGUSER"
}

# Asks a process to end (Spring Boot shuts down gracefully on TERM), and kills it after 20 s.
stop_process() {
  kill "$1" 2>/dev/null
  for _ in $(seq 1 40); do
    kill -0 "$1" 2>/dev/null || break
    sleep 0.5
  done
  kill -9 "$1" 2>/dev/null
}

APP_PID=""
stop_app() {
  [[ -n "$APP_PID" ]] || return 0
  say "stop: library-service (pid $APP_PID)"
  stop_process "$APP_PID"
  wait "$APP_PID" 2>/dev/null
  rm -f "$DEPLOY/app.pid"
  APP_PID=""
}

# An app a killed run left behind (its pid file names it) would hold the database and confuse the next deploy.
stop_leftover_app() {
  local pid
  pid="$(cat "$DEPLOY/app.pid" 2>/dev/null)" || return 0
  if [[ -n "$pid" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$DEPLOY/library-service.jar"; then
    echo "deploy: stopping library-service (pid $pid) that an earlier run left running"
    stop_process "$pid"
  fi
  rm -f "$DEPLOY/app.pid"
}

restore_database() {
  [[ -n "$BREAK" ]] || return 0
  psql_admin "ALTER ROLE $DB_NAME LOGIN" >/dev/null 2>&1
  psql_admin "GRANT ALL ON ALL TABLES IN SCHEMA public TO $DB_NAME" "$DB_NAME" >/dev/null 2>&1
}

trap 'stop_app; restore_database' EXIT
trap '[[ -n "$MAVEN_PID" ]] && kill -TERM "$MAVEN_PID" 2>/dev/null; exit 130' INT TERM

# Starts the jar from a folder of its own (the next build rewrites target/*.jar while it runs) on a port the OS picks,
# and waits until Spring Boot has written that port: by then the server listens, and Flyway has migrated unless the
# database was down (the app then starts without it and says so in its health).
deploy() {
  say "deploy: library-service to the development environment"
  stop_leftover_app
  local version jar
  version="$(sed -n 's/^build.version=//p' "$SAMPLE/target/classes/META-INF/build-info.properties" 2>/dev/null)"
  jar="$SAMPLE/target/library-service-$version.jar"
  [[ -n "$version" && -f "$jar" ]] || { echo "deploy: no $jar; the predeploy build makes it"; return 4; }
  rm -rf "$DEPLOY" && mkdir -p "$DEPLOY"
  cp "$jar" "$DEPLOY/library-service.jar"

  if [[ "$BREAK" == health ]]; then
    say "break: library-service starts with its database down (its role may not log in)"
    { psql_admin "ALTER ROLE $DB_NAME NOLOGIN" &&
      psql_admin "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '$DB_NAME'" >/dev/null; } ||
      { echo "break: could not take the database away"; return 4; }
  fi

  PORTFILE="$DEPLOY/app.port" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" "$JAVA" -jar "$DEPLOY/library-service.jar" \
    --server.address=127.0.0.1 --server.port=0 \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB_NAME" \
    --spring.datasource.username="$DB_NAME" \
    >"$DEPLOY/app.log" 2>&1 9>&- &
  APP_PID=$!
  echo "$APP_PID" >"$DEPLOY/app.pid"

  local waited=0
  until [[ -s "$DEPLOY/app.port" ]]; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      APP_PID=""
      echo "deploy: library-service exited while starting; the end of $DEPLOY/app.log:"
      tail -n 30 "$DEPLOY/app.log"
      return 4
    fi
    if ((waited >= START_TIMEOUT_SECONDS * 2)); then
      echo "deploy: library-service did not start within ${START_TIMEOUT_SECONDS}s; the end of $DEPLOY/app.log:"
      tail -n 30 "$DEPLOY/app.log"
      return 4
    fi
    sleep 0.5
    waited=$((waited + 1))
  done
  BASE_URL="http://127.0.0.1:$(cat "$DEPLOY/app.port")"
  export FEARLESS_EXPECTED_VERSION="$version"
  say "deploy: library-service $version is running at $BASE_URL (pid $APP_PID, log $DEPLOY/app.log)"

  if [[ "$BREAK" == smoke ]]; then
    say "break: library-service may no longer record loans (POST /api/loans answers 500)"
    psql_admin "REVOKE INSERT ON loans FROM $DB_NAME" "$DB_NAME" || { echo "break: could not revoke INSERT"; return 4; }
  fi
}

# The module tests' PostgreSQL is the server above (with Docker, Testcontainers starts one instead); the password, if
# any, goes through the environment rather than the command line.
export FEARLESS_SERVICES_POSTGRES_PASSWORD="${PGPASSWORD:-}"
# This run's reports only: a folder an earlier run left (its GO, say) must not pass for this run's, whichever step
# this one ends at.
rm -rf "${REPORTS:?}"
provision_databases || refuse "cannot create the databases $DB_NAME and $TEST_DB on $PGHOST:$PGPORT as $PGUSER"
gate predeploy "-Dfearless.services.postgres.url=jdbc:postgresql://$PGHOST:$PGPORT/$TEST_DB" \
  "-Dfearless.services.postgres.username=$PGUSER" || exit $?
deploy || exit $?
gate postdeploy "-Dfearless.baseUrl=$BASE_URL"
code=$?
stop_app
exit "$code"
