"""Evasion decoders. Imports nothing from the encoder or common269; every answer is worked out
its own way (brute force, step-by-step simulation or exact fractions) where that is practical."""
import itertools
import re
from collections import Counter
from fractions import Fraction

SEP = {
    'nest_box_skip_after_takings': ' | ', 'egg_box_mix_ways': ' | ', 'spelled_word_letter_pick_ways': ' ',
    'dutch_falling_price_auction_hammers': ' | ', 'drinker_watering_can_refill_steps': ' | ',
    'missing_crate_serial_gaps': ' / ', 'palindromic_stretch_finds': ' ', 'new_high_laying_sums': ' / ',
    'once_only_flock_id_sums': ' ; ', 'rounders_runner_homecomings': ' ',
    'exact_sum_consecutive_stretch_finds': ' | ', 'two_largest_difference_remainders': ' / ',
    'adjacent_crate_rebalance_moves': ' ; ', 'hen_laying_proportion_riddles': ' | ', 'repeat_digit_follow_sums': ' ',
    'all_but_single_topup_moves': ' | ', 'strictly_rising_topup_additions': ' / ', 'uniform_bag_fewest_removed': ' | ',
    'prefix_suffix_flip_shade_costs': ' ', 'three_vehicle_furthest_shed_collection_times': ' | ',
    'heaviest_per_carton_pickoff_sums': ' | ', 'slab_cutting_order_costs': ' | ',
}


def _ints(s):
    return [int(x) for x in re.findall(r'\d+', s)]


def d_nest(p):
    boxes = [tuple(map(int, b.split('/'))) for b in p.strip('[]').split()]
    n = len(boxes)
    best = 0
    for mask in range(1 << n):
        ok = True
        tot = 0
        for i in range(n):
            if mask >> i & 1:
                tot += boxes[i][0]
                for j in range(i + 1, min(n, i + 1 + boxes[i][1])):
                    if mask >> j & 1:
                        ok = False
        if ok:
            best = max(best, tot)
    return best


def d_mix(p):
    n, rest = p.split(':')
    sizes = sorted(_ints(rest), reverse=True)

    def count(rem, k):
        if rem == 0:
            return 1
        if k == len(sizes):
            return 0
        return sum(count(rem - q * sizes[k], k + 1) for q in range(rem // sizes[k] + 1))
    return count(int(n), 0)


def d_pick(p):
    word, s = p.split(':')
    return sum(1 for pos in itertools.combinations(range(len(s)), len(word))
               if all(s[i] == c for i, c in zip(pos, word)))


def d_dutch(p):
    m = re.match(r'start (\d+), drop (\d+): (.*)', p)
    price, d, lim = int(m.group(1)), int(m.group(2)), _ints(m.group(3))
    while not any(l >= price for l in lim):
        price -= d
    return price


def d_water(p):
    m = re.match(r'can (\d+): (.*)', p)
    cap, needs = int(m.group(1)), _ints(m.group(2))
    pos, w, steps = 0, cap, 0
    for j, nd in enumerate(needs, start=1):
        if w < nd:
            while pos > 0:
                pos -= 1
                steps += 1
            w = cap
            while pos < j - 1:
                pos += 1
                steps += 1
        pos += 1
        steps += 1
        w -= nd
    return steps


def d_missing(p):
    xs = set(_ints(p))
    return (set(range(min(xs), max(xs) + 1)) - xs).pop()


def d_pal(s):
    return sum(1 for i in range(len(s)) for j in range(i + 2, len(s) + 1) if s[i:j] == s[i:j][::-1])


def d_high(p):
    best = None
    tot = 0
    for x in _ints(p):
        if best is None or x > best:
            tot += x
            best = x
    return tot


def d_once(p):
    c = Counter(_ints(p))
    return sum(x for x, k in c.items() if k == 1)


def d_rounders(s):
    occupied = [False, False, False]
    outs = runs = 0
    for ev in s:
        if ev == 'O':
            outs += 1
            if outs % 3 == 0:
                occupied = [False, False, False]
            continue
        k = int(ev)
        new = [False, False, False]
        for b in range(3):
            if occupied[b]:
                if b + 1 + k > 3:
                    runs += 1
                else:
                    new[b + k] = True
        if k == 4:
            runs += 1
        else:
            new[k - 1] = True
        occupied = new
    return runs


def d_stretch(p):
    t, rest = p.split(':')
    t, xs = int(t), _ints(rest)
    return sum(1 for i in range(len(xs)) for j in range(i + 1, len(xs) + 1) if sum(xs[i:j]) == t)


def d_smash(p):
    xs = _ints(p)
    while len(xs) > 1:
        xs.sort()
        a = xs.pop()
        b = xs.pop()
        if a != b:
            xs.append(a - b)
    return xs[0] if xs else 0


def d_rebalance(p):
    xs = _ints(p)
    target = sum(xs) // len(xs)
    moves = 0
    for i in range(len(xs) - 1):
        while xs[i] > target:
            xs[i] -= 1
            xs[i + 1] += 1
            moves += 1
        while xs[i] < target:
            xs[i] += 1
            xs[i + 1] -= 1
            moves += 1
    return moves


def d_hens(p):
    m = re.match(r'([\d.]+) hens lay ([\d.]+) eggs in ([\d.]+) days; (\d+) hens, (\d+) days', p)
    a, b, c = (Fraction(x) for x in m.group(1, 2, 3))
    h, d = int(m.group(4)), int(m.group(5))
    per_hen_day = b / a / c
    v = per_hen_day * h * d
    assert v.denominator == 1
    return v.numerator


def d_digits(s):
    return sum(int(s[i]) for i in range(len(s)) if s[i] == s[i - len(s) + 1])


def d_allbut(p):
    xs = _ints(p)
    moves = 0
    while len(set(xs)) > 1:
        k = xs.index(max(xs))
        xs = [x + 1 if i != k else x for i, x in enumerate(xs)]
        moves += 1
    return moves


def d_rising(p):
    xs = _ints(p)
    added = 0
    for i in range(1, len(xs)):
        while xs[i] <= xs[i - 1]:
            xs[i] += 1
            added += 1
    return added


def d_uniform(p):
    xs = _ints(p)
    return min(sum(x if x < t else x - t for x in xs) for t in range(0, max(xs) + 1))


def d_flip(s):
    n = len(s)
    total = 0
    for i in range(1, n):
        if s[i] != s[i - 1]:
            total += i if i < n - i else n - i
    return total


def d_collect(p):
    left, right = p.split(' / ')
    loads = left.split()
    drives = _ints(right)
    total = 0
    for kind in 'MLS':
        pos = 0
        last = max((i for i, x in enumerate(loads) if kind in x), default=0)
        while True:
            total += loads[pos].count(kind)
            if pos == last:
                break
            total += drives[pos]
            pos += 1
    return total


def d_pickoff(p):
    rows = [_ints(x) for x in p.split('/')]
    tot = 0
    while rows[0]:
        taken = []
        for row in rows:
            m = max(row)
            row.remove(m)
            taken.append(m)
        tot += max(taken)
    return tot


def d_cuts(p):
    m = re.match(r'across ([\d ]+); down ([\d ]+)', p)
    cuts = [('a', x) for x in _ints(m.group(1))] + [('d', x) for x in _ints(m.group(2))]
    best = None
    for order in itertools.permutations(cuts):
        pieces = {'a': 1, 'd': 1}
        tot = 0
        for kind, c in order:
            other = 'd' if kind == 'a' else 'a'
            tot += c * pieces[other]
            pieces[kind] += 1
        best = tot if best is None else min(best, tot)
    return best


DEC = {
    'nest_box_skip_after_takings': d_nest, 'egg_box_mix_ways': d_mix, 'spelled_word_letter_pick_ways': d_pick,
    'dutch_falling_price_auction_hammers': d_dutch, 'drinker_watering_can_refill_steps': d_water,
    'missing_crate_serial_gaps': d_missing, 'palindromic_stretch_finds': d_pal, 'new_high_laying_sums': d_high,
    'once_only_flock_id_sums': d_once, 'rounders_runner_homecomings': d_rounders,
    'exact_sum_consecutive_stretch_finds': d_stretch, 'two_largest_difference_remainders': d_smash,
    'adjacent_crate_rebalance_moves': d_rebalance, 'hen_laying_proportion_riddles': d_hens,
    'repeat_digit_follow_sums': d_digits, 'all_but_single_topup_moves': d_allbut,
    'strictly_rising_topup_additions': d_rising, 'uniform_bag_fewest_removed': d_uniform,
    'prefix_suffix_flip_shade_costs': d_flip, 'three_vehicle_furthest_shed_collection_times': d_collect,
    'heaviest_per_carton_pickoff_sums': d_pickoff, 'slab_cutting_order_costs': d_cuts,
}


def decode(name, run):
    return ''.join(chr(DEC[name](piece)) for piece in run.split(SEP[name]))
