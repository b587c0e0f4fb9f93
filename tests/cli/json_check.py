# SPDX-License-Identifier: MIT
"""Checks one command's --format json against its --format csv.

Usage: json_check.py JSON_FILE CSV_FILE [KEY=VALUE...]
The JSON must parse strictly (no NaN, no key twice) into {notice?, title?,
rows, notes}; every row holds the CSV's columns in the CSV's order, each
value column followed by its _status, and the same values as the CSV row.
KEY=VALUE pairs are top-level fields the JSON must carry with that value.
"""
import csv
import json
import sys

STATUS = {"ok", "confidential", "not_available", "not_applicable", "low_reliability",
          "rounds_to_zero", "no_row"}


def no_twice(pairs):
    keys = [k for k, _ in pairs]
    assert len(keys) == len(set(keys)), "a key twice: %s" % keys
    return dict(pairs)


def no_constant(name):
    raise AssertionError("not JSON: %s" % name)


def check_row(i, row, header, cells, value_cols):
    keys = [k for k in row if not (k.endswith("_status") and k[:-7] in row)]
    assert keys == header, "row %d: keys %s, CSV header %s" % (i, keys, header)
    order = list(row)
    for name, cell in zip(header, cells):
        v = row[name]
        status = row.get(name + "_status")
        # a value column says what each of its set cells holds
        assert status is not None or name not in value_cols or v is None, "row %d: no %s_status" % (i, name)
        if status is not None:
            assert order.index(name + "_status") == order.index(name) + 1, name
            assert status in STATUS, "row %d: %s_status %r" % (i, name, status)
            assert (status == "ok") == isinstance(v, (int, float)), (i, name, v, status)
            assert (status == "no_row") == (v is None), (i, name, v, status)
        if v is None:
            assert cell == "", "row %d: %s is null, CSV has %r" % (i, name, cell)
        elif isinstance(v, bool):
            raise AssertionError("row %d: %s is a boolean" % (i, name))
        elif isinstance(v, (int, float)):
            assert float(cell) == v, "row %d: %s is %r, CSV has %r" % (i, name, v, cell)
        else:
            assert isinstance(v, str) and v == cell, "row %d: %s is %r, CSV has %r" % (i, name, v, cell)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = json.load(f, object_pairs_hook=no_twice, parse_constant=no_constant)
    with open(sys.argv[2], encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    assert isinstance(doc, dict), "not an object"
    assert set(doc) <= {"notice", "title", "rows", "notes"}, sorted(doc)
    assert list(doc)[-2:] == ["rows", "notes"], list(doc)
    for key in ("notice", "title"):
        assert key not in doc or isinstance(doc[key], str), key
    assert isinstance(doc["notes"], list) and all(isinstance(n, str) for n in doc["notes"])
    rows = doc["rows"]
    assert isinstance(rows, list) and all(isinstance(r, dict) for r in rows)
    assert len(rows) == len(table) - 1, "%d rows, CSV has %d" % (len(rows), len(table) - 1)
    value_cols = {k[:-7] for r in rows for k in r if k.endswith("_status") and k[:-7] in r}
    for i, (row, cells) in enumerate(zip(rows, table[1:])):
        check_row(i, row, table[0], cells, value_cols)
    for pair in sys.argv[3:]:
        key, want = pair.split("=", 1)
        assert doc.get(key) == want, "%s is %r, expected %r" % (key, doc.get(key), want)


try:
    main()
except AssertionError as e:
    print("# %s" % e)
    sys.exit(1)
