# SPDX-License-Identifier: MIT
"""The arithmetic rules every figure cinx derives must follow, written apart
from the C code: exact decimals, rounded half away from zero to the
decimals the column shows."""
from decimal import Decimal, ROUND_HALF_UP, getcontext
from fractions import Fraction

getcontext().prec = 50


def round_dp(x, dp):
    """A Decimal rounded to dp decimals, halves away from zero
    (ROUND_HALF_UP rounds -0.05 to -0.1)."""
    q = Decimal(1).scaleb(-dp)
    r = Decimal(x).quantize(q, rounding=ROUND_HALF_UP)
    return r + 0 if r != 0 else abs(r)  # no '-0.0'


def round_fraction(f, dp):
    """An exact Fraction rounded to dp decimals, halves away from zero."""
    x = abs(f) * 10 ** dp
    whole, rem = divmod(x.numerator, x.denominator)
    if 2 * rem >= x.denominator:
        whole += 1
    if f < 0:
        whole = -whole
    return round_dp(Decimal(whole).scaleb(-dp), dp)


def ratio(num, den, dp, scale=1):
    """num / den * scale, exactly, rounded to dp decimals."""
    return round_fraction(Fraction(Decimal(num)) * scale / Fraction(Decimal(den)), dp)


def mean(values, dp):
    """The mean of Decimals, exact, rounded to dp."""
    return ratio(sum(values, Decimal(0)), len(values), dp)


def median(values, dp):
    """The median of Decimals (the mean of the two middle ones for an even
    count), exact, rounded to dp."""
    v = sorted(values)
    n = len(v)
    if n % 2:
        return round_dp(v[n // 2], dp)
    return ratio(v[n // 2 - 1] + v[n // 2], 2, dp)


def percent_change(new, old, dp=1):
    """(new - old) / old * 100, rounded to dp."""
    return ratio(Decimal(new) - Decimal(old), old, dp, 100)


def rate_per_10k(count, population, dp=1):
    """count / population * 10,000, rounded to dp."""
    return ratio(count, population, dp, 10000)


def quantile(sorted_values, p):
    """Linear interpolation between closest ranks, as R's type 7: the
    position h = p * (n - 1), exact (p a Decimal such as 0.25)."""
    n = len(sorted_values)
    h = Decimal(p) * (n - 1)
    lo = int(h)
    if lo + 1 >= n:
        return sorted_values[-1]
    return sorted_values[lo] + (h - lo) * (sorted_values[lo + 1] - sorted_values[lo])


def fmt(d, dp):
    """A Decimal as cinx writes it in CSV: fixed dp decimals, no grouping."""
    return str(round_dp(d, dp))


def group(s):
    """A CSV number as the text formats show it: thousands grouped."""
    neg = s.startswith('-')
    s = s[1:] if neg else s
    whole, dot, frac = s.partition('.')
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    return ('-' if neg else '') + ','.join(parts) + dot + frac


def signed(s):
    """A change as the text formats show it: grouped, '+' when above zero."""
    g = group(s)
    return '+' + g if Decimal(s) > 0 else g
