#!/usr/bin/env bash
# Load forecast benchmark: the walk-forward backtest (forecast backtest) of every hourly history CSV in a folder,
# one line per building: lead 0 (issued at midnight) and the forecast the evening's daily plan uses (lead 1 issued at
# 17:00 with the day so far, as the service issues it), CV(RMSE) and NMBE %, beside the day-naive and week-naive
# forecasts on the same hours, the ratios, and the goals (lead 0 at most 0.6 x week-naive on average, each building
# better than both naive forecasts, the evening forecast within 1.1 x lead 0). The full JSON of each building (per
# lead and per local hour of day, with the naive forecasts beside) is kept in the output folder. No database.
#
#   deploy/bench-forecast.sh                                   # ../shared/data/loads (beside the checkout), uk, Europe/London
#   BENCH_LOADS=DIR BENCH_CALENDAR=cn BENCH_ZONE=Asia/Shanghai deploy/bench-forecast.sh
set -euo pipefail
cd "$(dirname "$0")/.."

loads="${BENCH_LOADS:-../shared/data/loads}"
calendar="${BENCH_CALENDAR:-uk}"
zone="${BENCH_ZONE:-Europe/London}"
out="${BENCH_OUT:-target/bench-forecast}"
jar=target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
  echo "bench-forecast: building the application" >&2
  ./mvnw -B --no-transfer-progress -q package -DskipTests
fi
if ! ls "$loads"/*.csv >/dev/null 2>&1; then
  echo "bench-forecast: no hourly history CSV in $loads (set BENCH_LOADS to the folder)" >&2
  exit 2
fi
mkdir -p "$out"
printf '%-28s %6s | %7s %6s | %7s %6s | %9s %9s | %9s %7s\n' building days lead0% nmbe% eve% nmbe% dayNaive% weekNaive% l0/week eve/l0
for csv in "$loads"/*.csv; do
  name=$(basename "$csv" .csv)
  java -XX:ActiveProcessorCount="${BENCH_CPUS:-2}" -jar "$jar" forecast backtest --history "$csv" --calendar "$calendar" --zone "$zone" \
    > "$out/$name.json"
  jq -r --arg n "$name" '[$n, .days, .perLead[0].cvrmsePct, .perLead[0].nmbePct, .perLead[1].cvrmsePct, .perLead[1].nmbePct,
      .perLead[0].dayNaiveCvrmsePct, .perLead[0].weekNaiveCvrmsePct, .perLead[0].ratioToWeekNaive, .eveningPlan.ratioToLead0] | @tsv' \
    "$out/$name.json" | awk -F'\t' '{printf "%-28s %6s | %7s %6s | %7s %6s | %9s %9s | %9s %7s\n", $1,$2,$3,$4,$5,$6,$7,$8,$9,$10}'
done
jq -s -r '
  (map(.perLead[0].ratioToWeekNaive) | add / length) as $mean
  | "lead 0 / week-naive, mean: \($mean * 1000 | round / 1000) (goal <= 0.6: \($mean <= 0.6))",
    "every building better than day- and week-naive: \(all(.[]; .perLead[0].cvrmsePct < .perLead[0].dayNaiveCvrmsePct and .perLead[0].cvrmsePct < .perLead[0].weekNaiveCvrmsePct))",
    "evening plan within 1.1 x lead 0 everywhere: \(all(.[]; .eveningPlan.ratioToLead0 <= 1.1))"' "$out"/*.json
