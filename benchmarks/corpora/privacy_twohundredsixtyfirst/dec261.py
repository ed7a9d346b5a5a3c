"""Decoders of the 22 p261 evasion encodings.  Gets only the encoding name and
the run; imports nothing from the encoder or the common module and computes
every answer its own way."""

import math
import re
from collections import Counter, deque
from fractions import Fraction
from itertools import combinations

SPLIT = {
    "twelfths_tide_heights": " | ", "variation_deviation_course_conversions": "; ",
    "heron_formula_sail_areas": " | ", "rigging_sine_stay_lengths": " | ", "trapezoidal_net_strip_areas": " | ",
    "torn_mesh_region_counts": " ", "minesweeper_clue_totals": " ", "odd_list_medians": None,
    "tally_sheet_modes": None, "missing_float_tags": " | ", "low_point_series_scores": " | ",
    "regatta_handshake_counts": " | ", "hamilton_remainder_allotments": " | ", "three_for_two_till_totals": " | ",
    "histogram_biggest_rectangles": " | ", "proxy_bid_final_prices": " | ", "coffee_loyalty_stamp_totals": " | ",
    "crew_floor_peak_headcounts": " | ", "backgammon_pip_counts": " | ", "patch_overlap_areas": " | ",
    "painted_block_hidden_cubes": ", ", "knotted_net_bar_counts": "; ",
}


def _ints(s):
    return [int(x) for x in re.findall(r"-?\d+", s)]


def d_tide(p):
    a, b, h = [int(x) for x in re.match(r"LW (\d+) cm, HW (\d+) cm, \+(\d) h$", p).groups()]
    steps = [1, 2, 3, 3, 2, 1]
    v = a + Fraction((b - a) * sum(steps[:h]), 12)
    assert v.denominator == 1
    return int(v)


def d_course(p):
    m = re.match(r"T (\d{3}), var (\d+)([EW]), dev (\d+)([EW])$", p)
    t = int(m.group(1))
    for n, side in ((int(m.group(2)), m.group(3)), (int(m.group(4)), m.group(5))):
        t = t - n if side == "E" else t + n
    return t


def d_heron(p):
    a, b, c = _ints(p)
    s = Fraction(a + b + c, 2)
    return round(math.sqrt(float(s * (s - a) * (s - b) * (s - c))))


def d_sine(p):
    A, B, a = _ints(p)
    return round(a * math.sin(math.radians(B)) / math.sin(math.radians(A)))


def d_trap(p):
    m = re.match(r"every (\d+) dm: ([\d ]+)$", p)
    h = int(m.group(1))
    ws = [int(x) for x in m.group(2).split()]
    area = Fraction(h) * (Fraction(ws[0] + ws[-1], 2) + sum(ws[1:-1]))
    assert area.denominator == 1
    return int(area)


def d_region(p):
    rows = p.split("/")
    start = [(r, row.index("*")) for r, row in enumerate(rows) if "*" in row][0]
    seen = {start}
    q = deque([start])
    while q:
        r, c = q.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < len(rows) and 0 <= nc < len(rows[nr]) and (nr, nc) not in seen and rows[nr][nc] in "x*":
                seen.add((nr, nc))
                q.append((nr, nc))
    return len(seen)


def d_mines(p):
    rows = p.split("/")
    total = 0
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            if ch != "M":
                continue
            for nr in range(r - 1, r + 2):
                for nc in range(c - 1, c + 2):
                    if (nr, nc) != (r, c) and 0 <= nr < len(rows) and 0 <= nc < len(rows[nr]) and rows[nr][nc] == ".":
                        total += 1
    return total


def d_median(p):
    v = sorted(_ints(p))
    return v[len(v) // 2]


def d_mode(p):
    cnt = Counter(_ints(p)).most_common()
    assert len(cnt) == 1 or cnt[0][1] > cnt[1][1]
    return cnt[0][0]


def d_missing(p):
    m = re.match(r"\[(\d+)\.\.(\d+)\] ([\d ]+)$", p)
    a, b = int(m.group(1)), int(m.group(2))
    got = [int(x) for x in m.group(3).split()]
    miss = set(range(a, b + 1)) - set(got)
    assert len(miss) == 1
    return miss.pop()


def d_lowpoint(p):
    m = re.match(r"of (\d+): ([\dDNF ]+) \(drop (\d)\)$", p)
    n = int(m.group(1))
    sc = [n + 1 if t == "DNF" else int(t) for t in m.group(2).split()]
    k = int(m.group(3))
    for _ in range(k):
        sc.remove(max(sc))
    return sum(sc)


def d_handshake(p):
    sizes = _ints(p)
    return sum(x * y for x, y in combinations(sizes, 2))


def d_hamilton(p):
    m = re.match(r"(\d+) hours: (.*)$", p)
    H = int(m.group(1))
    orders = [int(x) for x in re.findall(r"[A-D] (\d+)", m.group(2))]
    tot = sum(orders)
    whole = [H * o // tot for o in orders]
    rem = [Fraction(H * o, tot) - w for o, w in zip(orders, whole)]
    spare = H - sum(whole)
    ranked = sorted(range(len(orders)), key=lambda i: (-rem[i], i))
    for i in ranked[:spare]:
        whole[i] += 1
    return whole[0]


def d_three_for_two(p):
    v = sorted(_ints(p), reverse=True)
    return sum(x for i, x in enumerate(v) if i % 3 != 2)


def d_histogram(p):
    hs = _ints(p)
    best = 0
    stack = []
    for i, h in enumerate(hs + [0]):
        start = i
        while stack and stack[-1][1] >= h:
            j, hh = stack.pop()
            best = max(best, hh * (i - j))
            start = j
        stack.append((start, h))
    return best


def d_auction(p):
    m = re.match(r"step (\d+): bids ([\d ]+)$", p)
    s = int(m.group(1))
    b = sorted(int(x) for x in m.group(2).split())
    return min(b[-1], b[-2] + s)


def d_coffee(p):
    n, k = _ints(p)[:2]
    total = n
    stamps = n
    while stamps >= k:
        stamps -= k
        stamps += 1
        total += 1
    return total


def d_crews(p):
    crews = [tuple(int(x) for x in m) for m in re.findall(r"(\d+)-(\d+) x(\d+)", p)]
    events = []
    for s, e, n in crews:
        events.append((s, 1, n))
        events.append((e, 0, -n))
    events.sort()
    cur = best = 0
    for _, _, d in events:
        cur += d
        best = max(best, cur)
    return best


def d_pips(p):
    return sum(a * b for a, b in re.findall(r"(\d+):(\d+)", p) for a, b in [(int(a), int(b))])


def d_overlap(p):
    x1, y1, x2, y2, x3, y3, x4, y4 = _ints(p)
    w = min(max(x1, x2), max(x3, x4)) - max(min(x1, x2), min(x3, x4))
    h = min(max(y1, y2), max(y3, y4)) - max(min(y1, y2), min(y3, y4))
    return max(0, w) * max(0, h)


def d_painted(p):
    a, b, c = _ints(p)
    inner = 0
    for i in range(a):
        for j in range(b):
            for k in range(c):
                if 0 < i < a - 1 and 0 < j < b - 1 and 0 < k < c - 1:
                    inner += 1
    return inner


def d_bars(p):
    r, c = _ints(p)
    return r * (c - 1) + c * (r - 1)


FN = {
    "twelfths_tide_heights": d_tide, "variation_deviation_course_conversions": d_course,
    "heron_formula_sail_areas": d_heron, "rigging_sine_stay_lengths": d_sine,
    "trapezoidal_net_strip_areas": d_trap, "torn_mesh_region_counts": d_region,
    "minesweeper_clue_totals": d_mines, "odd_list_medians": d_median, "tally_sheet_modes": d_mode,
    "missing_float_tags": d_missing, "low_point_series_scores": d_lowpoint,
    "regatta_handshake_counts": d_handshake, "hamilton_remainder_allotments": d_hamilton,
    "three_for_two_till_totals": d_three_for_two, "histogram_biggest_rectangles": d_histogram,
    "proxy_bid_final_prices": d_auction, "coffee_loyalty_stamp_totals": d_coffee,
    "crew_floor_peak_headcounts": d_crews, "backgammon_pip_counts": d_pips, "patch_overlap_areas": d_overlap,
    "painted_block_hidden_cubes": d_painted, "knotted_net_bar_counts": d_bars,
}


def pieces(name, run):
    if name == "odd_list_medians":
        return re.findall(r"\([^)]*\)", run)
    if name == "tally_sheet_modes":
        return re.findall(r"\[[^\]]*\]", run)
    return run.split(SPLIT[name])


def decode(name, run):
    return "".join(chr(FN[name](p)) for p in pieces(name, run))
