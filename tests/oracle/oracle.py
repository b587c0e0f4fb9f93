#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""An independent oracle for cinx's print mode: reads the published files
itself, recomputes every cell cinx prints (see rules.py, model.py,
expect.py), runs cinx and reports each difference. TAP on standard output.

    oracle.py CINX DATA_DIR        (CINX_ORACLE_SAMPLE=N checks every Nth run)
"""
import csv
import io
import json
import os
import re
import resource
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import expect as E  # noqa: E402
import rules  # noqa: E402
from model import (EMPTY, ENGLAND, PUBLISHED, SHORT, STATUS, SYMBOLS, Model, decimals)  # noqa: E402

C1 = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv'
POP = 'ons_mid-year_population_estimates_2012_to_2024.csv'
SN = 'sn_model_2025_wide.csv'
FORMATS = ['csv', 'tsv', 'json', 'text', 'markdown']
MAX_LISTED = 50
LABEL = {v: k for k, v in SHORT.items()}


class Report:
    def __init__(self):
        self.diffs = {}      # family -> [(cmd, row, column, expected, got)]
        self.cells = 0
        self.runs = 0
        self.unchecked = {}  # (family, column) -> count

    def diff(self, fam, cmd, row, col, exp, got):
        self.diffs.setdefault(fam, []).append((cmd, row, col, exp, got))

    def skip(self, fam, col):
        """A column printed that the oracle has no rule for."""
        self.unchecked[(fam, col)] = self.unchecked.get((fam, col), 0) + 1

    def same_text(self, fam, cmd, row, col, want, got):
        self.cells += 1
        if got != want:
            self.diff(fam, cmd, row, col, want, got)


# ---- parsing cinx's output ------------------------------------------------------
def parse_machine(text, fmt):
    """Rows of a csv, tsv or json output as dicts of column -> raw cell."""
    if fmt == 'json':
        doc = json.loads(text, parse_float=lambda s: ('num', s), parse_int=lambda s: ('num', s))
        return doc['rows'], doc.get('notes', [])
    return list(csv.DictReader(io.StringIO(text), delimiter='\t' if fmt == 'tsv' else ',')), []


def parse_table(text, fmt):
    """The first table of a text or markdown output: (header, rows, lines after)."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if fmt == 'markdown' and line.startswith('| ---') or fmt == 'markdown' and line.startswith('| :--'):
            head = [h.strip() for h in lines[i - 1].strip('|').split(' | ')]
            rows, j = [], i + 1
            while j < len(lines) and lines[j].startswith('| '):
                cells = [re.sub(r'\\(.)', r'\1', c) for c in lines[j][2:-2].split(' | ')]
                rows.append([c if h.startswith('Trend') else c.strip() for h, c in zip(head, cells)])
                j += 1
            return head, rows, lines[j:]
        if fmt == 'text' and line and set(line) <= {'─', ' ', '-'} and '─' in line or \
                fmt == 'text' and line.startswith('--') and set(line) <= {'-', ' '}:
            dash = line[0]
            spans, k = [], 0
            while k < len(line):
                if line[k] == dash:
                    s = k
                    while k < len(line) and line[k] == dash:
                        k += 1
                    spans.append((s, k))
                else:
                    k += 1
            # a cell may run to the next column's start (right-aligned numbers)
            cuts = [(s, spans[n + 1][0] if n + 1 < len(spans) else None) for n, (s, _) in enumerate(spans)]
            head = [lines[i - 1][s:e].strip() for s, e in cuts]
            rows, j = [], i + 1
            while j < len(lines) and lines[j].strip():
                # sparklines keep their spaces: a space is a year with no row
                rows.append([lines[j][s:e] if h.startswith('Trend') else lines[j][s:e].strip()
                             for h, (s, e) in zip(head, cuts)])
                j += 1
            return head, rows, lines[j:]
    return [], [], lines


def as_csv(cell):
    return cell[1] if cell[0] in ('n', 's', 't', 'i') else ''


def show_cell(cell):
    return {'n': lambda: cell[1], 's': lambda: cell[1], 't': lambda: repr(cell[1]),
            'i': lambda: cell[1], 'r': lambda: '(no row)', 'e': lambda: '(empty)'}[cell[0]]()


def compare_cell(cell, got, fmt, status):
    """True when the output's cell is the expected one."""
    kind = cell[0]
    if fmt == 'json':
        if kind in ('n', 'i'):
            ok = got == ('num', cell[1])
        elif kind in ('s', 't'):
            ok = got == cell[1]
        else:
            ok = got is None
        if ok and status is not None and kind in ('n', 's', 'r'):
            want = {'n': 'ok', 'r': 'no_row'}.get(kind) or STATUS[cell[1]]
            ok = status == want
        return ok
    return got == as_csv(cell)


def each_row(rep, fam, cmd, keyed, expected):
    """(key, printed row, expected cells) for each printed (key, row) that
    is expected; rows printed but not expected, and expected but not
    printed, are differences."""
    seen = set()
    for k, g in keyed:
        seen.add(k)
        if k not in expected:
            rep.diff(fam, cmd, k, '(row)', '(no such row)', 'printed')
            continue
        yield k, g, expected[k]
    for k in expected:
        if k not in seen:
            rep.diff(fam, cmd, k, '(row)', 'printed', '(missing)')


def check_rows(rep, fam, cmd, fmt, got_rows, expected, key_of):
    """Compares every column of every printed row with the expected cells;
    expected: row key -> cells. Missing and unexpected rows are differences."""
    for k, g, exp in each_row(rep, fam, cmd, ((key_of(g), g) for g in got_rows), expected):
        for col, gv in g.items():
            if col.endswith('_status') and fmt == 'json' and col[:-7] in g:
                continue
            cell = exp.get(col)
            if cell is None:
                rep.skip(fam, col)
                continue
            rep.cells += 1
            status = g.get(col + '_status') if fmt == 'json' else None
            if not compare_cell(cell, gv, fmt, status):
                shown = gv if fmt != 'json' or not isinstance(gv, tuple) else gv[1]
                if status is not None:
                    shown = '%s (%s)' % (shown, status)
                rep.diff(fam, cmd, k, col, show_cell(cell), repr(shown) if fmt == 'json' else shown)


def text_of(cell, kind):
    """A cell as the text and markdown formats show it."""
    if cell[0] == 'r':
        return '-' if kind in ('value', 'change') else ''
    if cell[0] == 'e':
        return ''
    if cell[0] == 'n':
        return rules.signed(cell[1]) if kind == 'change' else rules.group(cell[1])
    return cell[1]


def text_expected(label, cells, metric):
    """The text cell under a column label, from a row's expected cells; None
    for columns the oracle does not check (sparklines)."""
    plain = {'Area': 'area_name', 'Code': 'area_code', 'Year': 'time_period', 'Level': 'geographic_level',
             'Old code': 'old_la_code', 'Series': 'series', 'Band': 'quartile', 'Why': 'why',
             'Closeness': 'closeness', '#': 'position'}
    if label in plain:
        return text_of(cells.get(plain[label], EMPTY), 'text')
    if label in LABEL:
        return text_of(cells.get(LABEL[label], EMPTY), 'value')
    if label in ('Value', 'Previous'):
        return text_of(cells[label.lower()], 'value')
    if label == 'Change':
        return text_of(cells['change' if 'change' in cells else metric + '_change'], 'change')
    if label == 'Change %':
        return text_of(cells['change_percent'], 'change')
    if label == 'Indicator':
        return SHORT[cells['indicator'][1]]
    if label == 'Rank':
        r, o = cells.get('rank', EMPTY), cells.get('rank_of', EMPTY)
        return '%s/%s' % (r[1], o[1]) if r[0] == 'i' else ''
    if label == 'Used':
        u, n = cells.get('used', EMPTY), cells.get('listed', EMPTY)
        return '%s of %s' % (u[1], n[1]) if u[0] == 'i' else ''
    return None


BLOCKS = '▁▂▃▄▅▆▇█'


def check_spark(rep, fam, cmd, row, got, values, lo, hi):
    """A sparkline of the years' values: a space for no row, '·' for a
    symbol, else a block; higher values never get lower blocks, and the
    lowest and highest values of the scale (lo, hi) get the lowest and
    highest blocks."""
    got = got[:len(values)].ljust(len(values))
    rep.cells += len(values)
    for y, (v, ch) in enumerate(zip(values, got)):
        if v is None:
            want = ' '
        elif isinstance(v, str):
            want = '·'
        elif hi is not None and hi > lo and v == lo:
            want = BLOCKS[0]
        elif hi is not None and hi > lo and v == hi:
            want = BLOCKS[-1]
        else:
            want = ch if ch in BLOCKS else 'a block'
        if ch != want:
            rep.diff(fam, cmd, row, 'Trend, year %d' % (y + 1), repr(want), repr(ch))
    nums = [(v, BLOCKS.index(ch)) for v, ch in zip(values, got)
            if v is not None and not isinstance(v, str) and ch in BLOCKS]
    for v, b in nums:
        for w, c in nums:
            if v < w and b > c or v == w and b != c:
                rep.diff(fam, cmd, row, 'Trend', 'a block for %s no higher than for %s' % (v, w), got)
                return


def series_scale(values):
    nums = [v for v in values if v is not None and not isinstance(v, str)]
    return (min(nums), max(nums)) if nums else (None, None)


def check_text(rep, fam, cmd, fmt, out, expected, key_cols, metric, spark=None):
    head, rows, _ = parse_table(out, fmt)
    if not head:
        rep.diff(fam, cmd, '', '(table)', 'a table', '(none found)')
        return
    dicts = (dict(zip(head, r)) for r in rows)
    for k, d, exp in each_row(rep, fam, cmd, ((tuple(d.get(c, '') for c in key_cols), d) for d in dicts), expected):
        for label, got in d.items():
            if label.startswith('Trend') and spark:
                values, lo, hi = spark(exp)
                check_spark(rep, fam, cmd, k, got, values, lo, hi)
                continue
            want = text_expected(label, exp, metric)
            if want is None:
                rep.skip(fam, label)
            else:
                rep.same_text(fam, cmd, k, label, want, got)


# ---- the runs -------------------------------------------------------------------
class Oracle:
    def __init__(self, cinx, data, sample):
        self.cinx, self.sample = cinx, sample
        self.c1, self.pop, self.snf = (os.path.join(data, f) for f in (C1, POP, SN))
        self.plain = Model(self.c1)
        self.full = Model(self.c1, self.pop, self.snf)
        self.with_sn = Model(self.c1, None, self.snf)
        self.with_pop = Model(self.c1, self.pop, None)
        self.rep = Report()
        self.jobs = []

    def model(self, pop, sn):
        return {(0, 0): self.plain, (1, 1): self.full, (0, 1): self.with_sn, (1, 0): self.with_pop}[(pop, sn)]

    def argv(self, pop, sn, args):
        a = [self.cinx, '--data', self.c1]
        if pop:
            a += ['--population', self.pop]
        if sn:
            a += ['--neighbours', self.snf]
        return a + args

    def add(self, fam, pop, sn, args, check):
        self.jobs.append((fam, pop, sn, args, check))

    def run(self, jobs=2):
        by_fam = {}
        for j in self.jobs:
            by_fam.setdefault(j[0], []).append(j)
        chosen = [j for fam in by_fam.values() for n, j in enumerate(fam) if n % self.sample == 0]

        def one(job):
            fam, pop, sn, args, check = job
            p = subprocess.run(self.argv(pop, sn, args), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            cmd = 'cinx ' + ' '.join(([] if not pop else ['--population P']) + ([] if not sn else ['--neighbours N'])
                                    + [('"%s"' % x if ' ' in x else x) for x in args])
            return fam, cmd, p, check, self.model(pop, sn)
        with ThreadPoolExecutor(max_workers=jobs) as ex:
            for fam, cmd, p, check, m in ex.map(one, chosen):
                self.rep.runs += 1
                out = p.stdout.decode('utf-8', 'replace')
                if p.returncode != 0:
                    self.rep.diff(fam, cmd, '', '(exit)', 0, '%d: %s' % (p.returncode, p.stderr.decode()[:200]))
                    continue
                try:
                    check(self.rep, fam, cmd, m, out)
                except Exception as e:  # a parse failure is a difference too
                    self.rep.diff(fam, cmd, '', '(output)', 'parsable', '%s: %s' % (type(e).__name__, e))
        return len(chosen), len(self.jobs)

    # ---- families -------------------------------------------------------------
    def plan(self):
        m = self.full
        years = m.years
        areas = sorted(m.areas.values(), key=lambda a: (a.level, a.code))
        metrics = list(m.indicators)

        # table: every year, level and indicator, in csv and in one other
        # format taken in turn (every format for --metric all); rates with --population
        k = 0
        for y in years:
            for level in ('national', 'regional', 'la'):
                for metric in ['all'] + metrics:
                    k += 1
                    for fmt in (FORMATS if metric == 'all' else ['csv', FORMATS[1 + k % 4]]):
                        for pop in ((0, 1) if metric == 'all' and fmt in ('csv', 'json') else (1,)):
                            self.add('table', pop, 0, ['table', '--year', str(y), '--level', level, '--metric',
                                                       metric, '--format', fmt],
                                     self.check_table(y, level, metric, fmt))
        # table sorted: the order, numbers first, symbols last
        for y in years:
            for n, metric in enumerate(metrics):
                for order in ('asc', 'desc'):
                    args = ['table', '--year', str(y), '--metric', metric, '--sort', order, '--format', 'csv']
                    if (y + n) % 2:
                        args += ['--limit', '10']
                    self.add('table --sort', 1, 0, args, self.check_sorted(y, metric, order, '--limit' in args))
        # trend: every area, all indicators and each one; batches of areas
        batch = 12
        for n in range(0, len(areas), batch):
            group = areas[n:n + batch]
            for fmt in FORMATS:
                for pop in ((0, 1) if fmt in ('csv', 'json') else (1,)):
                    self.add('trend', pop, 0, ['trend'] + [a.code for a in group] + ['--format', fmt],
                             self.check_trend(group, 'all', fmt))
            for metric in metrics:
                for fmt in (('csv', 'json', 'text') if n // batch % 3 == 0 else ('csv',)):
                    self.add('trend', 1, 0, ['trend'] + [a.code for a in group] + ['--metric', metric,
                                                                               '--format', fmt],
                             self.check_trend(group, metric, fmt))
        # trend with predecessors: every successor, and one authority without any
        for old in ('839', '838', '940', '941', '942', '943', '383'):
            a = m.by_code[old]
            for metric in ['all'] + PUBLISHED:
                for fmt in (('csv', 'json', 'text', 'markdown') if metric in ('all', 'rereferral_percent')
                            else ('csv',)):
                    self.add('trend --with-predecessors', 0, 0,
                             ['trend', a.code, '--with-predecessors', '--metric', metric, '--format', fmt],
                             self.check_trend([a], metric, fmt, True))
        # show: every area and year in json with both files; the rest sampled
        k = 0
        for a in areas:
            for y in sorted(a.years):
                k += 1
                self.add('show --neighbours --population', 1, 1,
                         ['show', a.code, '--year', str(y), '--format', 'json'], self.check_show(a, y, 'json'))
                if k % 3 == 0:
                    self.add('show', 0, 0, ['show', a.code, '--year', str(y), '--format', 'csv'],
                             self.check_show(a, y, 'csv'))
                if k % 7 == 0:
                    self.add('show --neighbours', 0, 1, ['show', a.code, '--year', str(y), '--format', 'tsv'],
                             self.check_show(a, y, 'tsv'))
                    self.add('show --population', 1, 0, ['show', a.code, '--year', str(y), '--format', 'csv'],
                             self.check_show(a, y, 'csv'))
                if k % 10 == 0:
                    for fmt in ('text', 'markdown'):
                        self.add('show text', 1, 1, ['show', a.code, '--year', str(y), '--format', fmt],
                                 self.check_show(a, y, fmt))
        # compare: several sets of areas, every indicator, several years
        sets = [['E08000035', 'E08000032', 'E08000034'], ['E09000012', 'E09000007', 'E12000007', ENGLAND],
                ['E06000058', 'E06000059', 'E10000021', 'E06000061', 'E06000062'],
                ['E10000014', 'E06000053', 'E09000001', 'E13000001', 'E13000002'],
                ['E10000006', 'E06000063', 'E06000064', 'E06000060', 'E06000065', 'E06000066', 'E12000001',
                 'E08000025']]
        for s in sets:
            for y in sorted(set(years[::2] + [years[-1]])):
                for metric in metrics:
                    for fmt in (('csv', 'json', 'text') if metric in ('rereferral_percent', 'referral_count',
                                                                      'referral_rate_per_10k') else ('csv',)):
                        self.add('compare', 1, 0, ['compare'] + s + ['--metric', metric, '--year', str(y),
                                                                     '--format', fmt],
                                 self.check_compare(s, y, metric, fmt))
        # neighbours: every authority in the model, every year, the main
        # indicators in turn (show --neighbours checks every indicator's mean
        # and median); formats in turn
        main = ['referral_count', 'rereferral_percent', 'referral_rate_per_10k']
        k = 0
        for old in sorted(m.sn):
            a = m.by_code[old]
            for y in years:
                k += 1
                metric = main[k % 3]
                fmt = ('csv', 'json', 'csv', 'text', 'tsv', 'markdown')[k % 6]
                self.add('neighbours', 1, 1, ['neighbours', a.code, '--year', str(y), '--metric', metric,
                                              '--format', fmt], self.check_neighbours(a, y, metric, fmt))
        # notable: every year and indicator; a non-default threshold now and then
        for y in years:
            for fmt in FORMATS:
                self.add('notable', 1, 0, ['notable', '--year', str(y), '--format', fmt],
                         self.check_notable(y, metrics, fmt))
            for metric, t in (('rereferral_percent', '2.5'), ('referral_count', '10')):
                self.add('notable --threshold', 1, 0, ['notable', '--year', str(y), '--metric', metric,
                                                       '--threshold', t, '--format', 'csv'],
                         self.check_notable(y, [metric], 'csv', t))

    # ---- checkers -------------------------------------------------------------
    @staticmethod
    def machine_or_text(rep, fam, cmd, fmt, out, expected, key_of, key_cols, metric, spark=None):
        if fmt in ('text', 'markdown'):
            tex = {tuple(str(x) for x in (k if isinstance(k, tuple) else (k,))): v for k, v in expected.items()}
            check_text(rep, fam, cmd, fmt, out, tex, key_cols, metric, spark)
        else:
            rows, _ = parse_machine(out, fmt)
            check_rows(rep, fam, cmd, fmt, rows, expected, key_of)

    def check_table(self, y, level, metric, fmt):
        def check(rep, fam, cmd, m, out):
            exp = {a.code: E.metric_cells(m, a, y, metric) for a in E.table_rows(m, y, level)}

            def spark(cells):   # each row on its own scale
                values = [m.value(m.by_code[cells['area_code'][1]], yy, metric) for yy in m.years]
                return (values,) + series_scale(values)
            self.machine_or_text(rep, fam, cmd, fmt, out, exp, lambda g: g['area_code'], ['Code'], metric, spark)
        return check

    def check_sorted(self, y, metric, order, limited):
        def check(rep, fam, cmd, m, out):
            rows = E.table_rows(m, y, 'la')
            exp = {a.code: E.metric_cells(m, a, y, metric) for a in rows}
            got, _ = parse_machine(out, 'csv')
            check_rows(rep, fam, cmd, 'csv', got, {g['area_code']: exp.get(g['area_code'], {}) for g in got},
                       lambda g: g['area_code'])
            vals = [m.value(a, y, metric) for a in rows]
            nums = sorted((v for v in vals if not isinstance(v, str)), reverse=order == 'desc')
            want = [rules.fmt(v, decimals(metric)) for v in nums] + sorted(v for v in vals if isinstance(v, str))
            want = want[:10] if limited else want
            have = [g[metric] for g in got]
            rep.cells += len(want)
            if [w for w in have if w not in SYMBOLS] != [w for w in want if w not in SYMBOLS] or \
                    sorted(w for w in have if w in SYMBOLS) != sorted(w for w in want if w in SYMBOLS) or \
                    any(h in SYMBOLS for h in have[:len([w for w in want if w not in SYMBOLS])]):
                first = next((i for i, (h, w) in enumerate(zip(have, want)) if h != w), min(len(have), len(want)))
                rep.diff(fam, cmd, 'position %d' % (first + 1), metric, ' '.join(want[first:first + 5]),
                         ' '.join(have[first:first + 5]))
        return check

    def check_trend(self, group, metric, fmt, preds=False):
        def check(rep, fam, cmd, m, out):
            exp = {}
            for a in group:
                for (code, y, series), c in E.trend_rows(m, a, metric, preds):
                    exp[(code, str(y), series) if preds else (code, str(y))] = c
            if preds:
                key = (lambda g: (g['area_code'] or '', str(_plain(g['time_period'])), g['series']))
                kc = ['Code', 'Year', 'Series']
                if fmt in ('text', 'markdown'):
                    # the text shows no series for the area's own years
                    exp = {(k[0], k[1], '' if k[2] == 'own' else k[2]): dict(v, series=('t', '' if k[2] == 'own'
                                                                                      else k[2]))
                           for k, v in exp.items()}
            else:
                key = (lambda g: (g['area_code'], str(_plain(g['time_period']))))
                kc = ['Code', 'Year']
            self.machine_or_text(rep, fam, cmd, fmt, out, exp, key, kc, metric)
        return check

    def check_compare(self, codes, y, metric, fmt):
        def check(rep, fam, cmd, m, out):
            # every area asked for, those without a row that year too
            exp = {m.by_code[c].code: E.metric_cells(m, m.by_code[c], y, metric, True, True) for c in codes}
            # one scale for every row: the lowest and highest value of any area in any year
            lo, hi = series_scale([m.value(m.by_code[c], yy, metric) for c in codes for yy in m.years])

            def spark(cells):
                return [m.value(m.by_code[cells['area_code'][1]], yy, metric) for yy in m.years], lo, hi
            self.machine_or_text(rep, fam, cmd, fmt, out, exp, lambda g: g['area_code'], ['Code'], metric, spark)
            if fmt == 'text' and lo is not None:
                dp = decimals(metric)
                note = 'Trend lines share one scale, from %s to %s.' % (rules.group(rules.fmt(lo, dp)),
                                                                       rules.group(rules.fmt(hi, dp)))
                rep.cells += 1
                if note not in out:
                    have = [ln for ln in out.split('\n') if ln.startswith('Trend lines share')]
                    rep.diff(fam, cmd, '', '(scale note)', note, have[0] if have else '(missing)')
        return check

    def check_neighbours(self, a, y, metric, fmt):
        def check(rep, fam, cmd, m, out):
            rows = E.neighbour_rows(m, a, y, metric)
            if fmt in ('text', 'markdown'):
                exp = {(k, c['area_name'][1]) if k.isdigit() else ('', k): c for k, c in rows}
                check_text(rep, fam, cmd, fmt, out, exp, ['#', 'Area'], metric)
                return
            exp = dict(rows)
            got, _ = parse_machine(out, fmt)
            check_rows(rep, fam, cmd, fmt, got, exp,
                       lambda g: str(_plain(g['position'])) if g['position'] not in ('', None) else g['area_name'])
        return check

    def check_notable(self, y, metrics, fmt, threshold=None):
        def check(rep, fam, cmd, m, out):
            inds = [i for i in metrics if i in m.indicators]
            exp = E.notable_rows(m, y, inds, threshold)
            if fmt in ('text', 'markdown'):
                tex = {(k[1], SHORT[k[0]]): v for k, v in exp.items()}
                check_text(rep, fam, cmd, fmt, out, tex, ['Code', 'Indicator'], None)
                if fmt == 'text':
                    for ind in inds:
                        note = E.fence_note(m, y, ind)
                        rep.cells += 1
                        if note and note not in out:
                            have = [ln for ln in out.split('\n') if ln.startswith(SHORT[ind] + ': quartiles')]
                            rep.diff(fam, cmd, ind, '(fences note)', note, have[0] if have else '(missing)')
                return
            got, _ = parse_machine(out, fmt)
            check_rows(rep, fam, cmd, fmt, got, exp, lambda g: (g['indicator'], g['area_code']))
        return check

    def check_show(self, a, y, fmt):
        def check(rep, fam, cmd, m, out):
            if fmt in ('text', 'markdown'):
                return self.check_show_text(rep, fam, cmd, m, out, a, y, fmt)
            got, _ = parse_machine(out, fmt)
            exp = {a.code: E.show_main(m, a, y)}
            allowed = E.show_allowed(m, a, y)
            for g in got[1:]:
                c = m.by_code.get(g['area_code'])
                if c and c.code in allowed:
                    # a context row prints nothing in the main row's extra columns
                    exp[c.code] = Blank(E.show_context(m, a, y, c))
            for code in E.show_required(m, a, y):
                if code not in exp:
                    rep.diff(fam, cmd, code, '(row)', 'printed (benchmark)', '(missing)')
            if not got or got[0]['area_code'] != a.code:
                rep.diff(fam, cmd, a.code, '(first row)', a.code, got[0]['area_code'] if got else '(none)')
            check_rows(rep, fam, cmd, fmt, got, exp, lambda g: g['area_code'])
        return check

    def check_show_text(self, rep, fam, cmd, m, out, a, y, fmt):
        head, rows, _ = parse_table(out, fmt)
        main = E.show_main(m, a, y)
        eng = m.by_code[ENGLAND]
        reg = m.benchmark_region(a, y) if a.level == 'Local authority' else None
        for r in rows:
            d = dict(zip(head, r))
            ind = LABEL.get(d.get('Indicator'))
            if ind is None:
                rep.diff(fam, cmd, d.get('Indicator'), 'Indicator', 'a known indicator', d.get('Indicator'))
                continue
            rk = m.rank(a, y, ind)
            want = {'Value': text_of(main[ind], 'value'), 'Change': text_of(main[ind + '_change'], 'change'),
                    'Rank': '%d/%d' % rk if rk else '', 'Band': text_of(main[ind + '_quartile'], 'text'),
                    'England': text_of(E.value_cell(m, eng, y, ind), 'value') if a is not eng else None,
                    'vs Eng': text_of(main[ind + '_diff_england'], 'change'),
                    'Region': text_of(E.value_cell(m, reg, y, ind), 'value') if reg else None,
                    'vs Reg': text_of(main[ind + '_diff_region'], 'change'),
                    'SN mean': text_of(main[ind + '_sn_mean'], 'value'),
                    'vs mean': text_of(main[ind + '_diff_sn_mean'], 'change'),
                    'SN median': text_of(main[ind + '_sn_median'], 'value'),
                    'vs median': text_of(main[ind + '_diff_sn_median'], 'change')}
            for label, got in d.items():
                if label == 'Indicator':
                    continue
                if label.startswith('Trend'):
                    values = [m.value(a, yy, ind) for yy in m.years]
                    check_spark(rep, fam, cmd, SHORT[ind], got, values, *series_scale(values))
                    continue
                if want.get(label) is None:
                    rep.skip(fam, label)
                else:
                    rep.same_text(fam, cmd, SHORT[ind], label, want[label], got)
        if len(rows) != len(m.indicators):
            rep.diff(fam, cmd, '', '(rows)', len(m.indicators), len(rows))


class Blank(dict):
    """Expected cells where every other column is empty."""
    def get(self, k, default=None):
        return dict.get(self, k, EMPTY)


def _plain(v):
    return v[1] if isinstance(v, tuple) else v


def main(argv):
    if len(argv) != 3:
        print('usage: oracle.py CINX DATA_DIR', file=sys.stderr)
        return 2
    cinx, data = argv[1], argv[2]
    if not all(os.path.isfile(os.path.join(data, f)) for f in (C1, POP, SN)):
        print('1..0 # SKIP the published files are not in %s' % data)
        return 0
    sample = max(1, int(os.environ.get('CINX_ORACLE_SAMPLE', '1') or 1))
    t0 = time.time()
    o = Oracle(cinx, data, sample)
    o.plan()
    ran, planned = o.run(int(os.environ.get('CINX_ORACLE_JOBS', '2')))
    rep = o.rep
    fams = []
    for j in o.jobs:
        if j[0] not in fams:
            fams.append(j[0])
    n = total = 0
    per_fam = max(3, MAX_LISTED // max(1, len(rep.diffs)))
    for fam in fams:
        n += 1
        d = rep.diffs.get(fam, [])
        total += len(d)
        print(('ok %d - %s' if not d else 'not ok %d - %s') % (n, fam) +
              ('' if not d else ': %d differences' % len(d)))
        # a few of each column, so that each cause shows
        by_col = {}
        for x in d:
            by_col.setdefault(x[2], []).append(x)
        shown = 0
        while shown < min(per_fam, len(d)):
            for col in list(by_col):
                if by_col[col] and shown < per_fam:
                    cmd, row, c, exp, got = by_col[col].pop(0)
                    print('#   %s | row %s | column %s | expected %s | got %s' % (cmd, row, c, exp, got))
                    shown += 1
        counts = {}
        for x in d:
            counts[x[2]] = counts.get(x[2], 0) + 1
        if d:
            print('#   by column: ' + ', '.join('%s %d' % kv for kv in sorted(counts.items(), key=lambda kv: -kv[1])))
    if total:
        print('# %d differences in all' % total)
    if os.environ.get('CINX_ORACLE_DIFFS'):   # every difference, one a line, for a closer look
        with open(os.environ['CINX_ORACLE_DIFFS'], 'w') as f:
            for fam in fams:
                for x in rep.diffs.get(fam, []):
                    f.write('\t'.join([fam] + [str(v) for v in x]) + '\n')
    if rep.unchecked:
        cols = sorted({'%s: %s' % k for k in rep.unchecked})
        print('# columns printed but not checked: ' + '; '.join(cols))
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print('# %d cells checked in %d runs of cinx%s, %.1f s (CPU: oracle %.1f s, cinx %.1f s)' % (
        rep.cells, rep.runs, '' if sample == 1 else ' (CINX_ORACLE_SAMPLE=%d: one run in %d of %d)'
        % (sample, sample, planned), time.time() - t0, own.ru_utime + own.ru_stime,
        kids.ru_utime + kids.ru_stime))
    print('1..%d' % n)
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
