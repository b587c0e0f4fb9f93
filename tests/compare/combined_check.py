# SPDX-License-Identifier: MIT
"""Checks cinx's combined successor rows against sums made here from the raw
C1 file: counts added up, percentages recomputed from the summed counts and
rounded half away from zero, and the first combined change taken from the
county's own last year.

With --population, the rates per 10,000 children too: the summed counts over
the summed mid-year populations of the year before.

usage: combined_check.py [--population POP.csv] RAW.csv CINX_ALL.csv CINX_COUNT.csv COUNTY_OLD_CODE
       SUCCESSOR_OLD_CODE...
Prints one line per disagreement; exits 1 when there is any."""
import csv
import sys
from decimal import Decimal, ROUND_HALF_UP

RATIOS = {
    "rereferral_percent": ("rereferral_count", "referral_count"),
    "no_further_action_percent": ("no_further_action_count", "referral_count"),
    "not_in_need_percent": ("not_in_need_count", "referral_count"),
    "rereferral_child_percent": ("rereferral_child_count", "referral_child_count"),
}


def raw_rows(path, codes):
    out = {}
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            if row["geographic_level"] == "Local authority" and row["old_la_code"] in codes:
                out[(row["old_la_code"], int(row["time_period"]))] = row
    return out


def number(text):
    try:
        return Decimal(text)
    except Exception:
        return None


def populations(path, codes):
    out = {}
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            if row["geographic_level"] == "Local authority" and row["old_la_code"] in codes:
                out[(row["old_la_code"], int(row["time_period"]))] = number(row["population_estimate"])
    return out


def expected_rate(raw, pop, parts, year, col):
    count = expected(raw, parts, year, col.replace("_rate_per_10k", "_count"))
    people = [pop.get((p, year - 1)) for p in parts]
    if count is None or any(p is None or p <= 0 for p in people):
        return None
    return (count * 10000 / sum(people)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def expected(raw, parts, year, col):
    if col in RATIOS:
        num, den = (expected(raw, parts, year, c) for c in RATIOS[col])
        if num is None or den is None or den <= 0:
            return None
        return (num * 100 / den).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    vals = [number(raw[(p, year)][col]) for p in parts]
    return None if any(v is None for v in vals) else sum(vals)


def main():
    args = sys.argv[1:]
    pop_path = None
    if args[0] == "--population":
        pop_path, args = args[1], args[2:]
    raw_path, all_path, count_path, county, *parts = args
    raw = raw_rows(raw_path, [county] + parts)
    pop = populations(pop_path, parts) if pop_path else {}
    bad = 0
    checked = 0
    last_own = max(y for (c, y) in raw if c == county)
    with open(all_path, newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["series"] == "combined"]
    years = sorted({y for (c, y) in raw if c in parts})
    if [int(r["time_period"]) for r in rows] != years:
        print("combined years %s, expected %s" % ([r["time_period"] for r in rows], years))
        bad += 1
    for r in rows:
        year = int(r["time_period"])
        for col in list(raw[(parts[0], year)]) + [c for c in r if c.endswith("_rate_per_10k")]:
            if col.endswith("_rate_per_10k"):
                if not pop_path:
                    continue
                want = expected_rate(raw, pop, parts, year, col)
            elif col.endswith("_count") or col.endswith("_percent"):
                want = expected(raw, parts, year, col)
            else:
                continue
            got = number(r[col])
            checked += 1
            if want != got:
                print("%d %s: cinx %s, from the file %s" % (year, col, r[col], want))
                bad += 1
    with open(count_path, newline="") as f:
        first = next(r for r in csv.DictReader(f) if r["series"] == "combined")
    want = expected(raw, parts, int(first["time_period"]), "referral_count") - number(
        raw[(county, last_own)]["referral_count"])
    if number(first["referral_count_change"]) != want:
        print("first combined change: cinx %s, from the file %s" % (first["referral_count_change"], want))
        bad += 1
    print("checked %d combined figures" % checked)
    return 1 if bad or not checked else 0


sys.exit(main())
