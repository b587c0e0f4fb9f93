#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A stand-in for the EES public API on 127.0.0.1, for cinx update's tests.

usage: server.py FIXTURE.csv STATE_DIR [EES.csv]

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

The catalogue (invented publications and data sets, served 2 to a page so
that every list has more than one page):

  /SCENARIO/v1/publications?search=S&page=N   the publications whose title has S
  /SCENARIO/v1/publications/ID/data-sets      a publication's data sets
  badpaging   the publications announce 100000 pages

A second data set, EES_DATA_SET, answers every mode above with EES.csv
(default FIXTURE) as its CSV, and has /meta (its filters and indicators).
  nometa      its meta answers 404

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
import urllib.parse

DATA_SET = "342f9a01-26f0-2a71-91a1-f8bc0bee8b11"
EES_DATA_SET = "7d0e2a3c-1b4f-4e8a-9c61-5f2d8e0a4b17"
PAGE = 2
# invented: ids, titles and dates
PUBLICATIONS = [
    {"id": "0b1c2d3e-0000-4000-8000-000000000001", "title": "Pupil absence in schools in England",
     "slug": "pupil-absence", "summary": "", "lastPublished": "2025-03-20T09:30:00Z"},
    {"id": "0b1c2d3e-0000-4000-8000-000000000002", "title": "Children in need", "slug": "cin",
     "summary": "", "lastPublished": "2024-10-31T09:30:00Z"},
    {"id": "0b1c2d3e-0000-4000-8000-000000000003", "title": "Pupil absence: autumn term",
     "slug": "absence-autumn", "summary": "", "lastPublished": "2025-05-22T09:30:00Z"},
    {"id": "0b1c2d3e-0000-4000-8000-000000000004", "title": "Persistent absence, by characteristic",
     "slug": "persistent", "summary": "", "lastPublished": "2024-12-12T09:30:00Z"},
]
DATA_SETS = {
    PUBLICATIONS[0]["id"]: [
        (EES_DATA_SET, "Absence by sex", "2.1", "2025-03-20T09:30:00Z"),
        ("5a6b7c8d-0000-4000-8000-00000000000a", "Absence by school type", "1.0", "2025-03-20T09:30:00Z"),
        ("5a6b7c8d-0000-4000-8000-00000000000b", "Absence by reason", "1.2", "2024-03-21T09:30:00Z"),
    ],
    PUBLICATIONS[3]["id"]: [
        ("5a6b7c8d-0000-4000-8000-00000000000c", "Persistent absence by FSM", "1.0", "2024-12-12T09:30:00Z"),
    ],
}
META = {
    "filters": [{"id": "aB1", "column": "sex", "label": "Sex", "hint": "Pupils, by sex",
                 "options": [{"id": "x1", "label": "Total"}, {"id": "x2", "label": "Boys"},
                             {"id": "x3", "label": "Girls"}]}],
    "indicators": [{"id": "i1", "column": "pupil_count", "label": "Number of pupils", "unit": "",
                    "decimalPlaces": 0},
                   {"id": "i2", "column": "absence_rate", "label": "Absence rate, all reasons", "unit": "%",
                    "decimalPlaces": 1}],
    "geographicLevels": [], "locations": [], "timePeriods": [],
}
PUBLISHED = "2025-11-20T09:30:00Z"
VERSIONS = {"v1": "1.0", "v2": "2.0", "slow": "2.0"}
REDIRECTS = {"away": "http://localhost:%d/v1", "awayport": "http://127.0.0.1:1/v1",
             "moved": "http://127.0.0.1:%d/v1"}


def main():
    fixture, state = sys.argv[1], sys.argv[2]
    with open(fixture, "rb") as f:
        good = f.read()
    with open(sys.argv[3] if len(sys.argv) > 3 else fixture, "rb") as f:
        ees = f.read()
    first = good.split(b"\n")[1].split(b",")[11]
    bodies = {
        "v1": good,
        "v2": good.replace(b"," + first + b",", b"," + str(int(first) + 1).encode() + b",", 1),
        "invalid": good.replace(b"," + first + b",", b",lots,", 1),
    }
    bodies["slow"] = bodies["v2"]
    lines = good.split(b"\n")
    n_rows = len([line for line in lines[1:] if line])
    ees_rows = len([line for line in ees.split(b"\n")[1:] if line])
    # the second data set: its last column's first value changed or broken
    last = ees.split(b"\n")[1].rsplit(b",", 1)[1]
    ees_bodies = {
        "v1": ees,
        "v2": ees.replace(b"," + last + b"\n", b"," + last + b"1\n", 1),
        "invalid": ees.replace(b"," + last + b"\n", b",lots\n", 1),
    }
    ees_bodies["slow"] = ees_bodies["v2"]
    row = (b"%d,Reporting year,Local authority,E92000001,England,E12000001,North East,%d,E06%06d,Area %d,"
           b"Referrals and Re-referrals,1200,300,25.0,100\n")

    def data_set(ds, title, version, published):
        return {"id": ds, "title": title, "summary": "", "status": "Published",
                "latestVersion": {"version": version, "published": published, "totalResults": 6,
                                  "file": {"id": "f"}, "timePeriods": {"start": "2022/23", "end": "2023/24"},
                                  "geographicLevels": ["National"], "filters": ["Sex"],
                                  "indicators": ["Absence rate"]}}

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
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
            for ds, body, rows in ((DATA_SET, bodies, n_rows), (EES_DATA_SET, ees_bodies, ees_rows)):
                if rest == "v1/data-sets/" + ds:
                    return self.summary(scenario, ds, rows)
                if rest == "v1/data-sets/" + ds + "/csv":
                    return self.csv(scenario, body, good if ds == DATA_SET else ees)
            if rest == "v1/data-sets/" + EES_DATA_SET + "/meta":
                return self.meta(scenario)
            if rest == "v1/publications":
                words = query.get("search", [""])[0].lower()
                found = [p for p in PUBLICATIONS if words in p["title"].lower()]
                return self.page(scenario, found, query)
            for pub, sets in DATA_SETS.items():
                if rest == "v1/publications/%s/data-sets" % pub:
                    return self.page(scenario, [data_set(*d) for d in sets], query)
            if rest.startswith("v1/publications/") and rest.endswith("/data-sets"):
                return self.page(scenario, [], query)
            self.problem(404, "Not Found")

        def page(self, scenario, results, query):
            """One page of results, PAGE to a page whatever the pageSize asked."""
            if scenario == "error500":
                return self.problem(500, "An unexpected error occurred")
            if scenario in ("notfound", "ratelimit", "notjson"):
                return self.summary(scenario, DATA_SET, 0)
            page = int(query.get("page", ["1"])[0])
            pages = max(1, (len(results) + PAGE - 1) // PAGE)
            body = {"paging": {"page": page, "pageSize": PAGE, "totalResults": len(results),
                               "totalPages": 100000 if scenario == "badpaging" else pages},
                    "results": results[(page - 1) * PAGE:page * PAGE]}
            self.wfile.write(self.send(200, json.dumps(body).encode(), "application/json"))

        def meta(self, scenario):
            if scenario == "nometa":
                return self.problem(404, "Data set version not found")
            self.wfile.write(self.send(200, json.dumps(META).encode(), "application/json"))

        def summary(self, scenario, ds, rows):
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
            body = {"id": ds, "title": "Referrals and re-referrals" if ds == DATA_SET else "Absence by sex",
                    "status": "Published",
                    "latestVersion": {"version": VERSIONS.get(scenario, "3.0"), "published": PUBLISHED,
                                      "totalResults": rows}}
            if scenario == "endlessnt":
                del body["latestVersion"]["totalResults"]
            self.wfile.write(self.send(200, json.dumps(body).encode(), "application/json"))

        def csv(self, scenario, bodies, good):
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
