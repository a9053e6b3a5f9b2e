#!/usr/bin/env python3
"""Compares mltrainer's tabular training script with a best-of panel.

The panel is what a person gets from scikit-learn in a few lines: logistic
regression (ridge for regression), a random forest and histogram gradient
boosting, each with its default settings on plainly preprocessed columns;
the best of the three on the held-out rows is the bar.  mltrainer's script
(train.py rendered from templates/train/tabular.py) is configured for each
data set the way the planner does it (column roles by type, the planned
candidates), trained on the training rows only (its own split, search and
refit included) and scored on the same held-out rows.

Usage:
  python3 bench/tabular/panel.py --script core/target/rendered/tabular_classification-local-local-sklearn/train.py \
      [--sets tuned,heldout] [--splits 2] [--budget 20] [--json results.json]

The "tuned" data sets are the ones the templates were developed against; the
"heldout" ones were never looked at while changing the templates.  Only data
that ships with scikit-learn or is generated here is used (no network).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import joblib
import numpy as np
import pandas as pd
from sklearn import datasets
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import (
    HistGradientBoostingClassifier,
    HistGradientBoostingRegressor,
    RandomForestClassifier,
    RandomForestRegressor,
)
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.metrics import f1_score, r2_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "shared", "data")


# --- data sets: (name, frame, target, task) ---

def shared(name, target, task):
    return lambda: (pd.read_csv(os.path.join(SHARED, name)), target, task)


def bundled(loader, task):
    def load():
        bunch = loader(as_frame=True)
        frame = bunch.frame.copy()
        frame.columns = [str(c) for c in frame.columns]
        return frame, "target", task
    return load


def weather():
    """Daily weather with a date and a text label (the 'seattle-like' case)."""
    rng = np.random.RandomState(3)
    days = pd.date_range("2012-01-01", periods=1200, freq="D")
    season = np.cos(2 * np.pi * (np.asarray(days.dayofyear) - 15) / 365.25)
    temp_max = 15 - 10 * season + rng.normal(0, 3, len(days))
    precipitation = np.clip(rng.gamma(0.6, 4, len(days)) * (season + 1.3), 0, None)
    wind = rng.gamma(2, 1.6, len(days))
    label = np.where(precipitation > 6, np.where(temp_max < 3, "snow", "rain"),
                     np.where(precipitation > 1, "drizzle", np.where(rng.rand(len(days)) < 0.5, "sun", "fog")))
    frame = pd.DataFrame({"date": days.strftime("%Y-%m-%d"), "precipitation": precipitation.round(1),
                          "temp_max": temp_max.round(1), "temp_min": (temp_max - rng.gamma(3, 2, len(days))).round(1),
                          "wind": wind.round(1), "weather": label})
    return frame, "weather", "classification"


def customers():
    """Churn-like: numbers, a many-valued city, a date, an imbalanced label."""
    rng = np.random.RandomState(11)
    n = 1500
    cities = np.array(["city_%d" % i for i in range(300)])
    city = cities[rng.zipf(1.3, n) % 300]
    signup = pd.Series(pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.randint(0, 1000, n), unit="D"))
    spend = rng.gamma(2, 30, n)
    visits = rng.poisson(5, n)
    plan = rng.choice(["basic", "plus", "pro"], n, p=[0.6, 0.3, 0.1])
    risk = (-2.2 + 0.02 * (60 - spend) - 0.15 * visits + (plan == "basic") * 0.8
            + (signup.dt.month.isin([11, 12])) * 0.9 + (pd.Series(city).str[-1].isin(["1", "7"])) * 1.0)
    churn = np.where(rng.rand(n) < 1 / (1 + np.exp(-risk)), "yes", "no")
    frame = pd.DataFrame({"city": city, "signup": signup.dt.strftime("%Y-%m-%d"), "spend": spend.round(2),
                          "visits": visits, "plan": plan, "churn": churn})
    return frame, "churn", "classification"


def friedman():
    X, y = datasets.make_friedman1(n_samples=800, noise=1.0, random_state=5)
    frame = pd.DataFrame(X, columns=["x%d" % i for i in range(X.shape[1])])
    frame["y"] = y
    return frame, "y", "regression"


def imbalanced():
    X, y = datasets.make_classification(n_samples=1200, n_features=20, n_informative=6, n_redundant=4,
                                        weights=[0.9, 0.1], flip_y=0.02, random_state=9)
    frame = pd.DataFrame(X, columns=["f%d" % i for i in range(X.shape[1])])
    frame["label"] = np.where(y == 1, "positive", "negative")
    return frame, "label", "classification"


SETS = {
    "tuned": {
        "iris": shared("iris.csv", "species", "classification"),
        "wine": shared("wine.csv", "cultivar", "classification"),
        "diabetes": shared("diabetes.csv", "progression", "regression"),
        "weather": weather,
    },
    "heldout": {
        "breast_cancer": bundled(datasets.load_breast_cancer, "classification"),
        "digits": bundled(datasets.load_digits, "classification"),
        "friedman1": friedman,
        "imbalanced": imbalanced,
        "customers": customers,
    },
}


# --- column roles, as the planner gives them ---

def roles(frame, target):
    numeric, categorical, dates = [], [], []
    for column in frame.columns:
        if column == target:
            continue
        values = frame[column]
        if pd.api.types.is_numeric_dtype(values):
            numeric.append(column)
        elif pd.to_datetime(values, errors="coerce").notna().mean() > 0.9:
            dates.append(column)
        else:
            categorical.append(column)
    return numeric, categorical, dates


def planned_candidates(rows, classification):
    """The candidates ArchitectureAgent plans for a table of this many rows."""
    trees = 200 if rows < 2000 else 300 if rows < 50000 else 150
    leaf = 1 if rows < 1000 else min(20, round(rows / 1000.0))
    rounds = 200 if rows < 5000 else 400
    linear = ("linear", {"C": 1.0, "max_iter": 2000}) if classification else ("linear", {"alpha": 1.0})
    return [linear, ("random_forest", {"n_estimators": trees, "min_samples_leaf": leaf}),
            ("hist_gradient_boosting", {"max_iter": rounds, "learning_rate": 0.1,
                                        "min_samples_leaf": max(5, min(20, rows // 20))}),
            ("xgboost", {})]


def configure(script, frame, target, task, folds):
    numeric, categorical, dates = roles(frame, target)
    values = {
        "TASK": repr(task), "TARGET": repr(target), "PRIMARY_METRIC": repr("f1_macro" if task == "classification" else "r2"),
        "CV_FOLDS": str(folds), "NUMERIC_COLUMNS": repr(numeric), "CATEGORICAL_COLUMNS": repr(categorical),
        "DATE_COLUMNS": repr(dates), "DROPPED_COLUMNS": "[]",
    }
    for name, value in values.items():
        script, count = re.subn(r"(?m)^%s = .*$" % name, lambda _: "%s = %s" % (name, value), script, count=1)
        if count != 1:
            raise SystemExit("%s not found in the script" % name)
    candidates = repr(planned_candidates(len(frame), task == "classification"))
    script, count = re.subn(r"(?ms)^CANDIDATES = \[.*?^\]", lambda _: "CANDIDATES = " + candidates, script, count=1)
    if count != 1:
        raise SystemExit("CANDIDATES not found in the script")
    return script, (numeric, categorical, dates)


# --- the panel ---

def panel(task, columns):
    numeric, categorical, dates = columns
    classification = task == "classification"

    def preprocess(dense):
        parts = []
        if numeric:
            parts.append(("num", Pipeline([("impute", SimpleImputer(strategy="median")),
                                           ("scale", StandardScaler())]), numeric))
        if categorical:
            parts.append(("cat", Pipeline([("impute", SimpleImputer(strategy="most_frequent")),
                                           ("onehot", OneHotEncoder(handle_unknown="ignore"))]), categorical))
        if dates:  # plainly, as a number (days since 1970)
            parts.append(("date", Pipeline([("impute", SimpleImputer(strategy="median")),
                                            ("scale", StandardScaler())]), dates))
        return ColumnTransformer(parts, sparse_threshold=0 if dense else 0.3)

    models = {
        "linear": LogisticRegression(max_iter=2000) if classification else Ridge(),
        "random_forest": (RandomForestClassifier if classification else RandomForestRegressor)(random_state=0),
        "hist_gradient_boosting": (HistGradientBoostingClassifier if classification
                                   else HistGradientBoostingRegressor)(random_state=0),
    }
    return {name: Pipeline([("pre", preprocess(name == "hist_gradient_boosting")), ("model", model)])
            for name, model in models.items()}


def score(task, y_true, y_pred):
    if task == "classification":
        return float(f1_score(y_true.astype(str), pd.Series(y_pred).astype(str), average="macro"))
    return float(r2_score(y_true, y_pred))


def evaluate(template, name, load, split, budget, work):
    frame, target, task = load()
    frame = frame[frame[target].notna()].reset_index(drop=True)
    if task == "classification":
        frame[target] = frame[target].astype(str)
    train, test = train_test_split(frame, test_size=0.25, random_state=100 + split,
                                   stratify=frame[target] if task == "classification" else None)
    folder = os.path.join(work, "%s-%d" % (name, split))
    os.makedirs(folder, exist_ok=True)
    data = os.path.join(folder, "train.csv")
    train.to_csv(data, index=False)
    script, columns = configure(template, frame, target, task, 5)
    with open(os.path.join(folder, "train.py"), "w") as f:
        f.write(script)
    command = [sys.executable, os.path.join(folder, "train.py"), "--data", data, "--out", folder]
    if budget is not None:
        command += ["--search-budget", str(budget)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit("train.py failed on %s:\n%s" % (name, done.stderr[-3000:]))
    model = joblib.load(os.path.join(folder, "model.joblib"))
    X_test, y_test = test.drop(columns=[target]), test[target]
    ours = score(task, y_test, model.predict(X_test))
    with open(os.path.join(folder, "model_info.json")) as f:
        info = json.load(f)
    read = pd.read_csv(data)  # the panel reads the same CSV the script read
    X_test = X_test.copy()
    for column in columns[2]:
        for frame_ in (read, X_test):
            frame_[column] = pd.to_datetime(frame_[column], errors="coerce").astype("int64") / 86400e9
    panel_scores = {}
    for model_name, pipeline in panel(task, columns).items():
        pipeline.fit(read.drop(columns=[target]), read[target].astype(str) if task == "classification"
                     else read[target])
        panel_scores[model_name] = score(task, y_test, pipeline.predict(X_test))
    best = max(panel_scores.values())
    return {"data": name, "split": split, "task": task, "metric": "f1_macro" if task == "classification" else "r2",
            "mltrainer": round(ours, 4), "panel": {k: round(v, 4) for k, v in panel_scores.items()},
            "ratio": round(ours / best, 4) if best > 0 else None, "model": info.get("best_model"),
            "trials": info.get("search", {}).get("trials")}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--script", required=True, help="a rendered tabular train.py")
    parser.add_argument("--sets", default="tuned,heldout")
    parser.add_argument("--only", default=None, help="comma-separated data set names")
    parser.add_argument("--splits", type=int, default=2)
    parser.add_argument("--budget", type=float, default=None, help="search seconds (default: the script's)")
    parser.add_argument("--json", default=None)
    args = parser.parse_args()
    with open(args.script) as f:
        template = f.read()
    results = []
    with tempfile.TemporaryDirectory(prefix="mltrainer-panel-") as work:
        for set_name in args.sets.split(","):
            for name, load in SETS[set_name].items():
                if args.only and name not in args.only.split(","):
                    continue
                for split in range(args.splits):
                    row = evaluate(template, name, load, split, args.budget, work)
                    row["set"] = set_name
                    results.append(row)
                    print("%-8s %-14s split %d  %s mltrainer %.4f  panel best %.4f  ratio %.4f  (%s, %s trials)"
                          % (set_name, name, split, row["metric"], row["mltrainer"], max(row["panel"].values()),
                             row["ratio"], row["model"], row["trials"]), flush=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)
    for set_name in args.sets.split(","):
        ratios = [r["ratio"] for r in results if r["set"] == set_name]
        if ratios:
            print("%s: worst ratio %.4f, mean %.4f over %d splits" % (set_name, min(ratios), np.mean(ratios), len(ratios)))


if __name__ == "__main__":
    main()
