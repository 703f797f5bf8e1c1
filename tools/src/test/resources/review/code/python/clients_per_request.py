import os

import boto3
import pymysql
import requests


def fetch_rate(currency):
    session = requests.Session()
    return session.get(f"https://rates.example.com/{currency}", timeout=2).json()["rate"]


def lambda_handler(event, context):
    dynamodb = boto3.resource("dynamodb")
    table = dynamodb.Table(os.environ["TABLE"])
    connection = pymysql.connect(host=os.environ["DB_HOST"], user="app", database="orders")
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT amount FROM orders WHERE id = %s", (event["id"],))
            amount = cursor.fetchone()[0]
    finally:
        connection.close()
    table.put_item(Item={"id": event["id"], "eur": amount * fetch_rate("EUR")})
    return {"ok": True}
