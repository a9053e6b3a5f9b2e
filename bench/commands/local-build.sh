#!/usr/bin/env bash
# The README's iris walkthrough end to end (./mltrainer run … --json) against its own training script alone
# (python3 train.py on the same data), and the fast commands, with hyperfine. Usage: bench/commands/local-build.sh [RUNS]
# The tabular search's budget scales with how long the first cross-validation took, so on a loaded machine set
# MLTRAINER_SEARCH_BUDGET (seconds) to give both sides the same fixed budget.
# Needs hyperfine (apt-get install hyperfine), bubblewrap and a Python with scikit-learn, XGBoost and Optuna.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
python="${MLTRAINER_PYTHON:-/usr/bin/python3}"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export MLTRAINER_HOME="$home" MLTRAINER_PYTHON="$python"
iris="$root/examples/iris.csv"

# Build the jar and its class-data archive first, and write the script the walkthrough trains.
"$root/mltrainer" run "predict the species of iris flowers" --dataset "$iris" --json >"$home/first.json"
code="$(sed -n 's/.*"code_dir" *: *"\([^"]*\)".*/\1/p' "$home/first.json")"

hyperfine --runs "$runs" --export-markdown "$home/build.md" \
    -n "python3 train.py" "cd '$code' && '$python' train.py --data '$iris' --out '$home/alone'" \
    -n "mltrainer run (iris walkthrough)" \
    "'$root/mltrainer' run 'predict the species of iris flowers' --dataset '$iris' --json"
hyperfine --runs "$((runs * 2))" --warmup 1 --export-markdown "$home/jobs.md" \
    -n "mltrainer jobs --json" "'$root/mltrainer' jobs --json" \
    -n "mltrainer show JOB --json" "'$root/mltrainer' show $(sed -n 's/.*"job_id" *: *"\([^"]*\)".*/\1/p' "$home/first.json") --json"
cat "$home/build.md" "$home/jobs.md"
