#!/usr/bin/env bash
# Optimizer benchmark: plans every scenario of chiller-models/scenarios (the demo hospital's summer, shoulder and
# winter days, with their weather and towers, and the literature optimal-chiller-loading cases) and prints per
# scenario: slots, chillers, pumps, objective, lower bound, gap %, table, search and whole-plan time, feasible; then
# energy split into chillers, pumps and tower fans, cost and carbon, for the plan and for conventional sequencing
# (fixed supply and condenser-water set-points), and the saving. No database. Runs on 2 processors unless BENCH_CPUS
# says otherwise (the target: a 48-slot day of the 6-chiller, 24-pump plant within 1 % of the bound in under 10 s on
# 2 cores).
#
#   deploy/bench-optimize.sh                           # every scenario, each with its own solver settings
#   deploy/bench-optimize.sh --time-limit 5 --seed 1   # any bench-optimize option (see --help)
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
  echo "bench-optimize: building the application" >&2
  ./mvnw -B --no-transfer-progress -q package -DskipTests
fi
exec java -XX:ActiveProcessorCount="${BENCH_CPUS:-2}" ${BENCH_JAVA_OPTS:--Xmx2g} -jar "$jar" bench-optimize "$@"
