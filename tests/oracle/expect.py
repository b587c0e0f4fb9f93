# SPDX-License-Identifier: MIT
"""The cells each command should print, row by row, from the model."""
from decimal import Decimal

import rules
from model import (EMPTY, ENGLAND, PREDECESSORS, SHORT, LONDON, INNER, OUTER,
                   bench_decimals, cell_of, decimals, num, unit)


def std(a, y):
    return {'time_period': ('i', str(y)), 'geographic_level': ('t', a.level),
            'area_code': ('t', a.code), 'area_name': ('t', a.name), 'old_la_code': ('t', a.old)}


def rank_cells(m, a, y, ind):
    r = m.rank(a, y, ind)
    return (('i', str(r[0])), ('i', str(r[1]))) if r else (EMPTY, EMPTY)


def band_cell(m, a, y, ind):
    b = m.band(a, y, ind)
    return ('t', b) if b else EMPTY


def change_cell(m, a, y, ind, series=None):
    return cell_of(m.change(a, y, ind, series), decimals(ind))


def value_cell(m, a, y, ind):
    return cell_of(m.value(a, y, ind), decimals(ind))


# ---- table, trend, compare ------------------------------------------------------
def table_rows(m, y, level):
    lv = {'national': 'National', 'regional': 'Regional', 'la': 'Local authority'}[level]
    return [a for a in m.areas.values() if a.level == lv and y in a.years]


def metric_cells(m, a, y, metric, with_rank=True, with_band=False):
    """One row of table, trend or compare: --metric all, or one metric."""
    c = std(a, y)
    if metric == 'all':
        for ind in m.indicators:
            c[ind] = value_cell(m, a, y, ind)
        return c
    c[metric] = value_cell(m, a, y, metric)
    c[metric + '_change'] = change_cell(m, a, y, metric)
    if with_rank:
        c['rank'], c['rank_of'] = rank_cells(m, a, y, metric)
    if with_band:
        c['quartile'] = band_cell(m, a, y, metric)
    return c


def trend_rows(m, a, metric, with_predecessors=False):
    """(row id, cells) for cinx trend AREA; with predecessors, their own
    years and, for a merger, the combined figures, before the area's own."""
    rows = []
    inds = m.indicators if metric == 'all' else [metric]
    first = min(a.years)
    preds = PREDECESSORS.get(a.old, []) if with_predecessors else []
    for y in m.years:
        if y < first:
            for p in preds:
                pa = m.by_code[p]
                if y in pa.years:
                    c = metric_cells(m, pa, y, metric, with_rank=False)
                    c['series'] = ('t', 'predecessor')
                    rows.append(((pa.code, y, 'predecessor'), c))
            if len(preds) > 1 and any(y in m.by_code[p].years for p in preds):
                c = {'time_period': ('i', str(y)), 'geographic_level': ('t', a.level),
                     'area_code': EMPTY, 'old_la_code': EMPTY,
                     'area_name': ('t', ' + '.join(m.by_code[p].name for p in preds)),
                     'series': ('t', 'combined')}
                for ind in inds:
                    c[ind] = cell_of(m.combined(a, y, ind), decimals(ind))
                if metric != 'all':
                    c[metric + '_change'] = cell_of(
                        m.change(a, y, metric, lambda yy: m.combined(a, yy, metric)), decimals(metric))
                rows.append((('', y, 'combined'), c))
        elif y in a.years:
            c = metric_cells(m, a, y, metric, with_rank=False)
            if with_predecessors:
                c['series'] = ('t', 'own')
            rows.append(((a.code, y, 'own' if with_predecessors else ''), c))
    return rows


# ---- show -----------------------------------------------------------------------
def show_main(m, a, y):
    """Every column of show's first row: the area itself."""
    c = std(a, y)
    c['role'] = ('t', 'area')
    la = a.level == 'Local authority'
    eng = m.by_code[ENGLAND]
    reg = m.benchmark_region(a, y) if la else None
    for ind in m.indicators:
        dp, sdp = decimals(ind), bench_decimals(ind)
        v = m.value(a, y, ind)
        c[ind] = cell_of(v, dp)
        c[ind + '_change'] = change_cell(m, a, y, ind)
        c[ind + '_rank'] = rank_cells(m, a, y, ind)[0]
        c[ind + '_quartile'] = band_cell(m, a, y, ind)
        ratio_like = unit(ind) != 'count'
        c[ind + '_diff_england'] = (cell_of(m.diff(v, m.value(eng, y, ind)), dp)
                                    if ratio_like and a.level != 'National' else EMPTY)
        c[ind + '_diff_region'] = (cell_of(m.diff(v, m.value(reg, y, ind)), dp)
                                   if ratio_like and reg else EMPTY)
        s = m.sn_summary(a, y, ind)
        for k in ('sn_mean', 'sn_median', 'sn_count', 'diff_sn_mean', 'diff_sn_median'):
            c['%s_%s' % (ind, k)] = EMPTY
        if s is not None:
            mean, median, used, _ = s
            c[ind + '_sn_mean'] = cell_of(mean, sdp)
            c[ind + '_sn_median'] = cell_of(median, sdp)
            c[ind + '_sn_count'] = ('i', str(used))
            c[ind + '_diff_sn_mean'] = cell_of(m.diff(v, mean), sdp)
            c[ind + '_diff_sn_median'] = cell_of(m.diff(v, median), sdp)
    return c


def show_role(m, a, y, ctx):
    """What a context row of show is to the area: England, its benchmark
    region (London for a borough and for Inner or Outer London), or the
    sub-region a borough is in (Inner or Outer London)."""
    if ctx.code == ENGLAND:
        return 'england'
    if ctx.code in (INNER, OUTER):
        return 'subregion'
    return 'region'


def show_context(m, a, y, ctx):
    """A context row (region, England) of a's show: its role, values and
    changes; nothing else."""
    c = std(ctx, y)
    c['role'] = ('t', show_role(m, a, y, ctx))
    a = ctx
    for ind in m.indicators:
        c[ind] = value_cell(m, a, y, ind)
        c[ind + '_change'] = change_cell(m, a, y, ind)
    return c


def show_required(m, a, y):
    """Codes of the context rows show must print: the benchmark region, England."""
    need = []
    if a.level == 'Local authority':
        reg = m.benchmark_region(a, y)
        if reg:
            need.append(reg.code)
    if a.level != 'National':
        need.append(ENGLAND)
    return need


def show_allowed(m, a, y):
    """Context rows show may print besides: for a borough Inner or Outer London,
    for Inner or Outer London, London."""
    ok = set(show_required(m, a, y))
    if a.level == 'Local authority' and a.region.get(y) in (INNER, OUTER):
        ok.add(a.region[y])
    if a.code in (INNER, OUTER):
        ok.add(LONDON)
    return ok


# ---- neighbours and notable -----------------------------------------------------
def neighbour_rows(m, a, y, ind):
    rows = []
    dp, sdp = decimals(ind), bench_decimals(ind)
    for pos, (code, closeness) in enumerate(m.neighbours(a), 1):
        n = m.by_code[code]
        c = std(n, y)
        del c['geographic_level']
        c.update({'position': ('i', str(pos)), 'closeness': ('t', closeness), ind: value_cell(m, n, y, ind),
                  'used': EMPTY, 'listed': EMPTY})
        rows.append((str(pos), c))
    mean, median, used, listed = m.sn_summary(a, y, ind)
    for name, v in (('mean', mean), ('median', median)):
        c = {k: EMPTY for k in ('time_period', 'position', 'area_code', 'old_la_code', 'closeness')}
        c.update({'area_name': ('t', name), ind: cell_of(v, sdp), 'used': ('i', str(used)),
                  'listed': ('i', str(listed))})
        rows.append((name, c))
    return rows


def fences(m, y, ind):
    nums = m.la_numbers(y, ind)
    if len(nums) < 4:
        return None
    q1, q3 = rules.quantile(nums, Decimal('0.25')), rules.quantile(nums, Decimal('0.75'))
    return q1, q3, q1 - Decimal('1.5') * (q3 - q1), q3 + Decimal('1.5') * (q3 - q1), len(nums)


def judged_by(m, ind):
    """The indicator whose fences judge ind's outliers: a count's rate per
    10,000 children when the population is loaded (counts reflect an
    authority's size), else ind itself."""
    rate = ind.replace('_count', '_rate_per_10k')
    if unit(ind) == 'count' and rate != ind and rate in m.indicators:
        return rate
    return ind


def threshold_text(t):
    return format(Decimal(t).normalize(), 'f')


def notable_rows(m, y, inds, threshold=None):
    """(indicator, area code) -> cells, for every authority flagged: a change
    from last year at or beyond the threshold (points for percentages, per
    cent of last year otherwise, from at least 100 for counts), or a value
    outside the fences (1.5 times the interquartile range)."""
    rows = {}
    for ind in inds:
        dp = decimals(ind)
        th = Decimal(threshold) if threshold else Decimal(5 if unit(ind) == 'percent' else 25)
        judged = judged_by(m, ind)
        f = fences(m, y, judged)
        for a in m.las():
            v, prev = m.value(a, y, ind), m.value(a, y - 1, ind)
            jv = m.value(a, y, judged)
            d = m.change(a, y, ind) if y - 1 in m.years else None
            changed = False
            if isinstance(d, Decimal):
                if unit(ind) == 'percent':
                    changed = abs(d) >= th
                elif prev > 0 and (unit(ind) != 'count' or prev >= 100):
                    changed = abs(d) * 100 >= th * prev
            out = 0
            if f and isinstance(jv, Decimal):
                out = -1 if jv < f[2] else 1 if jv > f[3] else 0
            if not changed and not out:
                continue
            why = []
            if changed:
                why.append('%s of %s%s or more' % ('rise' if d > 0 else 'fall', threshold_text(th),
                                                  ' points' if unit(ind) == 'percent' else '%'))
            if out:
                why.append('above the upper fence' if out > 0 else 'below the lower fence')
            c = std(a, y)
            pct = EMPTY
            if isinstance(d, Decimal) and isinstance(prev, Decimal) and prev > 0:
                pct = num(rules.percent_change(v, prev), 1)
            c.update({'indicator': ('t', ind), 'value': cell_of(v, dp), 'previous': cell_of(prev, dp),
                      'change': cell_of(d, dp), 'change_percent': pct, 'why': ('t', '; '.join(why))})
            rows[(ind, a.code)] = c
    return rows


def fence_note(m, y, ind):
    judged = judged_by(m, ind)
    f = fences(m, y, judged)
    if not f:
        return None
    dp = decimals(judged) + 1
    q = [rules.group(rules.fmt(x, dp)) for x in f[:4]]
    if judged != ind:
        return ("%s: outliers by %s, not by count (counts reflect an authority's size): quartiles %s and %s, "
                "fences %s and %s (%d authorities)." % (SHORT[ind], SHORT[judged], q[0], q[1], q[2], q[3], f[4]))
    return '%s: quartiles %s and %s, fences %s and %s (%d authorities).' % (SHORT[ind], q[0], q[1], q[2], q[3], f[4])
