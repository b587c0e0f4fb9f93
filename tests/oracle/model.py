# SPDX-License-Identifier: MIT
"""The published files read afresh, and every figure cinx derives from them
computed from the documented rules (README.md, doc/*.md, cinx.1 and
../shared/data/README.md), with exact decimals."""
import csv
from bisect import bisect_left, bisect_right
from decimal import Decimal
from functools import lru_cache

import rules

SYMBOLS = {'c', 'x', 'u', 'z', ':', 'k', 'low'}
STATUS = {'c': 'confidential', 'x': 'not_available', ':': 'not_available', 'z': 'not_applicable',
          'u': 'low_reliability', 'k': 'rounds_to_zero', 'low': 'rounds_to_zero'}
PUBLISHED = ['referral_count', 'rereferral_count', 'rereferral_percent', 'no_further_action_count',
             'no_further_action_percent', 'not_in_need_count', 'not_in_need_percent',
             'referral_child_count', 'rereferral_child_count', 'rereferral_child_percent']
RATES = {'referral_rate_per_10k': 'referral_count', 'referral_child_rate_per_10k': 'referral_child_count',
         'rereferral_rate_per_10k': 'rereferral_count'}
# a percentage recomputed from summed counts: numerator, denominator
RATIOS = {'rereferral_percent': ('rereferral_count', 'referral_count'),
          'no_further_action_percent': ('no_further_action_count', 'referral_count'),
          'not_in_need_percent': ('not_in_need_count', 'referral_count'),
          'rereferral_child_percent': ('rereferral_child_count', 'referral_child_count')}
SHORT = {'referral_count': 'Referrals', 'rereferral_count': 'Re-referrals',
         'rereferral_percent': 'Re-referral %', 'no_further_action_count': 'NFA',
         'no_further_action_percent': 'NFA %', 'not_in_need_count': 'Not in need',
         'not_in_need_percent': 'Not in need %', 'referral_child_count': 'Children referred',
         'rereferral_child_count': 'Children re-referred', 'rereferral_child_percent': 'Child re-referral %',
         'referral_rate_per_10k': 'Referral rate', 'referral_child_rate_per_10k': 'Child referral rate',
         'rereferral_rate_per_10k': 'Re-referral rate'}
LOWER_IS_BETTER = {'rereferral_percent', 'rereferral_child_percent'}
LONDON, INNER, OUTER, ENGLAND = 'E12000007', 'E13000001', 'E13000002', 'E92000001'
# boundary changes, from ../shared/data/README.md: successor old code -> predecessors
PREDECESSORS = {'839': ['837', '836'], '838': ['835'], '940': ['928'], '941': ['928'],
                '942': ['909'], '943': ['909']}


def unit(ind):
    return 'rate' if ind in RATES else 'percent' if ind.endswith('_percent') else 'count'


def decimals(ind):
    return 0 if unit(ind) == 'count' else 1


def bench_decimals(ind):
    """Means and medians of neighbours: one decimal at least."""
    return max(decimals(ind), 1)


# Cells, as the oracle expects them: ('n', text) a number, ('s', sym) a
# symbol, ('r',) no row that year, ('e',) empty (not applicable),
# ('t', text) text, ('i', text) a whole number that is not a figure
NOROW, EMPTY = ('r',), ('e',)


def num(d, dp):
    return ('n', rules.fmt(d, dp))


@lru_cache(maxsize=None)
def cell_of(v, dp):
    """A value (Decimal, symbol or None for no row) as a cell."""
    if v is None:
        return NOROW
    if isinstance(v, str):
        return ('s', v)
    return num(v, dp)


def parse_value(raw):
    raw = raw.strip()
    if raw in SYMBOLS:
        return raw
    return Decimal(raw)


class Area:
    def __init__(self, key, level):
        self.key, self.level = key, level
        self.codes = set()
        self.name = self.code = self.old = ''
        self.years = {}      # year -> {indicator: value}
        self.region = {}     # year -> region code (local authorities)
        self.last_year = 0


class Model:
    def __init__(self, c1, population=None, neighbours=None):
        self.areas = {}
        self.by_code = {}
        self.years = []
        self.rates = population is not None
        self._load_c1(c1)
        self.indicators = PUBLISHED + (list(RATES) if self.rates else [])
        if population:
            self._load_population(population)
        self.sn = self._load_sn(neighbours) if neighbours else None
        self._rank_cache = {}
        self._sn_cache = {}

    # ---- loading --------------------------------------------------------------
    def _key(self, row):
        lvl = row['geographic_level']
        if lvl == 'National':
            return 'N:' + row['country_code'], 'National', row['country_code'], row['country_name'], ''
        if lvl == 'Regional':
            return 'R:' + row['region_code'], 'Regional', row['region_code'], row['region_name'], ''
        return 'L:' + row['old_la_code'], 'Local authority', row['new_la_code'], row['la_name'], row['old_la_code']

    def _load_c1(self, path):
        with open(path, newline='', encoding='utf-8-sig') as f:
            for row in csv.DictReader(f):
                key, level, code, name, old = self._key(row)
                a = self.areas.get(key) or self.areas.setdefault(key, Area(key, level))
                y = int(row['time_period'])
                a.years[y] = {i: parse_value(row[i]) for i in PUBLISHED}
                a.codes.add(code)
                if y >= a.last_year:
                    a.last_year, a.code, a.name, a.old = y, code, name, old
                if level == 'Local authority':
                    a.region[y] = row['region_code']
        self.years = sorted({y for a in self.areas.values() for y in a.years})
        for a in self.areas.values():
            for c in a.codes | ({a.old} if a.old else set()):
                self.by_code[c] = a

    def _load_population(self, path):
        pop = {}
        with open(path, newline='', encoding='utf-8-sig') as f:
            for row in csv.DictReader(f):
                key = self._key(row)[0]
                pop[(key, int(row['time_period']))] = parse_value(row['population_estimate'])
        for a in self.areas.values():
            for y, vals in a.years.items():
                p = pop.get((a.key, y - 1))
                for r, count in RATES.items():
                    c = vals[count]
                    if not isinstance(c, Decimal):
                        vals[r] = c
                    elif not isinstance(p, Decimal) or p <= 0:
                        vals[r] = 'x'
                    else:
                        vals[r] = rules.rate_per_10k(c, p)

    @staticmethod
    def _load_sn(path):
        sn = {}
        with open(path, newline='', encoding='utf-8-sig') as f:
            for row in csv.DictReader(f):
                sn[row['old_la_code'].strip()] = [
                    (row['SN_%d' % i].strip(), row['SN_%dP' % i].strip()) for i in range(1, 11)]
        return sn

    # ---- figures --------------------------------------------------------------
    def area(self, code):
        return self.by_code.get(code)

    def las(self):
        return [a for a in self.areas.values() if a.level == 'Local authority']

    def value(self, a, y, ind):
        vals = a.years.get(y)
        return None if vals is None else vals[ind]

    @staticmethod
    def difference(a, b):
        """a - b: no row on either side is no row; a figure of low
        reliability (u) against a number or another u is u; any other
        symbol on either side is x."""
        if a is None or b is None:
            return None
        if isinstance(a, Decimal) and isinstance(b, Decimal):
            return a - b
        if (a == 'u' and (b == 'u' or isinstance(b, Decimal))) or (b == 'u' and isinstance(a, Decimal)):
            return 'u'
        return 'x'

    def change(self, a, y, ind, series=None):
        """This year's value minus last year's."""
        get = series or (lambda yy: self.value(a, yy, ind))
        return self.difference(get(y), get(y - 1))

    def la_numbers(self, y, ind):
        key = (y, ind)
        if key not in self._rank_cache:
            self._rank_cache[key] = sorted(v for a in self.las()
                                           for v in [self.value(a, y, ind)] if isinstance(v, Decimal))
        return self._rank_cache[key]

    def rank(self, a, y, ind):
        """1 + authorities with a higher value; ties share the best rank."""
        v = self.value(a, y, ind)
        if a.level != 'Local authority' or not isinstance(v, Decimal):
            return None
        nums = self.la_numbers(y, ind)
        return 1 + len(nums) - bisect_right(nums, v), len(nums)

    def band(self, a, y, ind):
        """Quartile band: A..D (fewer than a quarter strictly better: A),
        or Q1..Q4 by value from the lowest; ties share a band."""
        v = self.value(a, y, ind)
        if a.level != 'Local authority' or not isinstance(v, Decimal):
            return ''
        nums = self.la_numbers(y, ind)
        ahead = bisect_left(nums, v)   # lower is better, or lower by value
        b = 1 + (4 * ahead) // len(nums)
        return 'ABCD'[b - 1] if ind in LOWER_IS_BETTER else 'Q%d' % b

    def benchmark_region(self, a, y):
        """A London borough's benchmark region is London, not Inner or Outer."""
        r = a.region.get(y) or a.region.get(a.last_year)
        return self.by_code.get(LONDON if r in (INNER, OUTER) else r)

    def diff(self, v, b):
        return self.difference(v, b)

    def neighbours(self, a):
        if self.sn is None or a.level != 'Local authority':
            return None
        return self.sn.get(a.old)

    def sn_summary(self, a, y, ind):
        """(mean, median, used, listed) over neighbours with a number."""
        key = (a.key, y, ind)
        if key not in self._sn_cache:
            self._sn_cache[key] = self._sn_summary(a, y, ind)
        return self._sn_cache[key]

    def _sn_summary(self, a, y, ind):
        sns = self.neighbours(a)
        if sns is None:
            return None
        nums = [v for code, _ in sns for n in [self.by_code.get(code)]
                if n is not None for v in [self.value(n, y, ind)] if isinstance(v, Decimal)]
        dp = bench_decimals(ind)
        if not nums:
            return 'x', 'x', 0, len(sns)
        return rules.mean(nums, dp), rules.median(nums, dp), len(nums), len(sns)

    # ---- predecessors ---------------------------------------------------------
    def combined(self, succ, y, ind):
        """The predecessors' combined figure: counts summed, percentages
        recomputed from the summed counts; x where one is missing."""
        preds = [self.by_code[p] for p in PREDECESSORS[succ.old]]

        def total(i):
            vals = [self.value(p, y, i) for p in preds]
            if all(v is None for v in vals):
                return None
            if all(isinstance(v, Decimal) for v in vals):
                return sum(vals, Decimal(0))
            return 'x'
        if unit(ind) == 'count':
            return total(ind)
        n, d = total(RATIOS[ind][0]), total(RATIOS[ind][1])
        if n is None and d is None:
            return None
        if not isinstance(n, Decimal) or not isinstance(d, Decimal) or d <= 0:
            return 'x'
        return rules.ratio(n, d, 1, 100)
