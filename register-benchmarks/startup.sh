#!/usr/bin/env bash
# Start-up benchmark of the command line (BENCHMARKS.md, "Start-up"): wall time of `validate` and
# `foi` on the small Essex example, as a bare `java -jar register.jar` and through
# register-cli/bin/register (class data sharing archive), beside a bare JVM's hello world, all in
# one hyperfine run so that the ratios are side by side. Build first:
#   mvn -B -q -DskipTests package && register-benchmarks/startup.sh [RUNS]
# Needs hyperfine (apt-get install hyperfine). Writes the table to
# register-benchmarks/target/startup.md. JAVA_HOME chooses the JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
jar=register-cli/target/register.jar
[[ -f $jar ]] || { echo "$jar: build first (mvn -B -q -DskipTests package)" >&2; exit 1; }
if [[ -n "${JAVA_HOME:-}" ]]; then java=$JAVA_HOME/bin/java; else java=$(command -v java); fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  >"$work/Hello.java"
"$(dirname "$(readlink -f "$java")")/javac" -d "$work" "$work/Hello.java"
# A cache of its own, so the launcher's first (archive-writing) run is one of the warm-ups.
export XDG_CACHE_HOME=$work/cache

register=examples/essex-2021/register.json
request=examples/essex-2021/request.json
mkdir -p register-benchmarks/target
"$java" -version 2>&1 | head -n 1
echo "load average: $(cut -d ' ' -f 1-3 /proc/loadavg)"
hyperfine -N --warmup 3 --runs "$runs" --export-markdown register-benchmarks/target/startup.md \
  -n "bare JVM: hello world" "$java -cp $work Hello" \
  -n "validate: java -jar" "$java -jar $jar validate $register" \
  -n "validate: bin/register (CDS)" "register-cli/bin/register validate $register" \
  -n "foi: java -jar" "$java -jar $jar foi $register $request" \
  -n "foi: bin/register (CDS)" "register-cli/bin/register foi $register $request"
cat register-benchmarks/target/startup.md
