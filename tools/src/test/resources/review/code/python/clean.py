"""Order lookup for Lambda Managed Instances.

Everything shared is created once per process at import time. The text
/tmp/orders.json in this docstring and os.environ["X"] = "y" in this comment
are not code.
"""
import json
import logging
import os

import boto3
from botocore.config import Config

logger = logging.getLogger()
TABLE = os.environ["TABLE"]
SAFETY_MARGIN_MS = 1_000
_dynamodb = boto3.resource("dynamodb", config=Config(connect_timeout=2, read_timeout=5))
_table = _dynamodb.Table(TABLE)
STATUSES = frozenset({"NEW", "PAID", "SHIPPED"})


def _decode(item):
    return json.loads(item["payload"])


def handler(event, context):
    results = []
    for order_id in event.get("ids", []):
        if context.get_remaining_time_in_millis() < SAFETY_MARGIN_MS:
            logger.warning("stopping early after %d orders", len(results))
            break
        item = _table.get_item(Key={"id": order_id}).get("Item")
        if item and item.get("status") in STATUSES:
            results.append(_decode(item))
    return {"orders": results}
