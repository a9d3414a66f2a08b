#!/bin/sh
# Peak memory of RegisterJson.read: the smallest -Xmx (in MB) at which reading the generated
# document of SIZE assets succeeds, found by binary search, divided by the heap the register
# retains once read. Build first:
#   mvn -B -q package -pl register-benchmarks -am -DskipTests
# Usage: register-benchmarks/scripts/peak-heap.sh [size] [work-dir]
# Each attempt is a fresh JVM with the default collector; an attempt that runs out of memory, or
# takes longer than TIMEOUT seconds (a heap so small that collection never ends), fails.
set -eu
JAR=${JAR:-register-benchmarks/target/benchmarks.jar}
SIZE=${1:-1000000}
DIR=${2:-register-benchmarks/target/peak-heap}
TIMEOUT=${TIMEOUT:-600}
MAIN=org.oversight.register.benchmarks.PeakHeap
mkdir -p "$DIR"
FILE="$DIR/register-$SIZE.json"
[ -f "$FILE" ] || java -Xmx8g -cp "$JAR" $MAIN write "$FILE" "$SIZE"

RETAINED=$(java -Xms8g -Xmx8g -cp "$JAR" $MAIN retained "$FILE" | sed -n 's/^retained \([0-9]*\) bytes.*/\1/p')
echo "retained by the register: $RETAINED bytes"

succeeds() {
  timeout "$TIMEOUT" java -Xmx"$1"m -cp "$JAR" $MAIN read "$FILE" >/dev/null 2>&1
}

# Bounds in MB: fails at LOW, succeeds at HIGH.
LOW=$((RETAINED / 1048576 / 2))
HIGH=$((RETAINED / 1048576 * 4))
succeeds "$HIGH" || { echo "fails even at -Xmx${HIGH}m" >&2; exit 1; }
if succeeds "$LOW"; then echo "succeeds at -Xmx${LOW}m, below the retained size?" >&2; exit 1; fi
STEP=${STEP:-8}
while [ $((HIGH - LOW)) -gt "$STEP" ]; do
  MID=$(((LOW + HIGH) / 2))
  if succeeds "$MID"; then HIGH=$MID; echo "  -Xmx${MID}m: read"; else LOW=$MID; echo "  -Xmx${MID}m: failed"; fi
done
python3 -c "print('smallest -Xmx: $HIGH MB (fails at $LOW MB); retained: %.1f MB; ratio %.3f (%.3f-%.3f)' % ($RETAINED/1048576, $HIGH*1048576/$RETAINED, $LOW*1048576/$RETAINED, $HIGH*1048576/$RETAINED))"
