#!/bin/sh
# Runs the benchmarks behind BENCHMARKS.md and prints the ratios. Build first:
#   mvn -B -q package -pl register-benchmarks -am -DskipTests
# Usage: register-benchmarks/scripts/run-all.sh [results-dir] [extra JMH options, e.g. -wi 3 -i 5]
set -eu
JAR=register-benchmarks/target/benchmarks.jar
OUT=${1:-register-benchmarks/target/results}
shift 2>/dev/null || true
mkdir -p "$OUT"
java -jar "$JAR" QueryBenchmark -p size=1000000 "$@" -rf json -rff "$OUT/query.json" | tee "$OUT/query.txt"
java -jar "$JAR" JsonBenchmark -p size=1000000 "$@" -rf json -rff "$OUT/json.json" | tee "$OUT/json.txt"
java -jar "$JAR" FoiBenchmark "$@" -rf json -rff "$OUT/foi.json" | tee "$OUT/foi.txt"
java -jar "$JAR" OvertBenchmark "$@" -rf json -rff "$OUT/overt.json" | tee "$OUT/overt.txt"
register-benchmarks/scripts/peak-heap.sh 1000000 "$OUT/peak-heap" | tee "$OUT/peak-heap.txt"
java -jar "$JAR" ValidationBenchmark "$@" -rf json -rff "$OUT/validation.json" | tee "$OUT/validation.txt"
java -Djol.magicFieldOffset=true -Xms6g -Xmx6g -Xmn64m -cp "$JAR" \
  org.oversight.register.benchmarks.MemoryFootprint 1000000 | tee "$OUT/memory.txt"
java -jar "$JAR" StoreBenchmark "$@" -rf json -rff "$OUT/store.json" | tee "$OUT/store.txt"
java -Xms6g -Xmx6g -cp "$JAR" org.oversight.register.benchmarks.StoreSize 100000 1000 \
  | tee "$OUT/store-size-100k.txt"
python3 register-benchmarks/scripts/ratios.py "$OUT"/*.json
