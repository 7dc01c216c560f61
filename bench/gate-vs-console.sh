#!/usr/bin/env bash
# Compares a Fearless gate with the JUnit Console Launcher on one generated suite of trivial tests.
#
#   bench/gate-vs-console.sh [N]            time N tests (default 20000): console and gate, interleaved, in one run
#   bench/gate-vs-console.sh --memory [N]   run N tests (default 100000) through the gate with its JVM at -Xmx256m
#   GATE_JVM_FLAGS="-Dfearless.launcher=same" bench/gate-vs-console.sh   the gate in the one JVM java starts (on two
#                  cores or fewer the CLI otherwise runs it in a second JVM without C2; the flags go to both)
#   bench/gate-vs-console.sh --compare OTHER.jar   also time another build of the CLI in each round, e.g. main's
#   GATE_JVM_FLAGS="-Dfearless.launcher.archive=off" bench/gate-vs-console.sh   the second JVM without its class archive
#   CONSOLE_AGENT_OPTIONS=append=false bench/gate-vs-console.sh   the Console Launcher's JaCoCo agent instrumenting
#                  every class, as builds usually run it (by default it instruments what the gate's does: bench.*)
#
# Both tools run the same test classes with the same test-JVM flags and a JaCoCo agent, so the ratio
# gate/console is what Fearless adds (fork protocol, coverage analysis, rules, reports) over plain JUnit.
# A third run per round, "floor", is a JVM that only starts the Console Launcher as its child: the part of the
# ratio that any runner with a forked test JVM pays, whatever it does.
# Needs the CLI jar: ./mvnw -B -pl framework/fearless-cli -am package -DskipTests (or FEARLESS_CLI_JAR=path).
# Exits non-zero if either tool fails, or if the gate's verdict is not GO over all N tests.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
CLI_JAR=${FEARLESS_CLI_JAR:-$ROOT/framework/fearless-cli/target/fearless-cli-0.1.0-SNAPSHOT.jar}
TESTS_PER_CLASS=100

usage() {
  cat <<EOF
usage: $0 [N] [--rounds R] [--warmup W] [--xmx SIZE] [--work-dir DIR] [--compare JAR]
       $0 --memory [N] [--gate-xmx SIZE] [--xmx SIZE] [--work-dir DIR]

  N              tests to generate (default 20000; 100000 with --memory)
  --rounds R     timed runs of each tool, interleaved, in a balanced order (default 3; a multiple of 6, or of 4
                 with --compare, gives each tool each place, and each predecessor, equally often)
  --warmup W     untimed runs of each tool first (default 1)
  --xmx SIZE     heap of the test JVM, the same for both tools (default 1g)
  --memory       run the gate once, its own JVM limited to --gate-xmx, and report success or failure
  --gate-xmx     heap of the gate's JVM in --memory mode (default 256m)
  --work-dir DIR where the suite, jars, logs and reports go (default target/bench under the repository)
  --compare JAR  another build of fearless-cli, timed in each round next to this one ("other"); prints the
                 median per-round ratio gate/other, which the machine's drift between rounds affects far less
                 than either ratio to the Console Launcher
EOF
}

fail() {
  echo "gate-vs-console: $*" >&2
  exit 1
}

# ---- arguments ----------------------------------------------------------------------------------------------------
N=
ROUNDS=3
WARMUP=1
XMX=1g
GATE_XMX=256m
MEMORY=false
WORK=$ROOT/target/bench
OTHER_JAR=
while (($#)); do
  case $1 in
    --rounds) ROUNDS=${2:?--rounds needs a number}; shift 2 ;;
    --warmup) WARMUP=${2:?--warmup needs a number}; shift 2 ;;
    --xmx) XMX=${2:?--xmx needs a size}; shift 2 ;;
    --gate-xmx) GATE_XMX=${2:?--gate-xmx needs a size}; shift 2 ;;
    --memory) MEMORY=true; shift ;;
    --work-dir) WORK=${2:?--work-dir needs a folder}; shift 2 ;;
    --compare) OTHER_JAR=${2:?--compare needs a jar}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    [0-9]*) N=$1; shift ;;
    *) usage >&2; exit 2 ;;
  esac
done
if [[ -z $N ]]; then
  if $MEMORY; then N=100000; else N=20000; fi
fi
[[ $N =~ ^[0-9]+$ && $N -ge 1 ]] || fail "N must be a positive number, not '$N'"
[[ $ROUNDS =~ ^[0-9]+$ && $ROUNDS -ge 1 ]] || fail "--rounds must be at least 1, not '$ROUNDS'"
[[ $WARMUP =~ ^[0-9]+$ ]] || fail "--warmup must be a number, not '$WARMUP'"

command -v "$JAVA" >/dev/null || fail "no java on the PATH (or JAVA_HOME)"
command -v "$JAVAC" >/dev/null || fail "no javac on the PATH (or JAVA_HOME): a JDK is needed to compile the suite"
[[ $(date +%s%N) =~ ^[0-9]+$ ]] || fail "date +%s%N does not give nanoseconds here (GNU date is needed)"
[[ -f $CLI_JAR ]] || fail "no $CLI_JAR; build it first: ./mvnw -B -pl framework/fearless-cli -am package -DskipTests"
[[ -z $OTHER_JAR || -f $OTHER_JAR ]] || fail "--compare $OTHER_JAR: no such jar"
[[ -z $OTHER_JAR ]] || ! $MEMORY || fail "--compare times runs; --memory runs one gate: use one or the other"

# The versions the project builds with, read from the root pom so they stay in one place.
pom_value() {
  local value
  value=$(sed -n "s:.*<$1>\([^<]*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n 1)
  [[ -n $value ]] || fail "no <$1> in $ROOT/pom.xml"
  echo "$value"
}
JUNIT=$(pom_value junit.version)
PLATFORM=$(pom_value junit.platform.version)
OPENTEST4J=$(pom_value opentest4j.version)
APIGUARDIAN=$(pom_value apiguardian.version)
JACOCO=$(pom_value jacoco.version)
DEPENDENCY_PLUGIN=$(sed -n 's:.*<artifactId>maven-dependency-plugin</artifactId><version>\([^<]*\)</version>.*:\1:p' \
  "$ROOT/pom.xml" | head -n 1)
[[ -n $DEPENDENCY_PLUGIN ]] || fail "no maven-dependency-plugin version in $ROOT/pom.xml"

rm -rf "$WORK"
# The CLI's class archives (README, "The gate's own JVM") go to the work folder: the benchmark neither uses nor leaves
# archives in the user's own cache.
export XDG_CACHE_HOME=$WORK/cache
mkdir -p "$WORK/lib" "$WORK/src/main/bench" "$WORK/src/test/bench" "$WORK/classes" "$WORK/test-classes" \
  "$WORK/logs" "$WORK/reports" "$WORK/coverage"

# ---- the JUnit jars, through Maven ------------------------------------------------------------------------------
echo "Fetching JUnit $JUNIT / Platform $PLATFORM and JaCoCo $JACOCO ..."
dependency() { # groupId artifactId version [classifier]
  printf '    <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>%s</dependency>\n' \
    "$1" "$2" "$3" "${4:+<classifier>$4</classifier>}"
}
{
  cat <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.fearless.bench</groupId>
  <artifactId>bench-libs</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
EOF
  dependency org.junit.platform junit-platform-console-standalone "$PLATFORM"
  dependency org.junit.jupiter junit-jupiter-api "$JUNIT"
  dependency org.junit.jupiter junit-jupiter-engine "$JUNIT"
  dependency org.junit.platform junit-platform-launcher "$PLATFORM"
  dependency org.junit.platform junit-platform-engine "$PLATFORM"
  dependency org.junit.platform junit-platform-commons "$PLATFORM"
  dependency org.opentest4j opentest4j "$OPENTEST4J"
  dependency org.apiguardian apiguardian-api "$APIGUARDIAN"
  dependency org.jacoco org.jacoco.agent "$JACOCO" runtime
  cat <<EOF
  </dependencies>
  <build>
    <plugins>
      <plugin><artifactId>maven-dependency-plugin</artifactId><version>$DEPENDENCY_PLUGIN</version></plugin>
    </plugins>
  </build>
</project>
EOF
} >"$WORK/pom.xml"
# excludeTransitive: exactly the jars listed, so the class path below is known and has no duplicates.
(cd "$WORK" && "$ROOT/mvnw" -B -q -f "$WORK/pom.xml" dependency:copy-dependencies -DexcludeTransitive=true \
  -DoutputDirectory="$WORK/lib") >"$WORK/logs/maven.log" 2>&1 \
  || { tail -n 30 "$WORK/logs/maven.log" >&2; fail "Maven could not fetch the JUnit jars (log: $WORK/logs/maven.log)"; }

LIB=$WORK/lib
STANDALONE=$LIB/junit-platform-console-standalone-$PLATFORM.jar
AGENT=$LIB/org.jacoco.agent-$JACOCO-runtime.jar
JUNIT_CP=$LIB/junit-jupiter-api-$JUNIT.jar:$LIB/junit-jupiter-engine-$JUNIT.jar
JUNIT_CP+=:$LIB/junit-platform-launcher-$PLATFORM.jar:$LIB/junit-platform-engine-$PLATFORM.jar
JUNIT_CP+=:$LIB/junit-platform-commons-$PLATFORM.jar:$LIB/opentest4j-$OPENTEST4J.jar
JUNIT_CP+=:$LIB/apiguardian-api-$APIGUARDIAN.jar
IFS=: read -ra junit_jars <<<"$JUNIT_CP"
for jar in "$STANDALONE" "$AGENT" "${junit_jars[@]}"; do
  [[ -f $jar ]] || fail "Maven did not copy $jar"
done

# ---- the suite: a small class under test and N tests of it --------------------------------------------------------
echo "Generating $N tests ..."
cat >"$WORK/src/main/bench/Calculator.java" <<'EOF'
package bench;

/** A little arithmetic with branches and loops, so that coverage has something to measure. */
public final class Calculator {

    private Calculator() {
    }

    public static int add(int a, int b) {
        return a + b;
    }

    public static int clamp(int value, int min, int max) {
        if (value < min) {
            return min;
        }
        if (value > max) {
            return max;
        }
        return value;
    }

    public static String fizzBuzz(int n) {
        if (n % 15 == 0) {
            return "FizzBuzz";
        }
        if (n % 3 == 0) {
            return "Fizz";
        }
        if (n % 5 == 0) {
            return "Buzz";
        }
        return Integer.toString(n);
    }

    public static int digitSum(int n) {
        int sum = 0;
        for (int rest = Math.abs(n); rest > 0; rest /= 10) {
            sum += rest % 10;
        }
        return sum;
    }

    public static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int divisor = 2; (long) divisor * divisor <= n; divisor++) {
            if (n % divisor == 0) {
                return false;
            }
        }
        return true;
    }
}
EOF

CLASSES=$(((N + TESTS_PER_CLASS - 1) / TESTS_PER_CLASS))
for ((c = 0; c < CLASSES; c++)); do
  name=$(printf 'Calculator%05dTest' "$c")
  {
    printf 'package bench;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n'
    printf 'import static org.junit.jupiter.api.Assertions.assertTrue;\n\nimport java.math.BigInteger;\n\n'
    printf 'import org.junit.jupiter.api.Test;\n\nclass %s {\n' "$name"
    for ((m = 0; m < TESTS_PER_CLASS; m++)); do
      i=$((c * TESTS_PER_CLASS + m))
      ((i < N)) || break
      printf '\n    @Test\n    void t%02d() {\n' "$m"
      case $((i % 5)) in
        0) printf '        assertEquals(%d, Calculator.add(%d, 7));\n' $((i + 7)) "$i" ;;
        1) printf '        int clamped = Calculator.clamp(%d, 0, 100);\n' $((i % 200 - 50))
           printf '        assertTrue(clamped >= 0 && clamped <= 100);\n' ;;
        2) if ((i % 15 == 0)); then expected=FizzBuzz; elif ((i % 3 == 0)); then expected=Fizz
           elif ((i % 5 == 0)); then expected=Buzz; else expected=$i; fi
           printf '        assertEquals("%s", Calculator.fizzBuzz(%d));\n' "$expected" "$i" ;;
        3) printf '        assertEquals(%d %% 9, Calculator.digitSum(%d) %% 9);\n' "$i" "$i" ;;
        4) printf '        assertEquals(BigInteger.valueOf(%d).isProbablePrime(100), Calculator.isPrime(%d));\n' \
             "$i" "$i" ;;
      esac
      printf '    }\n'
    done
    printf '}\n'
  } >"$WORK/src/test/bench/$name.java"
done

echo "Compiling $CLASSES test classes ..."
mkdir -p "$WORK/floor"
cat >"$WORK/floor/Spawn.java" <<'EOF'
/** Starts a command as a child process, passes its output through and exits with its exit code. */
public final class Spawn {
    public static void main(String[] command) throws Exception {
        System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
    }
}
EOF
"$JAVAC" --release 17 -d "$WORK/floor" "$WORK/floor/Spawn.java"
"$JAVAC" --release 17 -d "$WORK/classes" "$WORK/src/main/bench/Calculator.java"
find "$WORK/src/test/bench" -name '*.java' >"$WORK/test-sources.txt"
"$JAVAC" -J-Xmx1g --release 17 -proc:none -nowarn -cp "$WORK/classes:$JUNIT_CP" -d "$WORK/test-classes" \
  @"$WORK/test-sources.txt"

# ---- the two tools ----------------------------------------------------------------------------------------------
# One step, as the built-in unit step but with a line coverage of 0: the rule is measured, never decisive.
cat >"$WORK/fearless.yml" <<EOF
defaultLayer: unit
gates:
  bench:
    - step: unit
      passRate: 1.0
      minTests: $N
      coverage: { line: 0.0 }
      maxDuration: 2h
EOF

TEST_CP=$WORK/test-classes:$WORK/classes:$JUNIT_CP

# The agent instruments the same classes as the gate's: the gate tells its agent to instrument only the code under test
# and the tests (here all in package bench), and the Console Launcher gets that option too, so that the ratio stays
# what the gate adds, not what it saves.
# CONSOLE_AGENT_OPTIONS=append=false times the Console Launcher as most builds run it, instrumenting every class.
CONSOLE_AGENT_OPTIONS=${CONSOLE_AGENT_OPTIONS:-append=false,includes=bench.*}

run_console() { # label
  "$JAVA" "-javaagent:$AGENT=destfile=$WORK/coverage/$1.exec,$CONSOLE_AGENT_OPTIONS" "-Xmx$XMX" \
    -jar "$STANDALONE" execute --disable-banner --details=none --fail-if-no-tests \
    --class-path "$WORK/test-classes:$WORK/classes" --scan-class-path "$WORK/test-classes"
}

# The floor of any runner that forks: a JVM that only starts the Console Launcher as a child and waits for it.
run_floor() { # label
  "$JAVA" -cp "$WORK/floor" Spawn "$JAVA" "-javaagent:$AGENT=destfile=$WORK/coverage/$1.exec,$CONSOLE_AGENT_OPTIONS" \
    "-Xmx$XMX" -jar "$STANDALONE" execute --disable-banner --details=none --fail-if-no-tests \
    --class-path "$WORK/test-classes:$WORK/classes" --scan-class-path "$WORK/test-classes"
}

run_gate() { # label [gate JVM flags...]
  local label=$1
  shift
  gate_with "$CLI_JAR" "$label" "$@"
}

run_other() { # label [gate JVM flags...]
  local label=$1
  shift
  gate_with "$OTHER_JAR" "$label" "$@"
}

gate_with() { # jar label [gate JVM flags...]
  local jar=$1 label=$2
  shift 2
  "$JAVA" "$@" -jar "$jar" gate bench --project-dir "$WORK" --config "$WORK/fearless.yml" \
    --class-path "$TEST_CP" --scan-class-path="$WORK/test-classes" --coverage-classes "$WORK/classes" \
    --report-dir "$WORK/reports/$label" --jvm-arg="-Xmx$XMX"
}

# Sets CHILDREN_CPU_MS: the CPU milliseconds (user + system) of this shell's children that have ended, and of theirs
# that they waited for, so the test JVM a gate forks counts in the gate's. Bash's own `times`, read without a subshell
# or another process: a subshell would see only its own children.
children_cpu_ms() {
  local shell_times child_user child_sys
  times >"$WORK/logs/.times"
  { read -r shell_times; read -r child_user child_sys; } <"$WORK/logs/.times"
  times_ms "$child_user"
  CHILDREN_CPU_MS=$TIMES_MS
  times_ms "$child_sys"
  CHILDREN_CPU_MS=$((CHILDREN_CPU_MS + TIMES_MS))
}

times_ms() { # 1m2.345s (the format of `times`); sets TIMES_MS
  local minutes=${1%%m*} seconds=${1#*m}
  seconds=${seconds%s}
  TIMES_MS=$((10#$minutes * 60000 + 10#${seconds%.*} * 1000 + 10#${seconds#*.}))
}

# Runs a tool, sets ELAPSED_MS and CPU_MS (its processes' CPU), and stops the whole script if the tool failed.
timed() { # tool label [args...]
  local tool=$1 label=$2 log=$WORK/logs/$2.log start end status cpu_before cpu_after
  shift 2
  children_cpu_ms
  cpu_before=$CHILDREN_CPU_MS
  start=$(date +%s%N)
  set +e
  "run_$tool" "$label" "$@" >"$log" 2>&1
  status=$?
  set -e
  end=$(date +%s%N)
  children_cpu_ms
  cpu_after=$CHILDREN_CPU_MS
  ELAPSED_MS=$(((end - start) / 1000000))
  CPU_MS=$((cpu_after - cpu_before))
  if ((status != 0)); then
    tail -n 30 "$log" >&2
    fail "$tool failed with exit code $status in $label (log: $log)"
  fi
  if [[ $tool == gate || $tool == other ]]; then
    check_verdict "$WORK/reports/$label/verdict.json"
  fi
}

# Exit code 0 already means GO; this also proves the gate saw every test, not a subset.
check_verdict() { # verdict.json
  [[ -f $1 ]] || fail "the gate exited 0 but wrote no $1"
  grep -q '^  "decision" : "GO",$' "$1" || fail "the gate's verdict is not GO: $1"
  grep -q "\"found\" : $N," "$1" || fail "the gate did not find all $N tests: $1"
}

seconds() { # milliseconds
  awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'
}

ratio() { # numerator denominator
  awk -v n="$1" -v d="$2" 'BEGIN { printf "%.6f", n / d }'
}

# Prints "median <what>: 1.234<note>" for the median of the ratios given.
print_median_ratio() { # what note ratios...
  local what=$1 note=$2
  shift 2
  awk -v ratio="$(median "$@")" -v what="$what" -v note="$note" \
    'BEGIN { printf "median %s: %.3f%s\n", what, ratio, note }'
}

median() { # numbers...
  printf '%s\n' "$@" | sort -g \
    | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

if $MEMORY; then
  echo "Running $N tests through the gate, its JVM at -Xmx$GATE_XMX, the test JVM at -Xmx$XMX ..."
  trap 'status=$?; ((status == 0)) || echo "memory: FAILED: $N tests through the gate at -Xmx$GATE_XMX" >&2' EXIT
  # ExitOnOutOfMemoryError: an out-of-memory gate fails at once instead of limping on.
  timed gate memory "-Xmx$GATE_XMX" -XX:+ExitOnOutOfMemoryError
  echo "memory: OK: $N tests, GO, with the gate's JVM at -Xmx$GATE_XMX, in $(seconds "$ELAPSED_MS")"
  exit 0
fi

# The CLI's second JVM starts from a class archive that its second run makes (README, "The gate's own JVM"): two
# untimed runs of each build first, so that every timed run is one a user makes from the third on.
echo "Making the CLI's class archive (two untimed runs of each build) ..."
for p in 1 2; do
  timed gate "archive-gate-$p" ${GATE_JVM_FLAGS:-}
  if [[ -n $OTHER_JAR ]]; then
    timed other "archive-other-$p" ${GATE_JVM_FLAGS:-}
  fi
done

for ((w = 1; w <= WARMUP; w++)); do
  echo "Warm-up $w/$WARMUP (not timed) ..."
  timed console "warmup-console-$w"
  timed floor "warmup-floor-$w"
  timed gate "warmup-gate-$w" ${GATE_JVM_FLAGS:-}
  if [[ -n $OTHER_JAR ]]; then
    timed other "warmup-other-$w" ${GATE_JVM_FLAGS:-}
  fi
done

console_ms=()
floor_ratios=()
gate_ms=()
ratios=()
other_ms=()
other_ratios=()
console_cpu=()
cpu_ratios=()
other_cpu_ratios=()
tools=(console floor gate)
if [[ -n $OTHER_JAR ]]; then
  tools+=(other)
fi
# Each round's order is a row of a Williams design: over a full cycle of rounds (as many as there are tools, twice
# as many for an odd number) every tool runs in every place equally often and right after every other tool equally
# often. On this machine both mattered: with the Console Launcher always first, the place alone moved the floor's
# ratio (a JVM that only starts the Console Launcher) between 0.92 and 1.08 from one run to the next; with the
# order merely turning, the gate always ran just before the other build and measured 1.03 against it where
# back-to-back pairs of the same two builds, each first as often, gave 0.98.
k=${#tools[@]}
williams=(0 1)
for ((i = 2; i < k; i++)); do
  if ((i % 2 == 0)); then williams+=($((k - i / 2))); else williams+=($(((i + 1) / 2))); fi
done
cycle=$(( k % 2 == 0 ? k : 2 * k ))
declare -A round_ms round_cpu
for ((r = 1; r <= ROUNDS; r++)); do
  row=$(((r - 1) % cycle))
  order=()
  for ((i = 0; i < k; i++)); do
    order+=("${tools[(williams[i] + row) % k]}")
  done
  if ((row >= k)); then
    for ((i = 0; i < k / 2; i++)); do
      swap=${order[i]}; order[i]=${order[k - 1 - i]}; order[k - 1 - i]=$swap
    done
  fi
  for tool in "${order[@]}"; do
    if [[ $tool == console || $tool == floor ]]; then
      timed "$tool" "$tool-$r"
    else
      timed "$tool" "$tool-$r" ${GATE_JVM_FLAGS:-}
    fi
    round_ms[$tool]=$ELAPSED_MS
    round_cpu[$tool]=$CPU_MS
    if [[ $tool == floor ]]; then
      echo "round $r: $(printf '%-7s' "$tool") $(seconds "$ELAPSED_MS")"
    else
      echo "round $r: $(printf '%-7s' "$tool") $(seconds "$ELAPSED_MS") (CPU $(seconds "$CPU_MS"))"
    fi
  done
  console_ms+=("${round_ms[console]}")
  console_cpu+=("${round_cpu[console]}")
  gate_ms+=("${round_ms[gate]}")
  floor_ratios+=("$(ratio "${round_ms[floor]}" "${round_ms[console]}")")
  ratios+=("$(ratio "${round_ms[gate]}" "${round_ms[console]}")")
  cpu_ratios+=("$(ratio "${round_cpu[gate]}" "${round_cpu[console]}")")
  if [[ -n $OTHER_JAR ]]; then
    other_ms+=("${round_ms[other]}")
    other_ratios+=("$(ratio "${round_ms[gate]}" "${round_ms[other]}")")
    other_cpu_ratios+=("$(ratio "${round_cpu[gate]}" "${round_cpu[other]}")")
  fi
done

echo
echo "$N tests, test JVM -Xmx$XMX, $ROUNDS rounds"
echo "median console: $(seconds "$(median "${console_ms[@]}")")"
echo "median gate:    $(seconds "$(median "${gate_ms[@]}")")"
print_median_ratio "ratio gate/console" "" "${ratios[@]}"
# CPU seconds drift less with the machine than wall time, and on a machine the tests keep busy they are what the
# gate's wall-time overhead is made of.
print_median_ratio "CPU ratio gate/console" " (both JVMs of the gate against the one of the console)" \
  "${cpu_ratios[@]}"
print_median_ratio "ratio floor/console" " (a JVM that only starts the Console Launcher)" "${floor_ratios[@]}"
if [[ -n $OTHER_JAR ]]; then
  echo "median other:   $(seconds "$(median "${other_ms[@]}")") ($OTHER_JAR)"
  print_median_ratio "ratio gate/other" "" "${other_ratios[@]}"
  print_median_ratio "CPU ratio gate/other" "" "${other_cpu_ratios[@]}"
fi
