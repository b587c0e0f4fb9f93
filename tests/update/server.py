#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A stand-in for the EES public API on 127.0.0.1, for cinx update's tests.

usage: server.py FIXTURE.csv STATE_DIR

Listens on a free port and writes it to STATE_DIR/port. The first part of the
path picks what the server does, so each test uses its own API base
(http://127.0.0.1:PORT/SCENARIO):

  v1, v2      version 1.0 / 2.0; the CSV is FIXTURE (v2: one value changed)
  notfound    the summary answers 404 with problem details
  ratelimit   the summary answers 429, Retry-After: 60
  notjson     the summary is an HTML page
  error500    version 3.0; the CSV answers 500 with problem details
  truncated   version 3.0; the CSV stops half way (STATE_DIR/truncated has
              "SENT DECLARED" byte counts)
  badgzip     version 3.0; the CSV's gzip stream is garbage
  invalid     version 3.0; the CSV has 'lots' for England's first referral_count
  stall       version 3.0; the CSV sends its headers, then nothing

Hostile modes, for tests/hostile/test_update_chaos.sh (bodies not encoded):

  drip        version 3.0; the CSV arrives one byte every 0.1 s
  endless     version 3.0 of FIXTURE's row count; the CSV is valid rows
              without end (invented areas, 20 at a time, each 1901 to 2100)
  endlessnt   the same with no totalResults in the summary
  oversized   version 3.0; the CSV announces 10 GiB, then drips
  away        the summary redirects to another host (localhost for 127.0.0.1)
  awayport    the summary redirects to another port (127.0.0.1:1)
  moved       the summary redirects to /v1 on this server: followed
  slow        version 2.0; the CSV (that of v2) after a second's wait

Every body of the first modes is gzip-encoded, as the real API's are. Each request is logged to
STATE_DIR/requests as "PATH accept-encoding=VALUE".
"""
import gzip
import http.server
import itertools
import json
import os
import sys
import time

DATA_SET = "342f9a01-26f0-2a71-91a1-f8bc0bee8b11"
PUBLISHED = "2025-11-20T09:30:00Z"
VERSIONS = {"v1": "1.0", "v2": "2.0", "slow": "2.0"}
REDIRECTS = {"away": "http://localhost:%d/v1", "awayport": "http://127.0.0.1:1/v1",
             "moved": "http://127.0.0.1:%d/v1"}


def main():
    fixture, state = sys.argv[1], sys.argv[2]
    with open(fixture, "rb") as f:
        good = f.read()
    first = good.split(b"\n")[1].split(b",")[11]
    bodies = {
        "v1": good,
        "v2": good.replace(b"," + first + b",", b"," + str(int(first) + 1).encode() + b",", 1),
        "invalid": good.replace(b"," + first + b",", b",lots,", 1),
    }
    bodies["slow"] = bodies["v2"]
    lines = good.split(b"\n")
    n_rows = len([line for line in lines[1:] if line])
    row = (b"%d,Reporting year,Local authority,E92000001,England,E12000001,North East,%d,E06%06d,Area %d,"
           b"Referrals and Re-referrals,1200,300,25.0,100\n")

    def endless():
        yield lines[0] + b"\n"
        for block in itertools.count():
            for year in range(1901, 2101):
                yield b"".join(row % (year, 100 + a, a, a) for a in range(block * 20, block * 20 + 20))

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def send(self, status, body, ctype, extra=(), length=None):
            gz = gzip.compress(body, mtime=0)
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(gz) if length is None else length))
            for k, v in extra:
                self.send_header(k, v)
            self.end_headers()
            return gz

        def problem(self, status, title, extra=()):
            body = json.dumps({"type": "https://tools.ietf.org/html/rfc9110", "title": title,
                               "status": status}).encode()
            self.wfile.write(self.send(status, body, "application/problem+json", extra))

        def raw(self, length=None):
            """Headers of a plain CSV; without a length it ends when the connection closes."""
            self.send_response(200)
            self.send_header("Content-Type", "text/csv")
            if length is not None:
                self.send_header("Content-Length", str(length))
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True

        def stream(self, chunks, pause=0.0):
            try:
                for chunk in chunks:
                    self.wfile.write(chunk)
                    self.wfile.flush()
                    time.sleep(pause)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def do_GET(self):
            with open(os.path.join(state, "requests"), "a") as log:
                log.write("%s accept-encoding=%s\n" % (self.path, self.headers.get("Accept-Encoding")))
            parts = self.path.split("?")[0].strip("/").split("/")
            scenario, rest = parts[0], "/".join(parts[1:])
            if rest == "v1/data-sets/" + DATA_SET:
                self.summary(scenario)
            elif rest == "v1/data-sets/" + DATA_SET + "/csv":
                self.csv(scenario)
            else:
                self.problem(404, "Not Found")

        def summary(self, scenario):
            if scenario == "notfound":
                return self.problem(404, "Data set not found")
            if scenario == "ratelimit":
                return self.problem(429, "Too Many Requests", [("Retry-After", "60")])
            if scenario == "notjson":
                return self.wfile.write(self.send(200, b"<html>Sign in to the Wi-Fi</html>", "text/html"))
            if scenario in REDIRECTS:
                to = REDIRECTS[scenario]
                self.send_response(302)
                self.send_header("Location", (to % port if "%d" in to else to) + "/v1/data-sets/" + DATA_SET)
                self.send_header("Content-Length", "0")
                return self.end_headers()
            body = {"id": DATA_SET, "title": "Referrals and re-referrals", "status": "Published",
                    "latestVersion": {"version": VERSIONS.get(scenario, "3.0"), "published": PUBLISHED,
                                      "totalResults": n_rows}}
            if scenario == "endlessnt":
                del body["latestVersion"]["totalResults"]
            self.wfile.write(self.send(200, json.dumps(body).encode(), "application/json"))

        def csv(self, scenario):
            if scenario == "slow":
                time.sleep(1)
            if scenario == "drip":
                self.raw()
                return self.stream((good[i:i + 1] for i in range(len(good))), 0.1)
            if scenario in ("endless", "endlessnt"):
                self.raw()
                return self.stream(endless())
            if scenario == "oversized":
                self.raw(10 << 30)
                return self.stream(itertools.repeat(good[:1]), 0.1)
            if scenario in bodies:
                return self.wfile.write(self.send(200, bodies[scenario], "text/csv"))
            if scenario == "error500":
                return self.problem(500, "An unexpected error occurred")
            if scenario == "badgzip":
                self.send_response(200)
                self.send_header("Content-Type", "text/csv")
                self.send_header("Content-Encoding", "gzip")
                junk = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\xff" * 64
                self.send_header("Content-Length", str(len(junk)))
                self.end_headers()
                return self.wfile.write(junk)
            gz = self.send(200, good, "text/csv", length=None)
            if scenario == "truncated":
                sent = len(gz) // 2
                with open(os.path.join(state, "truncated"), "w") as f:
                    f.write("%d %d\n" % (sent, len(gz)))
                self.wfile.write(gz[:sent])
                self.wfile.flush()
                self.close_connection = True
            elif scenario == "stall":
                # headers only: a few bytes of body would keep libcurl's
                # average speed above the limit for several more seconds
                self.wfile.flush()
                time.sleep(60)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    server.daemon_threads = True
    tmp = os.path.join(state, "port.tmp")
    with open(tmp, "w") as f:
        f.write("%d\n" % server.server_address[1])
    os.rename(tmp, os.path.join(state, "port"))
    server.serve_forever()


if __name__ == "__main__":
    main()
