#!/usr/bin/env bash
# Times the report writers: streams N generated test results (default 50,000) through verdict.json, the JUnit XML,
# summary.md and report.html in a JVM limited to -Xmx256m, the gate's memory budget, and prints the time.
#
#   bench/reports.sh [N]        MVN_FLAGS=-o bench/reports.sh   (offline, when the dependencies are there)
#
# Builds the reports module's test classes (with the modules it needs, never install) and runs
# dev.fearless.reports.ReportsBenchmark. The reports go to reports/target/bench-reports.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
N=${1:-50000}
XMX=${XMX:-256m}

cd "$ROOT"
# shellcheck disable=SC2086
./mvnw -B -q ${MVN_FLAGS:-} -pl reports -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test

CP="reports/target/test-classes:reports/target/classes:$(cat reports/target/bench-classpath.txt)"
"$JAVA" "-Xmx$XMX" -cp "$CP" dev.fearless.reports.ReportsBenchmark "$N" reports/target/bench-reports
