#!/usr/bin/env python3
"""load.py — a loopback load client for `gwexport serve` (Python stdlib only).

    load.py URL FILE --total N --clients C [--format F] [--pid PID]
            [--expect PATH] [--burst] [--warmup W] [--token T]

C threads POST FILE to URL/api/convert (?format=F when given) until N
answers are in, each on its own connection, and print one JSON object:
statuses by code, errors (anything but 200), 503s without Retry-After,
answers that differ from --expect (the CLI's bytes), wall seconds,
throughput (conversions/s), latency p50/p99/max (ms), and the server's
resident memory (VmRSS of --pid, KB) when the client starts, before the
measured run (after the warm-up) and after it.

--burst: every client sends exactly one request, all released at once by a
barrier (C concurrent uploads; N is C).  Without it, W warm-up requests
(default C) go first, so "before" is the memory of a server that has
served, not of a fresh one.  Used by tests/e2e/serve.sh (a small run and
the 20-upload burst) and tests/bench/bench.sh (`make bench`).
"""
import argparse
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse


def multipart(path, name):
    """The request body of one upload, and its Content-Type."""
    boundary = "gwexport-load-" + os.urandom(8).hex()
    with open(path, "rb") as f:
        data = f.read()
    head = ('--%s\r\nContent-Disposition: form-data; name="file"; filename="%s"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n" % (boundary, name)).encode("utf-8")
    body = head + data + ("\r\n--%s--\r\n" % boundary).encode("ascii")
    return body, "multipart/form-data; boundary=" + boundary


def rss_kb(pid):
    """VmRSS of pid in KB, or None when it cannot be read."""
    if not pid:
        return None
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


class Run:
    """What the clients share: the next request number and the answers."""

    def __init__(self, args):
        url = urllib.parse.urlsplit(args.url)
        self.host, self.port = url.hostname, url.port or 80
        self.path = "/api/convert" + ("?format=" + args.format if args.format else "")
        name = args.name or os.path.basename(args.file)
        self.body, self.ctype = multipart(args.file, name)
        self.expect = open(args.expect, "rb").read() if args.expect else None
        self.token = args.token
        self.lock = threading.Lock()
        self.next = 0
        self.answers = []   # (status, seconds, retry_after, same_as_expected)

    def take(self, total):
        with self.lock:
            if self.next >= total:
                return False
            self.next += 1
            return True

    def one(self):
        headers = {"Content-Type": self.ctype}
        if self.token:
            headers["X-Gwexport-Token"] = self.token
        t0 = time.monotonic()
        try:
            c = http.client.HTTPConnection(self.host, self.port, timeout=120)
            c.request("POST", self.path, body=self.body, headers=headers)
            r = c.getresponse()
            data = r.read()
            status, retry = r.status, r.getheader("Retry-After")
            c.close()
        except (OSError, http.client.HTTPException) as e:
            status, retry, data = "conn:" + type(e).__name__, None, b""
        same = None if self.expect is None or status != 200 else data == self.expect
        with self.lock:
            self.answers.append((status, time.monotonic() - t0, retry, same))


def client(run, total, barrier):
    if barrier:
        barrier.wait()
        run.one()
        return
    while run.take(total):
        run.one()


def drive(run, total, clients, burst):
    barrier = threading.Barrier(clients) if burst else None
    threads = [threading.Thread(target=client, args=(run, total, barrier)) for _ in range(clients)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.monotonic() - t0


def percentile(sorted_values, p):
    if not sorted_values:
        return None
    k = min(len(sorted_values) - 1, max(0, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def report(run, seconds, rss_before, rss_after):
    statuses = {}
    for status, _, _, _ in run.answers:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    ok = [a for a in run.answers if a[0] == 200]
    times = sorted(a[1] * 1000 for a in ok)
    return {
        "answers": len(run.answers),
        "statuses": statuses,
        "errors": len(run.answers) - len(ok),
        "busy_without_retry_after": sum(1 for a in run.answers if a[0] == 503 and not a[2]),
        "mismatch": sum(1 for a in run.answers if a[3] is False),
        "seconds": round(seconds, 3),
        "throughput": round(len(ok) / seconds, 2) if seconds > 0 else None,
        "p50_ms": round(percentile(times, 50), 1) if times else None,
        "p99_ms": round(percentile(times, 99), 1) if times else None,
        "max_ms": round(times[-1], 1) if times else None,
        "rss_before_kb": rss_before,
        "rss_after_kb": rss_after,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("url")
    ap.add_argument("file")
    ap.add_argument("--total", type=int, default=40)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--format")
    ap.add_argument("--name", help="file name sent (default: FILE's)")
    ap.add_argument("--pid", type=int)
    ap.add_argument("--expect")
    ap.add_argument("--burst", action="store_true")
    ap.add_argument("--warmup", type=int)
    ap.add_argument("--token")
    args = ap.parse_args()
    run = Run(args)
    rss_start = rss_kb(args.pid)
    if not args.burst:
        warmup = args.clients if args.warmup is None else args.warmup
        drive(run, warmup, args.clients, False)
        run.next, run.answers = 0, []
    rss_before = rss_kb(args.pid)
    total = args.clients if args.burst else args.total
    seconds = drive(run, total, args.clients, args.burst)
    rss_after = rss_kb(args.pid)
    result = report(run, seconds, rss_before, rss_after)
    result["rss_start_kb"] = rss_start
    print(json.dumps(result))


if __name__ == "__main__":
    sys.exit(main())
