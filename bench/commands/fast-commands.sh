#!/usr/bin/env bash
# ./mltrainer jobs --json, show JOB --json and cancel JOB with hyperfine, on a home holding three builds (two iris
# walkthroughs and one that failed at intent). Usage: bench/commands/fast-commands.sh [BASELINE_CHECKOUT] [RUNS]
# With BASELINE_CHECKOUT (another checkout with its jar built, e.g. main's), each command is timed for both launchers
# in the same hyperfine call, on the same home. cancel is timed on a finished build: it opens the store, reads the
# build and refuses (exit 2), the path a real cancel takes up to its write. Needs hyperfine and a Python with
# scikit-learn (MLTRAINER_PYTHON, default /usr/bin/python3), and jq.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="${1:-}"
runs="${2:-20}"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export MLTRAINER_HOME="$home" MLTRAINER_PYTHON="${MLTRAINER_PYTHON:-/usr/bin/python3}" MLTRAINER_SEARCH_BUDGET=2
iris="$root/examples/iris.csv"

# Three builds; this also builds the jar and its class-data archive (and the baseline's, on its first command).
"$root/mltrainer" run "predict the species of iris flowers" --dataset "$iris" --json >"$home/first.json"
"$root/mltrainer" run "classify iris flowers by species" --dataset "$iris" --json >/dev/null
"$root/mltrainer" run "predict the price of houses" --dataset "$home/missing.csv" --json >/dev/null 2>&1 || true
job="$(sed -n 's/.*"job_id" *: *"\([^"]*\)".*/\1/p' "$home/first.json")"
[[ -n "$base" ]] && "$base/mltrainer" jobs --json >/dev/null

for command in "jobs --json" "show $job --json" "cancel $job"; do
    args=(--warmup 3 --runs "$runs" -i --export-markdown "$home/${command%% *}.md"
        --export-json "$home/${command%% *}.json")
    [[ -n "$base" ]] && args+=(-n "baseline: mltrainer $command" "'$base/mltrainer' $command")
    hyperfine "${args[@]}" -n "mltrainer $command" "'$root/mltrainer' $command"
done
uptime
cat "$home"/jobs.md "$home"/show.md "$home"/cancel.md
# hyperfine's tables give the mean; the goal is on the median
for name in jobs show cancel; do
    jq -r '.results[] | "\(.command): median \(.median) s, user \(.user) s, system \(.system) s"' "$home/$name.json"
done
