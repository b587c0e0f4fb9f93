#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes an invented file in the EES layout of the C1 data set, scaled to a
given number of rows, for the scaling benchmark.

The loader keys areas by (level, code) and takes one row per area and year,
so the file grows by authorities and years (up to 1900-2100): every area has
a row in every year, as in the real file. Values are invented, from a fixed
seed, with the real file's mix of counts, one-decimal percentages and
symbols.

Usage: gen_scaled.py ROWS OUTPUT.csv
"""
import random
import sys

HEADER = ("time_period,time_identifier,geographic_level,country_code,country_name,"
          "region_code,region_name,old_la_code,new_la_code,la_name,category,"
          "referral_count,rereferral_count,rereferral_percent,no_further_action_count,"
          "no_further_action_percent,not_in_need_count,not_in_need_percent,"
          "referral_child_count,rereferral_child_count,rereferral_child_percent")
REGIONS = 9
SYMBOLS = ("c", "x", "low", "z", ":")


def shape(rows):
    """Years and areas per year for about `rows` rows: more years first."""
    years = max(1, min(201, int(rows ** 0.5) // 2))
    per_year = max(2 + REGIONS, -(-rows // years))
    return years, per_year


def figures(rnd):
    referrals = rnd.randint(200, 60000)
    re = referrals * rnd.randint(100, 300) // 1000
    nfa = referrals * rnd.randint(10, 200) // 1000
    nin = referrals * rnd.randint(150, 400) // 1000
    children = referrals * rnd.randint(800, 950) // 1000
    re_children = children * rnd.randint(100, 300) // 1000
    out = [referrals, re, f"{100 * re / referrals:.1f}", nfa, f"{100 * nfa / referrals:.1f}",
           nin, f"{100 * nin / referrals:.1f}", children, re_children,
           f"{100 * re_children / children:.1f}"]
    if rnd.random() < 0.02:
        out[rnd.randrange(len(out))] = rnd.choice(SYMBOLS)
    return ",".join(str(v) for v in out)


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit("usage: gen_scaled.py ROWS OUTPUT.csv")
    rows = int(sys.argv[1])
    years, per_year = shape(rows)
    n_las = per_year - 1 - REGIONS
    first_year = 2100 - years + 1
    rnd = random.Random(20250101)
    written = 0
    with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER + "\n")
        for year in range(first_year, 2101):
            lines = []
            prefix = f"{year},Reporting year,"
            lines.append(f"{prefix}National,E92000001,England,,,,,,Referrals and Re-referrals,"
                         + figures(rnd))
            for r in range(REGIONS):
                lines.append(f"{prefix}Regional,E92000001,England,E1200{r + 1:04d},Region {r + 1},,,,"
                             "Referrals and Re-referrals," + figures(rnd))
            for a in range(n_las):
                r = a % REGIONS
                lines.append(f"{prefix}Local authority,E92000001,England,E1200{r + 1:04d},Region {r + 1},"
                             f"{1000 + a},E0{6000000 + a:07d},Authority {a + 1},"
                             "Referrals and Re-referrals," + figures(rnd))
            lines = lines[:rows - written]
            out.write("\n".join(lines) + "\n")
            written += len(lines)
            if written >= rows:
                break


if __name__ == "__main__":
    main()
