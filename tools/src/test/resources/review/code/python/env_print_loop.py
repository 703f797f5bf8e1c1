import os
import sys

os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "billing")


def handler(event, context):
    os.environ["REQUEST_REGION"] = event["region"]
    total = 0
    for line in event["lines"]:
        total += line["amount"]
    print("total", total)
    sys.stdout.write("done\n")
    return {"total": total}
