#!/usr/bin/env python3
"""Cold start of MCP servers over stdio: process spawn to the tools/list reply.

Runs each server in turn (alternating, so machine noise hits both alike), discards a warm-up
round, and reports the median, min and max of the measured rounds plus the resident memory of
each server right after it answered tools/list. Loopback only: it talks to child processes.

usage: coldstart.py --runs 10 --label NAME -- CMD ... [--label NAME -- CMD ...]
"""
import argparse, json, os, statistics, subprocess, sys, time

MESSAGES = [
    {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {},
        "clientInfo": {"name": "coldstart", "version": "1"}}},
    {"jsonrpc": "2.0", "method": "notifications/initialized"},
    {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
]


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None


def once(cmd, timeout=60):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    for m in MESSAGES:
        proc.stdin.write((json.dumps(m) + "\n").encode())
    proc.stdin.flush()
    tools, stray = None, 0
    deadline = start + timeout
    while time.perf_counter() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        try:
            msg = json.loads(line)
        except ValueError:
            stray += 1  # anything on stdout that is not JSON-RPC breaks a client
            continue
        if msg.get("id") == 2:
            tools = len(msg["result"]["tools"])
            break
    elapsed = time.perf_counter() - start
    rss = rss_kb(proc.pid)
    proc.stdin.close()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    if tools is None:
        raise SystemExit(f"no tools/list reply from {cmd}")
    return elapsed, rss, tools, stray


def main():
    argv = sys.argv[1:]
    runs = 10
    if argv[:1] == ["--runs"]:
        runs, argv = int(argv[1]), argv[2:]
    servers = []
    while argv:
        assert argv[0] == "--label" and argv[2] == "--", "usage: --label NAME -- CMD ..."
        label, argv = argv[1], argv[3:]
        cmd = []
        while argv and argv[0] != "--label":
            cmd.append(argv.pop(0))
        servers.append((label, cmd))
    results = {label: [] for label, _ in servers}
    for round_ in range(runs + 1):  # round 0 warms the page cache and is discarded
        for label, cmd in servers:
            r = once(cmd)
            if round_ > 0:
                results[label].append(r)
    print(f"| server | tools | median to tools/list | min | max | RSS after tools/list (median) | non-JSON lines on stdout |")
    print("|---|---|---|---|---|---|---|")
    medians = {}
    for label, _ in servers:
        times = [r[0] for r in results[label]]
        rss = [r[1] for r in results[label] if r[1]]
        medians[label] = statistics.median(times)
        print(f"| {label} | {results[label][0][2]} | {medians[label]*1000:.0f} ms | {min(times)*1000:.0f} ms "
              f"| {max(times)*1000:.0f} ms | {statistics.median(rss)/1024:.0f} MB | {sum(r[3] for r in results[label])} |")
    first = servers[0][0]
    for label, _ in servers[1:]:
        print(f"\nratio {first} / {label}: {medians[first]/medians[label]:.2f}")


if __name__ == "__main__":
    main()
