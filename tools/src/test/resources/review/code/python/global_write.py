import logging

logger = logging.getLogger()
current_tenant = None
seen_ids = {}


def remember(order_id):
    seen_ids[order_id] = True


def handler(event, context):
    global current_tenant
    current_tenant = event["tenant_id"]
    remember(event["order_id"])
    logger.info("order %s for %s", event["order_id"], current_tenant)
    return {"tenant": current_tenant}
