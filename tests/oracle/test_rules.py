#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The oracle's own arithmetic on invented values, exact halves above all:
a wrong oracle would pass a wrong cinx. TAP on standard output."""
import os
import sys
from decimal import Decimal as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rules  # noqa: E402

CASES = [
    # (what, got, expected)
    ('round_dp: a half goes up', rules.round_dp(D('2.25'), 1), D('2.3')),
    ('round_dp: a negative half goes away from zero', rules.round_dp(D('-2.25'), 1), D('-2.3')),
    ('round_dp: below a half goes down', rules.round_dp(D('2.2499'), 1), D('2.2')),
    ('round_dp: whole numbers to one place', rules.round_dp(D('29'), 1), D('29.0')),
    ('round_dp: no negative zero', str(rules.round_dp(D('-0.04'), 1)), '0.0'),
    ('mean of 18.4 and 18.5 is 18.45, shown 18.5', rules.mean([D('18.4'), D('18.5')], 1), D('18.5')),
    ('mean of -0.1 and -0.2 is -0.15, shown -0.2', rules.mean([D('-0.1'), D('-0.2')], 1), D('-0.2')),
    ('mean of counts to one place: 10, 11, 11, 11 is 10.75, shown 10.8',
     rules.mean([D(10), D(11), D(11), D(11)], 1), D('10.8')),
    ('mean of thirds: 1, 1, 2 is 1.333..., shown 1.3', rules.mean([D(1), D(1), D(2)], 1), D('1.3')),
    ('median of an even count: 20.2 and 24.7 give 22.45, shown 22.5',
     rules.median([D('24.7'), D('8.9'), D('20.2'), D('32.5')], 1), D('22.5')),
    ('median of an odd count is the middle one', rules.median([D('3.1'), D('1.0'), D('2.0')], 1), D('2.0')),
    ('median of negative halves: -1.1 and -1.2 give -1.15, shown -1.2',
     rules.median([D('-1.1'), D('-1.2')], 1), D('-1.2')),
    ('median of counts: 3 and 4 give 3.5', rules.median([D(4), D(3)], 1), D('3.5')),
    ('percent change 100 -> 125 is 25.0', rules.percent_change(125, 100), D('25.0')),
    ('percent change 80 -> 65 is -18.75, shown -18.8', rules.percent_change(D('6.5'), D('8.0')), D('-18.8')),
    ('percent change 400 -> 401 is 0.25, shown 0.3', rules.percent_change(401, 400), D('0.3')),
    ('rate: 1 in 8,000 is 1.25 per 10,000, shown 1.3', rules.rate_per_10k(1, 8000), D('1.3')),
    ('rate: 4,148 of 55,173 children is 751.82..., shown 751.8', rules.rate_per_10k(4148, 55173), D('751.8')),
    ('rate: 3 of 7 is 4285.714..., shown 4285.7', rules.rate_per_10k(3, 7), D('4285.7')),
    ('rate: 5 of 16 is 3125 exactly, shown 3125.0', rules.rate_per_10k(5, 16), D('3125.0')),
    ('combined percentage 451 of 2,331 is 19.35..., shown 19.3', rules.ratio(451, 2331, 1, 100), D('19.3')),
    ('combined percentage 1 of 8 is 12.5', rules.ratio(1, 8, 1, 100), D('12.5')),
    ('combined percentage 1 of 16 is 6.25, shown 6.3', rules.ratio(1, 16, 1, 100), D('6.3')),
    ('quartile interpolates: 1, 2, 3, 4 at 0.25 is 1.75', rules.quantile([D(1), D(2), D(3), D(4)], D('0.25')),
     D('1.75')),
    ('quartile at 0.75 of 1, 2, 3, 4, 10 is 4', rules.quantile([D(1), D(2), D(3), D(4), D(10)], D('0.75')), D(4)),
    ('quartile of one value', rules.quantile([D(7)], D('0.75')), D(7)),
    ('group: thousands', rules.group('1234567.5'), '1,234,567.5'),
    ('group: negative', rules.group('-1777.5'), '-1,777.5'),
    ('group: below a thousand', rules.group('999'), '999'),
    ('signed: plus for a rise', rules.signed('2602'), '+2,602'),
    ('signed: no sign for zero', rules.signed('0.0'), '0.0'),
    ('signed: minus kept', rules.signed('-0.1'), '-0.1'),
    ('fmt: fixed decimals', rules.fmt(D('19'), 1), '19.0'),
]


def main():
    failed = 0
    for n, (what, got, want) in enumerate(CASES, 1):
        # shown figures must also have the decimals shown; quartiles are not shown as they are
        same = got == want and (what.startswith('quartile') or str(got) == str(want))
        print('%s %d - %s' % ('ok' if same else 'not ok', n, what))
        if not same:
            failed += 1
            print('#   expected %s, got %s' % (want, got))
    print('1..%d' % len(CASES))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
