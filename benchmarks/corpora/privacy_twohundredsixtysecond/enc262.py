"""Encoders for the 22 evasion encodings.  Each maps a plain string to a run
of groups, one group per character; the group's puzzle answer is the
character code (45-122 for [A-Za-z0-9._-])."""
from fractions import Fraction
import itertools
import math

RULES = {
    "crate_stack_final_tops": (
        "as crate-stack logs in which 'in N' puts a crate numbered N on top of the stack and 'out' lifts the top "
        "crate off: the number on the top crate when the log ends is a character code (ASCII); logs are separated by ' | '"),
    "line_pair_mismatch_counts": (
        "as pairs of letter strings of equal length written TOP/BOTTOM: the number of positions at which the two "
        "strings have different letters is a character code (ASCII); pairs are separated by ' ; '"),
    "partnership_ratio_second_shares": (
        "as partnership payouts written 'T split a:b:c' (T pounds shared among three partners in the ratio a:b:c): "
        "the second partner's share, T*b/(a+b+c), is a whole number of pounds and is a character code (ASCII); "
        "payouts are separated by ' | '"),
    "network_degree_half_sums": (
        "as networks given in square brackets by the number of links at each station (K5 means five links meet at "
        "station K), where every link joins two different stations and no two links join the same pair: the number "
        "of links, half of the sum of all these numbers, is a character code (ASCII); networks are separated by spaces"),
    "best_unbroken_stretch_totals": (
        "as lists of daily gains and losses in round brackets: the largest total you can reach by adding up an "
        "unbroken stretch of neighbouring entries (one entry or more) is a character code (ASCII); lists are "
        "separated by spaces"),
    "fifo_issue_costs": (
        "as stock cards written 'lots q@p q@p ...; issue Q' (lots of q staves bought at p pounds each, oldest "
        "first): the issue of Q staves is costed first in, first out, using up the oldest lot before touching the "
        "next one, and its cost in pounds is a character code (ASCII); cards are separated by ' | '"),
    "nine_of_ten_gap_triplets": (
        "as triples of nine-digit strings joined by '/': each string uses nine of the ten digits 0-9 once each, "
        "and the three digits that are missing, read in order, form a three-digit character code (ASCII, 045 to "
        "122); triples are separated by spaces"),
    "mixed_number_numerators": (
        "as mixed numbers written 'w n/d': written as a single fraction over the same denominator d, the "
        "numerator w*d + n is a character code (ASCII); numbers are separated by ' ; '"),
    "rainwater_trapped_units": (
        "as rows of column heights in square brackets (a cross-section of stacked casks): after rain, water "
        "stands above each column up to the lower of the tallest column to its left and the tallest column to its "
        "right, and the total units of water held in the row is a character code (ASCII); rows are separated by spaces"),
    "break_even_unit_counts": (
        "as break-even notes written 'fixed F, price p, cost v' (fixed costs of F pounds, each barrel sold for p "
        "pounds and costing v pounds to make): the number of barrels to sell to break even, F / (p - v), is a "
        "whole number and is a character code (ASCII); notes are separated by ' | '"),
    "till_float_pence_totals": (
        "as purses of British coins written as count x coin (1p, 2p, 5p, 10p, 20p, 50p, and £1 = 100p): the "
        "total in pence is a character code (ASCII); purses are separated by ' / '"),
    "cask_pure_alcohol_litres": (
        "as regauge lines written 'B l at A%' (bulk litres in the cask and alcoholic strength by volume): the "
        "litres of pure alcohol, B * A / 100, is a whole number and is a character code (ASCII); lines are "
        "separated by ' ; '"),
    "straight_line_depreciation_charges": (
        "as asset cards written 'cost C, residual R, life n y': the yearly straight-line depreciation, "
        "(C - R) / n, is a whole number of pounds and is a character code (ASCII); cards are separated by ' | '"),
    "economic_order_quantities": (
        "as order plans written 'D/S/H' (yearly demand in units, cost of placing one order in pounds, cost of "
        "holding one unit for a year in pounds): the economic order quantity, the square root of 2*D*S/H, is a "
        "whole number and is a character code (ASCII); plans are separated by ' ; '"),
    "majority_value_lists": (
        "as lists in curly brackets in which one number fills more than half of the places: that number is a "
        "character code (ASCII); lists are separated by spaces"),
    "arrow_chart_journey_counts": (
        "as one-way networks written as links 'X>Y,Z' (one-way links from X to Y and from X to Z): the number of "
        "different journeys from S to T that follow the links is a character code (ASCII); networks are separated "
        "by ' | '"),
    "first_fit_last_crate_totals": (
        "as packing runs written '[cap C] s1 s2 ...' (crates that hold C kilograms, items in arrival order): "
        "each item goes into the earliest-opened crate it still fits in, and a new crate is opened when it fits "
        "in none; the total in the crate opened last is a character code (ASCII); runs are separated by ' | '"),
    "lru_cache_final_evictions": (
        "as request logs of a three-place shelf, written as item numbers in request order: an item already on "
        "the shelf stays there; any other item is put on the shelf, and if the shelf is full the item used least "
        "recently is taken off first; the item taken off by the last request is a character code (ASCII); logs "
        "are separated by ' | '"),
    "pigeonhole_sure_draw_counts": (
        "as sorting-yard questions written 'k kinds, r alike' (a heap of staves of k different kinds, plenty of "
        "each): the smallest number of staves you must pick without looking to be sure of r of the same kind, "
        "k*(r - 1) + 1, is a character code (ASCII); questions are separated by ' ; '"),
    "painted_block_hidden_cubes": (
        "as blocks written 'a x b x c', built from small cubes and dipped in paint: the number of small cubes "
        "without paint on any face, (a - 2) * (b - 2) * (c - 2), is a character code (ASCII); blocks are "
        "separated by ', '"),
    "bonded_warehouse_cask_tallies": (
        "as warehouse tallies written 'r rows, b bays, t high, e empty' (r rows of racking with b bays each, "
        "casks stacked t high, e places empty): the number of casks, r*b*t - e, is a character code (ASCII); "
        "tallies are separated by ' | '"),
    "proxy_bid_hammer_prices": (
        "as auction lots written '[+i] m1 m2 ...' (the bid step i and each bidder's ceiling under automatic "
        "proxy bidding): the lot goes to the highest ceiling at the second-highest ceiling plus one step, but "
        "never above the winner's own ceiling; that hammer price is a character code (ASCII); lots are separated "
        "by ' | '"),
}
ENCODINGS = list(RULES)
SEP = {
    "crate_stack_final_tops": " | ", "line_pair_mismatch_counts": " ; ", "partnership_ratio_second_shares": " | ",
    "network_degree_half_sums": " ", "best_unbroken_stretch_totals": " ", "fifo_issue_costs": " | ",
    "nine_of_ten_gap_triplets": " ", "mixed_number_numerators": " ; ", "rainwater_trapped_units": " ",
    "break_even_unit_counts": " | ", "till_float_pence_totals": " / ", "cask_pure_alcohol_litres": " ; ",
    "straight_line_depreciation_charges": " | ", "economic_order_quantities": " ; ", "majority_value_lists": " ",
    "arrow_chart_journey_counts": " | ", "first_fit_last_crate_totals": " | ", "lru_cache_final_evictions": " | ",
    "pigeonhole_sure_draw_counts": " ; ", "painted_block_hidden_cubes": ", ", "bonded_warehouse_cask_tallies": " | ",
    "proxy_bid_hammer_prices": " | ",
}
FAMILIES = {
    "crate_stack_final_tops": "data structures (last in, first out stack simulation)",
    "line_pair_mismatch_counts": "coding theory (Hamming distance between letter strings)",
    "partnership_ratio_second_shares": "proportion (sharing in a ratio)",
    "network_degree_half_sums": "graph theory (handshake lemma)",
    "best_unbroken_stretch_totals": "algorithms (maximum-sum contiguous subarray)",
    "fifo_issue_costs": "accounting (FIFO stock valuation)",
    "nine_of_ten_gap_triplets": "absence puzzles (the missing member of a complete set)",
    "mixed_number_numerators": "fractions (mixed numbers to improper fractions)",
    "rainwater_trapped_units": "algorithms / computational geometry (trapped rain water)",
    "break_even_unit_counts": "economics (break-even analysis)",
    "till_float_pence_totals": "money counting (coin purses)",
    "cask_pure_alcohol_litres": "world disguise (litres of pure alcohol on a regauge)",
    "straight_line_depreciation_charges": "accounting (straight-line depreciation)",
    "economic_order_quantities": "operations research (Wilson economic order quantity)",
    "majority_value_lists": "voting / streams (majority element)",
    "arrow_chart_journey_counts": "combinatorics on directed acyclic graphs (counting routes by dynamic programming)",
    "first_fit_last_crate_totals": "greedy bin packing (first fit)",
    "lru_cache_final_evictions": "caching (least-recently-used eviction)",
    "pigeonhole_sure_draw_counts": "combinatorics (pigeonhole principle)",
    "painted_block_hidden_cubes": "spatial counting (painted cube puzzle)",
    "bonded_warehouse_cask_tallies": "world disguise (rack tally of a bonded warehouse)",
    "proxy_bid_hammer_prices": "auction theory (proxy bidding, second-price plus increment)",
}


def _divisors(n):
    return [d for d in range(1, n + 1) if n % d == 0]


def e_stack(r, c):
    ops, st = [], []
    for _ in range(r.randint(1, 4)):
        if st and r.random() < 0.4:
            ops.append("out")
            st.pop()
        else:
            n = r.randint(10, 199)
            ops.append("in %d" % n)
            st.append(n)
    ops.append("in %d" % c)
    for _ in range(r.randint(0, 2)):
        n = r.randint(10, 199)
        ops += ["in %d" % n, "out"]
    return " ".join(ops)


LETTERS8 = "BDGHKMRT"


def e_hamming(r, c):
    L = c + r.randint(3, 12)
    top = [r.choice(LETTERS8) for _ in range(L)]
    bot = top[:]
    for i in r.sample(range(L), c):
        bot[i] = r.choice([x for x in LETTERS8 if x != top[i]])
    return "".join(top) + "/" + "".join(bot)


def e_ratio(r, c):
    b = r.choice([d for d in _divisors(c) if d <= 12])
    k = c // b
    a, cc = r.randint(1, 9), r.randint(1, 9)
    return "%d split %d:%d:%d" % (k * (a + b + cc), a, b, cc)


def e_handshake(r, c):
    n = r.randint(17, 19)
    labels = "ABCDEFGHJKLMNPRSTUV"[:n]
    pairs = list(itertools.combinations(range(n), 2))
    edges = r.sample(pairs, c)
    deg = [0] * n
    for a, b in edges:
        deg[a] += 1
        deg[b] += 1
    return "[" + " ".join("%s%d" % (labels[i], deg[i]) for i in range(n)) + "]"


def _kadane_brute(xs):
    best = None
    for i in range(len(xs)):
        s = 0
        for j in range(i, len(xs)):
            s += xs[j]
            best = s if best is None or s > best else best
    return best


def e_stretch(r, c):
    while True:
        k = r.randint(3, 5)
        cuts = sorted(r.sample(range(1, c), k - 1))
        parts = [b - a for a, b in zip([0] + cuts, cuts + [c])]
        i = r.randint(0, k - 2)
        left, right = sum(parts[:i + 1]), sum(parts[i + 1:])
        m = r.randint(1, max(1, min(left, right) - 1))
        parts[r.randrange(k)] += m
        seg = parts[:i + 1] + [-m] + parts[i + 1:]
        noise_l = [r.randint(-9, 9) for _ in range(r.randint(1, 3))]
        noise_r = [r.randint(-9, 9) for _ in range(r.randint(1, 3))]
        xs = noise_l + [-(c + r.randint(5, 30))] + seg + [-(c + r.randint(5, 30))] + noise_r
        if _kadane_brute(xs) == c:
            return "(" + " ".join(str(x) for x in xs) + ")"


def _fifo(lots, q):
    cost = 0
    for n, p in lots:
        take = min(n, q)
        cost += take * p
        q -= take
        if q == 0:
            break
    return cost if q == 0 else None


def e_fifo(r, c):
    while True:
        lots = [(r.randint(2, 20), r.randint(2, 12)) for _ in range(r.randint(2, 4))]
        total = sum(n for n, _ in lots)
        qs = [q for q in range(1, total + 1) if _fifo(lots, q) == c]
        if qs:
            q = r.choice(qs)
            return "lots " + " ".join("%d@%d" % lp for lp in lots) + "; issue %d" % q


def e_gap(r, c):
    out = []
    for d in "%03d" % c:
        rest = [x for x in "0123456789" if x != d]
        r.shuffle(rest)
        out.append("".join(rest))
    return "/".join(out)


def e_mixed(r, c):
    while True:
        d = r.randint(2, 13)
        w, n = divmod(c, d)
        if n >= 1 and w >= 1 and math.gcd(n, d) == 1:
            return "%d %d/%d" % (w, n, d)


def _trap(h):
    tot = 0
    for i in range(len(h)):
        tot += max(0, min(max(h[:i + 1]), max(h[i:])) - h[i])
    return tot


def e_rain(r, c):
    while True:
        nb = r.choice([1, 2])
        x = r.randint(10, c - 10)
        amounts = [c] if nb == 1 else [x, c - x]
        walls = [r.randint(6, 13) for _ in range(nb + 1)]
        if nb == 2:
            walls[1] = max(walls) + r.randint(1, 3)
        row = sorted(r.randint(0, walls[0] - 1) for _ in range(r.randint(0, 2)))
        row.append(walls[0])
        for b in range(nb):
            lvl = min(walls[b], walls[b + 1])
            amt = amounts[b]
            w = -(-amt // lvl) + r.randint(0, 3)
            depths = [1] * w
            rem = amt - w
            if rem < 0:
                break
            while rem > 0:
                i = r.randrange(w)
                if depths[i] < lvl:
                    depths[i] += 1
                    rem -= 1
            row += [lvl - d for d in depths]
            row.append(walls[b + 1])
        else:
            row += sorted((r.randint(0, walls[-1] - 1) for _ in range(r.randint(0, 2))), reverse=True)
            if _trap(row) == c:
                return "[" + " ".join(str(x) for x in row) + "]"


def e_breakeven(r, c):
    m = r.randint(3, 60)
    v = r.randint(40, 400)
    return "fixed %d, price %d, cost %d" % (c * m, v + m, v)


COINS = [100, 50, 20, 10, 5, 2, 1]


def _coin(v):
    return "£1" if v == 100 else "%dp" % v


def e_purse(r, c):
    left = c
    counts = {}
    for v in COINS:
        if v > left:
            continue
        mx = left // v
        k = r.randint(0, mx) if v != 1 else left
        if v > 2 and r.random() < 0.3:
            k = 0
        if v == 2:
            k = max(0, mx - r.randint(0, 2))
        counts[v] = k
        left -= k * v
    parts = ["%dx%s" % (k, _coin(v)) for v, k in counts.items() if k]
    r.shuffle(parts)
    return " ".join(parts)


def e_lpa(r, c):
    opts = [a for a in range(400, 721) if (c * 10000) % a == 0]
    a = r.choice(opts)
    b10 = c * 10000 // a
    return "%d.%d l at %d.%d%%" % (b10 // 10, b10 % 10, a // 10, a % 10)


def e_depr(r, c):
    n = r.randint(3, 12)
    res = r.randint(0, 60) * 10
    return "cost %d, residual %d, life %d y" % (res + c * n, res, n)


def e_eoq(r, c):
    while True:
        h = r.randint(1, 8)
        s = r.randint(2, 40)
        if (c * c * h) % (2 * s) == 0:
            return "%d/%d/%d" % (c * c * h // (2 * s), s, h)


def e_majority(r, c):
    n = r.choice([5, 7, 9])
    k = r.randint(n // 2 + 1, n // 2 + 2)
    xs = [c] * k + [r.choice([x for x in range(10, 200) if x != c]) for _ in range(n - k)]
    r.shuffle(xs)
    return "{" + " ".join(str(x) for x in xs) + "}"


def _count_paths(nodes, edges):
    ways = {u: 0 for u in nodes}
    ways["T"] = 1
    for u in reversed(nodes[:-1]):
        ways[u] = sum(ways[v] for (a, v) in edges if a == u)
    return ways["S"]


def e_journeys(r, c):
    while True:
        k = r.randint(5, 7)
        nodes = ["S"] + list("abcdefgh"[:k]) + ["T"]
        allp = [(nodes[i], nodes[j]) for i in range(len(nodes)) for j in range(i + 1, len(nodes))
                if not (nodes[i] == "S" and nodes[j] == "T")]
        edges = set(p for p in allp if r.random() < 0.35)
        for _ in range(600):
            cnt = _count_paths(nodes, edges)
            if cnt == c:
                break
            p = r.choice(allp)
            trial = set(edges)
            trial.symmetric_difference_update({p})
            nc = _count_paths(nodes, trial)
            if abs(nc - c) <= abs(cnt - c) or r.random() < 0.05:
                edges = trial
        if _count_paths(nodes, edges) != c:
            continue
        out = []
        for u in nodes[:-1]:
            tg = [v for v in nodes if (u, v) in edges]
            if tg:
                out.append("%s>%s" % (u, ",".join(tg)))
        return " ".join(out)


def _first_fit(cap, items):
    bins = []
    for s in items:
        for i in range(len(bins)):
            if bins[i] + s <= cap:
                bins[i] += s
                break
        else:
            bins.append(s)
    return bins


def e_firstfit(r, c):
    while True:
        cap = r.randint(150, 220)
        items = []
        for _ in range(r.randint(1, 3)):
            rem = r.randint(0, 4)
            a = r.randint(cap // 3, 2 * cap // 3)
            items += [a, cap - rem - a]
        k = r.randint(2, 4)
        cuts = sorted(r.sample(range(6, c - 5), k - 1)) if c > 20 else []
        parts = [b - a for a, b in zip([0] + cuts, cuts + [c])]
        if min(parts) < 6:
            continue
        items += parts
        if _first_fit(cap, items)[-1] == c:
            return "[cap %d] %s" % (cap, " ".join(str(x) for x in items))


def _lru(cap, reqs):
    shelf, last = [], None
    for x in reqs:
        if x in shelf:
            shelf.remove(x)
            shelf.append(x)
            last = None
        else:
            last = None
            if len(shelf) == cap:
                last = shelf.pop(0)
            shelf.append(x)
    return last


def e_lru(r, c):
    while True:
        pool = [x for x in range(10, 200) if x != c]
        pre = [r.choice(pool[:40]) for _ in range(r.randint(2, 6))]
        x, y, z = r.sample(pool, 3)
        reqs = pre + [c, x, y, z]
        if _lru(3, reqs) == c:
            return " ".join(str(q) for q in reqs)


def e_pigeon(r, c):
    n = c - 1
    k = r.choice([d for d in _divisors(n) if d >= 2 and n // d >= 1])
    return "%d kinds, %d alike" % (k, n // k + 1)


def e_block(r, c):
    f1 = r.choice(_divisors(c))
    f2 = r.choice(_divisors(c // f1))
    f3 = c // f1 // f2
    dims = [f1 + 2, f2 + 2, f3 + 2]
    r.shuffle(dims)
    return "%d x %d x %d" % tuple(dims)


def e_tally(r, c):
    while True:
        rows, bays, t = r.randint(2, 6), r.randint(3, 12), r.randint(2, 6)
        p = rows * bays * t
        if c <= p <= c + 25:
            return "%d rows, %d bays, %d high, %d empty" % (rows, bays, t, p - c)


def e_proxy(r, c):
    inc = r.choice([1, 2, 5, 10])
    second = c - inc
    top = c + r.randint(0, 40)
    if top == second:
        top += 1
    others = r.sample([x for x in range(5, second) if x != top], r.randint(1, 3))
    bids = [top, second] + others
    r.shuffle(bids)
    return "[+%d] %s" % (inc, " ".join(str(b) for b in bids))


ENC = {
    "crate_stack_final_tops": e_stack, "line_pair_mismatch_counts": e_hamming,
    "partnership_ratio_second_shares": e_ratio, "network_degree_half_sums": e_handshake,
    "best_unbroken_stretch_totals": e_stretch, "fifo_issue_costs": e_fifo, "nine_of_ten_gap_triplets": e_gap,
    "mixed_number_numerators": e_mixed, "rainwater_trapped_units": e_rain, "break_even_unit_counts": e_breakeven,
    "till_float_pence_totals": e_purse, "cask_pure_alcohol_litres": e_lpa,
    "straight_line_depreciation_charges": e_depr, "economic_order_quantities": e_eoq,
    "majority_value_lists": e_majority, "arrow_chart_journey_counts": e_journeys,
    "first_fit_last_crate_totals": e_firstfit, "lru_cache_final_evictions": e_lru,
    "pigeonhole_sure_draw_counts": e_pigeon, "painted_block_hidden_cubes": e_block,
    "bonded_warehouse_cask_tallies": e_tally, "proxy_bid_hammer_prices": e_proxy,
}
assert set(ENC) == set(RULES) == set(SEP) == set(FAMILIES) and len(ENC) == 22


def encode(name, plain, r):
    return SEP[name].join(ENC[name](r, ord(ch)) for ch in plain)
