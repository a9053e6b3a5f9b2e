"""Runs a published scikit-learn model of mltrainer on one input and prints one JSON line:
{"prediction": ..., "probabilities": {class: p} or null}.

A fixed script shipped with mltrainer (never generated): python predict.py MODEL_FOLDER REQUEST_JSON.
The request is {"kind": "row", "values": {column: text}} | {"kind": "texts", "texts": {column: text}}
| {"kind": "image", "file": path}."""
import csv
import io
import json
import os
import sys

import joblib
import pandas as pd


def frame(request, config):
    kind = request["kind"]
    if kind == "row":
        # The same reader as training: a one-row CSV, so that types are inferred the same way.
        columns = config.get("input_columns") or list(request["values"])
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerow([request["values"].get(c, "") for c in columns])
        return pd.read_csv(io.StringIO(buffer.getvalue()))
    if kind == "texts":
        return pd.DataFrame([request["texts"]])
    import numpy as np
    from PIL import Image
    size = int(config["image_size"])
    with Image.open(request["file"]) as image:
        rgb = image.convert("RGB").resize((size, size))
    return (np.asarray(rgb, dtype=np.float32) / 255.0).reshape(1, -1)


def plain(value):
    """numpy scalars as JSON values."""
    return value.item() if hasattr(value, "item") else value


def main():
    folder, request_file = sys.argv[1], sys.argv[2]
    with open(os.path.join(folder, "config.json"), encoding="utf-8") as f:
        config = json.load(f)
    with open(request_file, encoding="utf-8") as f:
        request = json.load(f)
    model = joblib.load(os.path.join(folder, config.get("model_file", "model.joblib")))
    x = frame(request, config)
    prediction = plain(model.predict(x)[0])
    probabilities = None
    if hasattr(model, "predict_proba") and hasattr(model, "classes_"):
        try:
            row = model.predict_proba(x)[0]
            probabilities = {str(plain(c)): float(p) for c, p in zip(model.classes_, row)}
        except (AttributeError, NotImplementedError):
            probabilities = None
    print(json.dumps({"prediction": str(prediction), "probabilities": probabilities}))


if __name__ == "__main__":
    main()
