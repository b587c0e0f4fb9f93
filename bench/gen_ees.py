#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes an invented EES file with three filters, of about a given number
of rows, for the benchmark of large files with filters.

Academic years (time_period 200001 style, time_identifier "Academic year"),
England, the nine regions and invented local authorities; every area has a
row for every combination of sex (Total, Boys, Girls), school_phase (Total,
Primary, Secondary, Special) and ethnicity_major (Total and five groups):
72 rows per area and year, as a published file with three filters has. The
file grows by authorities first, then years. Values are invented, from a
fixed seed (the same file on every run), with counts, one-decimal
percentages and a few symbols.

Usage: gen_ees.py ROWS OUTPUT.csv [SEED]
"""
import random
import sys

HEADER = ("time_period,time_identifier,geographic_level,country_code,country_name,"
          "region_code,region_name,old_la_code,new_la_code,la_name,"
          "sex,school_phase,ethnicity_major,"
          "pupil_count,sessions_possible,overall_absence_percent,authorised_absence_percent,"
          "persistent_absence_percent")
REGIONS = [("E12000001", "North East"), ("E12000002", "North West"), ("E12000003", "Yorkshire and The Humber"),
           ("E12000004", "East Midlands"), ("E12000005", "West Midlands"), ("E12000006", "East of England"),
           ("E12000007", "London"), ("E12000008", "South East"), ("E12000009", "South West")]
SEX = ("Total", "Boys", "Girls")
PHASE = ("Total", "Primary", "Secondary", "Special")
ETHNICITY = ("Total", "Asian or Asian British", "Black, African, Caribbean or Black British",
             "Mixed or Multiple ethnic groups", "White", "Other ethnic group")
# CSV fields: a value with a comma in quotes
COMBOS = [(s, p, '"%s"' % e if "," in e else e) for s in SEX for p in PHASE for e in ETHNICITY]
MAX_LAS = 899      # old_la_code has three digits, 100 to 998
FIRST_YEAR = 1990  # academic years from 1990/91
SYMBOLS = ("c", "x", "low", "z", "u")


def shape(rows):
    """(years, authorities) for about `rows` rows: authorities first, up to
    MAX_LAS, then more years."""
    per_area_year = len(COMBOS)
    area_years = max(1, -(-rows // per_area_year))
    years = 1
    while area_years / years - 1 - len(REGIONS) > MAX_LAS:
        years += 1
    return years, max(1, -(-area_years // years) - 1 - len(REGIONS))


def areas(n_las):
    out = [("National", "E92000001", "England", "", "", "", "", "")]
    out += [("Regional", "E92000001", "England", code, name, "", "", "") for code, name in REGIONS]
    for i in range(n_las):
        code, name = REGIONS[i % len(REGIONS)]
        out.append(("Local authority", "E92000001", "England", code, name, str(100 + i),
                    "E0699%04d" % i, "Invented Authority %d" % (i + 1)))
    return out


def figures(rnd, size):
    pupils = max(1, int(size * rnd.uniform(0.5, 1.5)))
    sessions = pupils * rnd.randint(300, 340)
    overall = rnd.uniform(3.0, 12.0)
    out = [pupils, sessions, "%.1f" % overall, "%.1f" % (overall * rnd.uniform(0.55, 0.8)),
           "%.1f" % rnd.uniform(8.0, 30.0)]
    if rnd.random() < 0.02:
        out[rnd.randrange(len(out))] = rnd.choice(SYMBOLS)
    return ",".join(str(v) for v in out)


def main():
    if len(sys.argv) not in (3, 4) or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit("usage: gen_ees.py ROWS OUTPUT.csv [SEED]")
    rows = int(sys.argv[1])
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) == 4 else 11)
    years, n_las = shape(rows)
    places = areas(n_las)
    size = {"National": 8_000_000, "Regional": 900_000, "Local authority": 60_000}
    with open(sys.argv[2], "w", newline="\n") as f:
        f.write(HEADER + "\n")
        for y in range(FIRST_YEAR, FIRST_YEAR + years):
            period = "%d%02d,Academic year," % (y, (y + 1) % 100)
            for a in places:
                head = period + ",".join(a) + ","
                scale = size[a[0]]
                for s, p, e in COMBOS:
                    cell = scale / (1 if s == "Total" else 2) / (1 if p == "Total" else 3) / (1 if e == "Total" else 5)
                    f.write("%s%s,%s,%s,%s\n" % (head, s, p, e, figures(rnd, cell)))


if __name__ == "__main__":
    main()
