import csv
import os
import tempfile

EXPORT_DIR = "/tmp"


def handler(event, context):
    rows = event["rows"]
    shared = os.path.join("/tmp", "export.csv")
    with open(shared, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    unique = f"/tmp/export-{context.aws_request_id}.csv"
    with open(unique, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    with tempfile.NamedTemporaryFile(suffix=".csv") as tmp:
        tmp.write(b"ok")
    return {"files": [shared, unique, EXPORT_DIR]}
