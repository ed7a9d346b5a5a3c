"""Evasion encoders: every character code (45..122) becomes a small puzzle that a patient human
can solve with the stated rule. The rng only adds what the answer does not depend on."""
from fractions import Fraction

# name: (family, separator, rule text)
ENCODINGS = {
    'nest_box_skip_after_takings': (
        'best selection with a skip rule after each pick (dynamic programming on a row)', ' | ',
        "as rows of nest boxes in square brackets, each box written eggs/skip: you may collect from any boxes you like, "
        "but collecting a box's eggs means the next 'skip' boxes along the row must be left alone; the largest number of "
        "eggs that can be collected from a row is a character code (ASCII); rows are separated by ' | '"),
    'egg_box_mix_ways': (
        'counting unordered mixes of pack sizes that make an exact total (coin-change ways)', ' | ',
        "as orders written 'N: sizes' (an order of N eggs and the box sizes on the shelf, any number of each): count the "
        "different mixes of boxes that hold exactly N eggs, where the order of the boxes does not matter; that count is a "
        "character code (ASCII); orders are separated by ' | '"),
    'spelled_word_letter_pick_ways': (
        'counting the ways a word can be picked in order from a longer string', ' ',
        "as strips written 'WORD:letters': count the ways of picking letters from the strip, going left to right, that "
        "spell WORD (two ways differ if they use a different position for any letter); that count is a character code "
        "(ASCII); strips are separated by spaces"),
    'dutch_falling_price_auction_hammers': (
        'descending-price (Dutch) auction', ' | ',
        "as lots written 'start P, drop d: limits' (the price starts at P pounds and falls by d pounds at each tick; each "
        "bidder buys as soon as the price is at or below their limit): the price at which the lot sells, the first price "
        "on the way down that is at or below the highest limit, is a character code (ASCII); lots are separated by ' | '"),
    'drinker_watering_can_refill_steps': (
        'forced-order round with a capacity and walks back to refill', ' | ',
        "as drinker rows written 'can C: needs' (a can holding C litres; the drinkers stand one step apart in a row, the "
        "first one step from the tap, and each needs the listed litres): the farmhand starts at the tap with a full can "
        "and fills the drinkers in order; before stepping on to the next drinker, if the can holds less than that drinker "
        "needs, he walks back to the tap, fills the can and walks back again; every step counts one; the total number of "
        "steps until the last drinker is filled is a character code (ASCII); rows are separated by ' | '"),
    'missing_crate_serial_gaps': (
        'the one value missing from a run of consecutive serials', ' / ',
        "as crate lists in round brackets: the crates carry consecutive serial numbers from the smallest to the largest "
        "shown, but one crate is missing; the missing serial number is a character code (ASCII); lists are separated "
        "by ' / '"),
    'palindromic_stretch_finds': (
        'counting contiguous stretches that read the same from either end', ' ',
        "as egg rows written in letters (B brown, W white, S speckled): count every stretch of two or more eggs next to "
        "each other that reads the same from either end (stretches at different places count separately, even when they "
        "look alike); that count is a character code (ASCII); rows are separated by spaces"),
    'new_high_laying_sums': (
        'sum of the running highs of a series (days that beat every earlier day)', ' / ',
        "as daily egg counts in round brackets: the first day is a new high, and so is every later day with more eggs "
        "than any day before it; the sum of the new-high counts is a character code (ASCII); weeks are separated by ' / '"),
    'once_only_flock_id_sums': (
        'sum of the values that occur exactly once', ' ; ',
        "as wing-tag numbers in square brackets: some numbers appear once and the rest two or three times; the sum of "
        "the numbers that appear exactly once is a character code (ASCII); lists are separated by ' ; '"),
    'rounders_runner_homecomings': (
        'base-running simulation (runners advance with the hit, three outs clear the bases)', ' ',
        "as innings strings, one character per batter: 1, 2, 3 or 4 means the batter reaches that base (4 is all the way "
        "home) and every runner already on base moves on the same number of bases; O means the batter is out and nobody "
        "moves; after every third O the bases are cleared; every runner who reaches home scores one; the number scored "
        "over the whole string is a character code (ASCII); strings are separated by spaces"),
    'exact_sum_consecutive_stretch_finds': (
        'counting contiguous stretches with an exact sum', ' | ',
        "as sheets written 'T: numbers': count the stretches of one or more neighbouring numbers (taken in the order "
        "written) that add up to exactly T; that count is a character code (ASCII); sheets are separated by ' | '"),
    'two_largest_difference_remainders': (
        'repeatedly replacing the two largest by their difference', ' / ',
        "as piles in round brackets: again and again take the two largest numbers, cross them both out and, if they "
        "differ, write down their difference; when one number is left (or none, which counts as 0) that number is a "
        "character code (ASCII); piles are separated by ' / '"),
    'adjacent_crate_rebalance_moves': (
        'fewest one-step transfers that equalise a row (earth mover on a line)', ' ; ',
        "as crate rows in square brackets (the number of trays in each crate): one move carries one tray from a crate "
        "to the crate right next to it; the fewest moves that leave every crate holding the same number of trays is a "
        "character code (ASCII); rows are separated by ' ; '"),
    'hen_laying_proportion_riddles': (
        'rate proportion riddle (the hen-and-a-half puzzle)', ' | ',
        "as riddles written 'a hens lay b eggs in c days; H hens, D days' (every hen lays at the same steady rate, and "
        "a, b and c may be halves): the number of eggs H hens lay in D days is a character code (ASCII); riddles are "
        "separated by ' | '"),
    'repeat_digit_follow_sums': (
        'sum of the digits that equal their successor on a circle', ' ',
        "as digit strings: add up every digit that is the same as the digit right after it, where the digit after the "
        "last one is the first one (the string goes round in a circle); the total is a character code (ASCII); strings "
        "are separated by spaces"),
    'all_but_single_topup_moves': (
        'moves that raise all but one tray (sum minus n times the minimum)', ' | ',
        "as tray rows in curly brackets: in one move you add one egg to every tray except one tray of your choosing; the "
        "fewest moves that leave all the trays holding the same number is a character code (ASCII); rows are separated "
        "by ' | '"),
    'strictly_rising_topup_additions': (
        'fewest additions that make a row strictly increasing', ' / ',
        "as shelf rows in round brackets (boxes on each shelf, in order): add boxes, never take any away, until every "
        "shelf holds more boxes than the shelf before it; the fewest boxes added is a character code (ASCII); rows are "
        "separated by ' / '"),
    'uniform_bag_fewest_removed': (
        'fewest removals that leave every non-empty sack equal', ' | ',
        "as sacks in square brackets (eggs in each sack): take eggs out, never add any, until every sack that is not "
        "empty holds the same number (a sack may be emptied completely); the fewest eggs taken out is a character code "
        "(ASCII); lists are separated by ' | '"),
    'prefix_suffix_flip_shade_costs': (
        'cheapest prefix or suffix turn-overs that make a row uniform', ' ',
        "as rows of egg-shaped counters written B (brown face up) and W (white face up): turning over the first k "
        "counters of a row costs k, and turning over the last k counters costs k (every turned counter shows its other "
        "face); the cheapest total that leaves every counter showing the same face is a character code (ASCII); rows "
        "are separated by spaces"),
    'three_vehicle_furthest_shed_collection_times': (
        'collection rounds that stop at the furthest stop needing them', ' | ',
        "as rounds written 'loads / drives' (the loads at each shed from the first shed on, one letter per load: M "
        "manure, L litter, S shell waste, - for none; then the minutes of driving from each shed to the next): each kind "
        "of load has its own vehicle, which starts at the first shed, drives along the row only as far as the last shed "
        "with its kind of load and takes one minute per load it picks up; the vehicles work one after another; the total "
        "minutes of all three is a character code (ASCII); rounds are separated by ' | '"),
    'heaviest_per_carton_pickoff_sums': (
        'round by round removal of each row maximum, summing the round maxima', ' | ',
        "as carton sets written as rows of egg weights with the cartons separated by '/' (every carton holds the same "
        "number of eggs): in each round take the heaviest egg out of every carton and write down the heaviest of the "
        "eggs taken in that round; when the cartons are empty, the sum of the weights written down is a character code "
        "(ASCII); sets are separated by ' | '"),
    'slab_cutting_order_costs': (
        'cheapest order of full-length cuts (each cut paid once per piece it crosses)', ' | ',
        "as boards written 'across a b ...; down c d ...' (the price of each straight cut that has to be made across the "
        "board and down it): a cut goes right through every piece it crosses and costs its price once for each of those "
        "pieces (a cut across crosses one piece more than the number of cuts down already made, and the other way "
        "round); the cheapest total for making every cut is a character code (ASCII); boards are separated by ' | '"),
}
NAMES = list(ENCODINGS)


# ------------------------------------------------------------------ helpers (encoder side)
def _ways(sizes, top):
    w = [1] + [0] * top
    for s in sizes:
        for n in range(s, top + 1):
            w[n] += w[n - s]
    return w


def _subseq(word, s):
    cnt = [1] + [0] * len(word)
    for ch in s:
        for j in range(len(word), 0, -1):
            if word[j - 1] == ch:
                cnt[j] += cnt[j - 1]
    return cnt[len(word)]


def _pal(s):
    n = len(s)
    c = 0
    for centre in range(2 * n - 1):
        lo, hi = centre // 2, centre // 2 + centre % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            if hi > lo:
                c += 1
            lo -= 1
            hi += 1
    return c


def _stretch(t, xs):
    pref = {0: 1}
    acc = c = 0
    for x in xs:
        acc += x
        c += pref.get(acc - t, 0)
        pref[acc] = pref.get(acc, 0) + 1
    return c


def _smash_formula(xs):
    xs = sorted(xs)
    while len(xs) > 1:
        a, b = xs.pop(), xs.pop()
        if a != b:
            lo, hi = 0, len(xs)
            while lo < hi:
                m = (lo + hi) // 2
                if xs[m] < a - b:
                    lo = m + 1
                else:
                    hi = m
            xs.insert(lo, a - b)
    return xs[0] if xs else 0


def _robber(boxes):
    best = [0] * (len(boxes) + 12)
    for i in range(len(boxes) - 1, -1, -1):
        e, s = boxes[i]
        best[i] = max(best[i + 1], e + best[i + 1 + s])
    return best[0]


def _water(cap, needs):
    steps, w = 0, cap
    for j, nd in enumerate(needs):
        if w < nd:
            steps += 2 * j
            w = cap
        steps += 1
        w -= nd
    return steps


def _flip(s):
    n = len(s)
    return sum(min(i, n - i) for i in range(1, n) if s[i] != s[i - 1])


def _collect(loads, drives):
    total = sum(len(x.replace('-', '')) for x in loads)
    for kind in 'MLS':
        last = max([i for i, x in enumerate(loads) if kind in x], default=0)
        total += sum(drives[:last])
    return total


def _cuts(across, down):
    items = sorted([(c, 'a') for c in across] + [(c, 'd') for c in down], reverse=True)
    na = nd = 0
    tot = 0
    for c, k in items:
        if k == 'a':
            tot += c * (nd + 1)
            na += 1
        else:
            tot += c * (na + 1)
            nd += 1
    return tot


def _fr(x):
    return str(x.numerator) if x.denominator == 1 else '%g' % float(x)


# ------------------------------------------------------------------ encoders: (code, rng) -> piece
def e_nest(code, r):
    while True:
        n = r.randint(5, 9)
        hi = max(6, code // 2 + 6)
        boxes = [(r.randint(2, hi), r.randint(1, 3)) for _ in range(n)]
        if _robber(boxes) == code:
            return '[' + ' '.join('%d/%d' % b for b in boxes) + ']'


def e_mix(code, r):
    while True:
        sizes = sorted(r.sample(range(2, 19), r.randint(3, 4)))
        w = _ways(sizes, 320)
        cands = [n for n in range(20, 321) if w[n] == code]
        if cands:
            return '%d: %s' % (r.choice(cands), ', '.join(map(str, sizes)))


WORDS = ['HEN', 'EGG', 'COOP', 'NEST', 'CHICK']
FILL = 'ABDFJKMPQRTUVXYZ'


def _climb(r, init, mutate, score, target, steps=3000):
    """Random local search: keep a change when it does not move the answer away from the target."""
    while True:
        s = init()
        cur = score(s)
        for _ in range(steps):
            if cur == target:
                return s
            s2 = mutate(s)
            c2 = score(s2)
            if abs(c2 - target) <= abs(cur - target):
                s, cur = s2, c2


def _mut_char(r, alpha):
    def m(s):
        i = r.randrange(len(s))
        return s[:i] + r.choice(alpha) + s[i + 1:]
    return m


def e_pick(code, r):
    word = r.choice(WORDS[:4])
    alpha = ''.join(sorted(set(word))) + r.choice(FILL)
    return word + ':' + _climb(r, lambda: ''.join(r.choice(alpha) for _ in range(r.randint(10, 20))),
                               _mut_char(r, alpha), lambda s: _subseq(word, s), code, steps=1500)


def e_dutch(code, r):
    d = r.randint(2, 9)
    k = r.randint(2, 12)
    top = r.randint(code, code + d - 1)
    others = [r.randint(max(1, code - 60), code - 1) for _ in range(r.randint(2, 4))]
    lim = others + [top]
    r.shuffle(lim)
    return 'start %d, drop %d: %s' % (code + d * k, d, ' '.join(map(str, lim)))


def e_water(code, r):
    while True:
        n = r.randint(4, 12)
        cap = r.randint(5, 15)
        needs = [r.randint(1, cap) for _ in range(n)]
        if _water(cap, needs) == code:
            return 'can %d: %s' % (cap, ' '.join(map(str, needs)))


def e_missing(code, r):
    a, b = r.randint(2, 7), r.randint(2, 7)
    xs = [x for x in range(code - a, code + b + 1) if x != code]
    r.shuffle(xs)
    return '(' + ' '.join(map(str, xs)) + ')'


def e_pal(code, r):
    alpha = r.choice(['BW', 'BWS', 'BWS'])
    n = r.randint(code // 3 + 6, code // 3 + 16)
    return _climb(r, lambda: ''.join(r.choice(alpha) for _ in range(n)), _mut_char(r, alpha), _pal, code)


def e_high(code, r):
    while True:
        k = r.randint(2, 4)
        cuts = sorted(r.sample(range(1, code), k - 1))
        parts = sorted(b - a for a, b in zip([0] + cuts, cuts + [code]))
        if len(set(parts)) == k and parts[0] >= 3:
            break
    out = []
    for p in parts:
        out.append(p)
        for _ in range(r.randint(0, 3)):
            out.append(r.randint(max(1, p - 15), p))
    return '(' + ' '.join(map(str, out)) + ')'


def e_once(code, r):
    while True:
        k = r.randint(2, 3)
        cuts = sorted(r.sample(range(1, code), k - 1))
        singles = [b - a for a, b in zip([0] + cuts, cuts + [code])]
        if len(set(singles)) == k and min(singles) >= 3:
            break
    pool = [x for x in range(2, 99) if x not in singles]
    rep = r.sample(pool, r.randint(2, 4))
    xs = singles + [x for x in rep for _ in range(r.choice([2, 2, 3]))]
    r.shuffle(xs)
    return '[' + ' '.join(map(str, xs)) + ']'


def _bases_step(bases, ev, outs):
    runs = 0
    if ev == 'O':
        outs += 1
        if outs % 3 == 0:
            bases = []
        return bases, outs, 0
    k = int(ev)
    nb = []
    for b in bases + [0]:
        b += k
        if b >= 4:
            runs += 1
        else:
            nb.append(b)
    return nb, outs, runs


def e_rounders(code, r):
    while True:
        bases, outs, score, s = [], 0, 0, []
        while score < code and len(s) < 400:
            opts = []
            for ev in '1234O':
                nb, no, runs = _bases_step(bases, ev, outs)
                if score + runs <= code:
                    opts.append((ev, nb, no, runs))
            w = [3 if o[0] == '1' else 2 if o[0] in '2O' else 1 for o in opts]
            ev, bases, outs, runs = r.choices(opts, weights=w)[0]
            s.append(ev)
            score += runs
        if score == code:
            s += ['O'] * r.randint(0, 2)
            return ''.join(s)


def e_stretch(code, r):
    t = r.randint(2, 6)
    n = r.randint(code // 3 + 10, code // 3 + 25)
    vals = [0, 0, 1, 1, 2, 3, 4]

    def mut(xs):
        ys = list(xs)
        ys[r.randrange(len(ys))] = r.choice(vals)
        return ys
    xs = _climb(r, lambda: [r.choice(vals) for _ in range(n)], mut, lambda xs: _stretch(t, xs), code)
    return '%d: %s' % (t, ' '.join(map(str, xs)))


def e_smash(code, r):
    if r.random() < 0.5:
        while True:
            others = [r.randint(3, 40) for _ in range(r.randint(3, 5))]
            big = code + sum(others)
            xs = others + [big]
            r.shuffle(xs)
            if _smash_formula(xs) == code:
                return '(' + ' '.join(map(str, xs)) + ')'
    while True:
        xs = [r.randint(5, code + 60) for _ in range(r.randint(4, 6))]
        if _smash_formula(xs) == code:
            return '(' + ' '.join(map(str, xs)) + ')'


def _rebalance(xs):
    avg = sum(xs) // len(xs)
    carry = moves = 0
    for x in xs:
        carry += x - avg
        moves += abs(carry)
    return moves


def e_rebalance(code, r):
    while True:
        n = r.randint(3, 7)
        avg = r.randint(4, 25)
        xs = [max(0, avg + r.randint(-avg, avg)) for _ in range(n - 1)]
        last = avg * n - sum(xs)
        if last < 0 or last > 3 * avg:
            continue
        xs.append(last)
        if _rebalance(xs) == code:
            return '[' + ' '.join(map(str, xs)) + ']'


HENS_A = [Fraction(3, 2), Fraction(2), Fraction(3), Fraction(4), Fraction(5), Fraction(6), Fraction(8),
          Fraction(10), Fraction(12)]
DAYS_C = [Fraction(1), Fraction(3, 2), Fraction(2), Fraction(5, 2), Fraction(3), Fraction(4), Fraction(5), Fraction(7)]


def e_hens(code, r):
    while True:
        a, c = r.choice(HENS_A), r.choice(DAYS_C)
        h, d = r.randint(2, 40), r.randint(1, 30)
        b = Fraction(code) * a * c / (h * d)
        if (b * 2).denominator == 1 and 1 <= b <= 600 and b != code:
            return '%s hens lay %s eggs in %s days; %d hens, %d days' % (_fr(a), _fr(b), _fr(c), h, d)


def e_digits(code, r):
    while True:
        rem = code
        runs = []
        while rem > 0:
            d = r.randint(1, min(9, rem))
            m = r.randint(1, max(1, min(4, rem // d)))
            runs.append((d, m + 1))
            rem -= d * m
        seq = []
        for d, ln in runs:
            if seq and seq[-1] == d:
                seq.append(r.choice([x for x in range(10) if x != d]))
            if r.random() < 0.6:
                f = r.choice([x for x in range(10) if x != d and (not seq or x != seq[-1])])
                seq.append(f)
            seq.extend([d] * ln)
        if seq[0] == seq[-1]:
            seq.append(r.choice([x for x in range(10) if x not in (seq[0], seq[-1])]))
        s = ''.join(map(str, seq))
        if sum(int(s[i]) for i in range(len(s)) if s[i] == s[(i + 1) % len(s)]) == code:
            return s


def e_allbut(code, r):
    n = r.randint(3, 6)
    m = r.randint(1, 20)
    cuts = sorted(r.randint(0, code) for _ in range(n - 2))
    deltas = [b - a for a, b in zip([0] + cuts, cuts + [code])] + [0]
    r.shuffle(deltas)
    return '{' + ' '.join(str(m + d) for d in deltas) + '}'


def _rising(xs):
    prev, add = None, 0
    for x in xs:
        if prev is not None and x <= prev:
            add += prev + 1 - x
            x = prev + 1
        prev = x
    return add


def e_rising(code, r):
    while True:
        n = r.randint(4, 9)
        xs = [r.randint(1, 30) for _ in range(n)]
        if _rising(xs) == code:
            return '(' + ' '.join(map(str, xs)) + ')'


def _uniform(xs):
    xs = sorted(xs)
    n = len(xs)
    return sum(xs) - max(x * (n - i) for i, x in enumerate(xs))


def e_uniform(code, r):
    while True:
        n = r.randint(3, 7)
        xs = [r.randint(1, 60) for _ in range(n)]
        if _uniform(xs) == code:
            return '[' + ' '.join(map(str, xs)) + ']'


def e_flip(code, r):
    while True:
        n = r.randint(8, 26)
        s = ''.join(r.choice('BW') for _ in range(n))
        if _flip(s) == code:
            return s


def e_collect(code, r):
    while True:
        n = r.randint(3, 6)
        loads = []
        for _ in range(n):
            k = r.randint(0, 4)
            loads.append(''.join(sorted(r.choice('MLS') for _ in range(k))) or '-')
        drives = [r.randint(1, 9) for _ in range(n - 1)]
        if _collect(loads, drives) == code:
            return '%s / %s' % (' '.join(loads), ' '.join(map(str, drives)))


def _pickoff(rows):
    srt = [sorted(x, reverse=True) for x in rows]
    return sum(max(col) for col in zip(*srt))


def e_pickoff(code, r):
    while True:
        nr, nc = r.randint(2, 4), r.randint(2, 5)
        rows = [[r.randint(1, 45) for _ in range(nc)] for _ in range(nr)]
        if _pickoff(rows) == code:
            return '/'.join(' '.join(map(str, x)) for x in rows)


def e_cuts(code, r):
    while True:
        across = [r.randint(1, 15) for _ in range(r.randint(1, 3))]
        down = [r.randint(1, 15) for _ in range(r.randint(1, 3))]
        if _cuts(across, down) == code:
            return 'across %s; down %s' % (' '.join(map(str, across)), ' '.join(map(str, down)))


ENC = {
    'nest_box_skip_after_takings': e_nest, 'egg_box_mix_ways': e_mix, 'spelled_word_letter_pick_ways': e_pick,
    'dutch_falling_price_auction_hammers': e_dutch, 'drinker_watering_can_refill_steps': e_water,
    'missing_crate_serial_gaps': e_missing, 'palindromic_stretch_finds': e_pal, 'new_high_laying_sums': e_high,
    'once_only_flock_id_sums': e_once, 'rounders_runner_homecomings': e_rounders,
    'exact_sum_consecutive_stretch_finds': e_stretch, 'two_largest_difference_remainders': e_smash,
    'adjacent_crate_rebalance_moves': e_rebalance, 'hen_laying_proportion_riddles': e_hens,
    'repeat_digit_follow_sums': e_digits, 'all_but_single_topup_moves': e_allbut,
    'strictly_rising_topup_additions': e_rising, 'uniform_bag_fewest_removed': e_uniform,
    'prefix_suffix_flip_shade_costs': e_flip, 'three_vehicle_furthest_shed_collection_times': e_collect,
    'heaviest_per_carton_pickoff_sums': e_pickoff, 'slab_cutting_order_costs': e_cuts,
}


def encode(name, plain, rng):
    sep = ENCODINGS[name][1]
    return sep.join(ENC[name](ord(ch), rng) for ch in plain)
