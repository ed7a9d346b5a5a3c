"""Independent decoder for the 22 p262 evasion encodings.  It receives only
the encoding name and the run; it imports nothing from the encoder or the
shared module and computes every answer its own way where it can."""
import math
import re
from collections import Counter, OrderedDict
from fractions import Fraction


def _groups(run, sep):
    return [g for g in run.split(sep)]


def d_stack(g):
    st = []
    toks = g.split()
    i = 0
    while i < len(toks):
        if toks[i] == "in":
            st.append(int(toks[i + 1]))
            i += 2
        elif toks[i] == "out":
            st.pop()
            i += 1
        else:
            raise ValueError(g)
    return st[-1]


def d_hamming(g):
    a, b = g.split("/")
    if len(a) != len(b):
        raise ValueError(g)
    return sum(1 for x, y in zip(a, b) if x != y)


def d_ratio(g):
    t, a, b, c = map(int, re.fullmatch(r"(\d+) split (\d+):(\d+):(\d+)", g).groups())
    v = Fraction(t * b, a + b + c)
    assert v.denominator == 1
    return int(v)


def d_handshake(body):
    degs = [int(x) for x in re.findall(r"[A-Z](\d+)", body)]
    assert sum(degs) % 2 == 0
    return sum(degs) // 2


def d_stretch(body):
    xs = [int(x) for x in body.split()]
    best, cur = xs[0], 0
    for x in xs:
        cur = max(x, cur + x)
        best = max(best, cur)
    return best


def d_fifo(g):
    m = re.fullmatch(r"lots ((?:\d+@\d+ ?)+); issue (\d+)", g)
    lots = [tuple(map(int, x.split("@"))) for x in m.group(1).split()]
    need = int(m.group(2))
    cost = 0
    queue = list(lots)
    while need:
        n, p = queue.pop(0)
        if n > need:
            cost += need * p
            need = 0
        else:
            cost += n * p
            need -= n
    return cost


def d_gap(g):
    digits = ""
    for s in g.split("/"):
        assert len(s) == 9 and len(set(s)) == 9
        digits += (set("0123456789") - set(s)).pop()
    return int(digits)


def d_mixed(g):
    w, n, d = map(int, re.fullmatch(r"(\d+) (\d+)/(\d+)", g).groups())
    return (Fraction(w) + Fraction(n, d)).numerator if math.gcd(n, d) == 1 else w * d + n


def d_rain(body):
    h = [int(x) for x in body.split()]
    i, j = 0, len(h) - 1
    lm = rm = total = 0
    while i <= j:
        if lm <= rm:
            lm = max(lm, h[i])
            total += lm - h[i]
            i += 1
        else:
            rm = max(rm, h[j])
            total += rm - h[j]
            j -= 1
    return total


def d_breakeven(g):
    f, p, v = map(int, re.fullmatch(r"fixed (\d+), price (\d+), cost (\d+)", g).groups())
    q = Fraction(f, p - v)
    assert q.denominator == 1
    return int(q)


def d_purse(g):
    total = 0
    for cnt, coin in re.findall(r"(\d+)x(£1|\d+p)", g):
        total += int(cnt) * (100 if coin == "£1" else int(coin[:-1]))
    return total


def d_lpa(g):
    b, a = re.fullmatch(r"([\d.]+) l at ([\d.]+)%", g).groups()
    v = Fraction(b) * Fraction(a) / 100
    assert v.denominator == 1
    return int(v)


def d_depr(g):
    c, r, n = map(int, re.fullmatch(r"cost (\d+), residual (\d+), life (\d+) y", g).groups())
    v = Fraction(c - r, n)
    assert v.denominator == 1
    return int(v)


def d_eoq(g):
    d, s, h = map(int, g.split("/"))
    q2 = Fraction(2 * d * s, h)
    assert q2.denominator == 1
    q = math.isqrt(int(q2))
    assert q * q == q2
    return q


def d_majority(body):
    xs = [int(x) for x in body.split()]
    v, n = Counter(xs).most_common(1)[0]
    assert 2 * n > len(xs)
    return v


def d_journeys(g):
    succ = {}
    nodes = set()
    for tok in g.split():
        u, vs = tok.split(">")
        succ[u] = vs.split(",")
        nodes.add(u)
        nodes.update(succ[u])
    indeg = {n: 0 for n in nodes}
    for u in succ:
        for v in succ[u]:
            indeg[v] += 1
    ways = {n: 0 for n in nodes}
    ways["S"] = 1
    ready = [n for n in nodes if indeg[n] == 0]
    while ready:
        u = ready.pop()
        for v in succ.get(u, []):
            ways[v] += ways[u]
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
    return ways["T"]


def d_firstfit(g):
    m = re.fullmatch(r"\[cap (\d+)\] ([\d ]+)", g)
    cap = int(m.group(1))
    crates = []
    for s in map(int, m.group(2).split()):
        for k, load in enumerate(crates):
            if load + s <= cap:
                crates[k] = load + s
                break
        else:
            crates.append(s)
    return crates[-1]


def d_lru(g):
    shelf = OrderedDict()
    removed = None
    for x in map(int, g.split()):
        removed = None
        if x in shelf:
            shelf.move_to_end(x)
            continue
        if len(shelf) == 3:
            removed, _ = shelf.popitem(last=False)
        shelf[x] = True
    return removed


def d_pigeon(g):
    k, r = map(int, re.fullmatch(r"(\d+) kinds, (\d+) alike", g).groups())
    return k * (r - 1) + 1


def d_block(g):
    a, b, c = map(int, re.fullmatch(r"(\d+) x (\d+) x (\d+)", g).groups())
    inner = 1
    for x in (a, b, c):
        inner *= x - 2
    return inner


def d_tally(g):
    r, b, t, e = map(int, re.fullmatch(r"(\d+) rows, (\d+) bays, (\d+) high, (\d+) empty", g).groups())
    return r * b * t - e


def d_proxy(g):
    m = re.fullmatch(r"\[\+(\d+)\] ([\d ]+)", g)
    inc = int(m.group(1))
    bids = sorted(map(int, m.group(2).split()), reverse=True)
    return min(bids[0], bids[1] + inc)


SPLIT = {
    "crate_stack_final_tops": (" | ", d_stack), "line_pair_mismatch_counts": (" ; ", d_hamming),
    "partnership_ratio_second_shares": (" | ", d_ratio), "fifo_issue_costs": (" | ", d_fifo),
    "nine_of_ten_gap_triplets": (" ", d_gap), "mixed_number_numerators": (" ; ", d_mixed),
    "break_even_unit_counts": (" | ", d_breakeven), "till_float_pence_totals": (" / ", d_purse),
    "cask_pure_alcohol_litres": (" ; ", d_lpa), "straight_line_depreciation_charges": (" | ", d_depr),
    "economic_order_quantities": (" ; ", d_eoq), "arrow_chart_journey_counts": (" | ", d_journeys),
    "first_fit_last_crate_totals": (" | ", d_firstfit), "lru_cache_final_evictions": (" | ", d_lru),
    "pigeonhole_sure_draw_counts": (" ; ", d_pigeon), "painted_block_hidden_cubes": (", ", d_block),
    "bonded_warehouse_cask_tallies": (" | ", d_tally), "proxy_bid_hammer_prices": (" | ", d_proxy),
}
BRACKETED = {
    "network_degree_half_sums": (r"\[([^\]]*)\]", d_handshake),
    "best_unbroken_stretch_totals": (r"\(([^)]*)\)", d_stretch),
    "rainwater_trapped_units": (r"\[([^\]]*)\]", d_rain),
    "majority_value_lists": (r"\{([^}]*)\}", d_majority),
}


def decode(name, run):
    if name in BRACKETED:
        pat, fn = BRACKETED[name]
        bodies = re.findall(pat, run)
        codes = [fn(b) for b in bodies]
    else:
        sep, fn = SPLIT[name]
        codes = [fn(g) for g in run.split(sep)]
    return "".join(chr(c) for c in codes)
