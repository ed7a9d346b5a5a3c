"""Decoders of the 22 evasion encodings.  Imports nothing from the encoder or common260; every answer
is computed from the text of the run, another way where possible."""
import itertools
import re
from fractions import Fraction

SEPARATORS = {
    "bulls_and_cows_deductions": " ", "flood_fill_region_sizes": " ", "candy_rating_minimum_totals": " | ",
    "end_pick_first_player_best": " | ", "hatbox_tower_best_heights": " | ", "fifo_ribbon_cost_of_sales": " | ",
    "ribbon_roll_longest_equal_cuts": " | ", "knitting_row_stitch_counts": " / ",
    "market_stall_non_adjacent_takings": " | ", "floor_quotient_sums": " ", "plane_isometry_final_x": " | ",
    "mancala_store_counts": " ", "fitting_slot_best_fees": " | ", "northwest_corner_delivery_costs": " ",
    "min_max_restock_units_ordered": " ", "stacker_crane_sweep_distances": " ",
    "two_bench_hat_order_makespans": " | ", "lagrange_parabola_intercepts": " | ",
    "drawer_draws_for_matching": " ", "first_fit_shelf_gaps": " ", "letter_trie_node_counts": " | ",
    "bst_insertion_depth_totals": " | ",
}


def _groups(run, name):
    if name in ("bulls_and_cows_deductions", "mancala_store_counts", "northwest_corner_delivery_costs",
                "min_max_restock_units_ordered", "stacker_crane_sweep_distances", "drawer_draws_for_matching",
                "first_fit_shelf_gaps"):
        return re.findall(r"\[[^\]]*\]", run)
    return run.split(SEPARATORS[name])


def d_bulls(g):
    scored = [(a, int(b), int(c)) for a, b, c in re.findall(r"(\d{3}):(\d)b(\d)c", g)]
    fits = []
    for n in range(1000):
        s = "%03d" % n
        ok = True
        for guess, bulls, cows in scored:
            b = sum(guess[i] == s[i] for i in range(3))
            rest_g = [guess[i] for i in range(3) if guess[i] != s[i]]
            rest_s = [s[i] for i in range(3) if guess[i] != s[i]]
            c = 0
            for ch in rest_g:
                if ch in rest_s:
                    rest_s.remove(ch)
                    c += 1
            if (b, c) != (bulls, cows):
                ok = False
                break
        if ok:
            fits.append(n)
    assert len(fits) == 1, fits
    return fits[0]


def d_flood(g):
    rows = g.split("/")
    start = [(r, row.index("@")) for r, row in enumerate(rows) if "@" in row][0]
    seen = {start}
    stack = [start]
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < len(rows) and 0 <= nc < len(rows[nr]) and rows[nr][nc] in "#@" and (nr, nc) not in seen:
                seen.add((nr, nc))
                stack.append((nr, nc))
    return len(seen)


def d_candy(g):
    r = [int(x) for x in g.split(",")]
    # relax until stable (different from the two-pass method)
    a = [1] * len(r)
    changed = True
    while changed:
        changed = False
        for i in range(len(r)):
            for j in (i - 1, i + 1):
                if 0 <= j < len(r) and r[i] > r[j] and a[i] <= a[j]:
                    a[i] = a[j] + 1
                    changed = True
    return sum(a)


def d_coinrow(g):
    v = [int(x) for x in g.split()]
    n = len(v)
    # diff[i][j] = best (own - other) for the player to move on v[i..j]
    diff = [[0] * n for _ in range(n)]
    for i in range(n):
        diff[i][i] = v[i]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            diff[i][j] = max(v[i] - diff[i + 1][j], v[j] - diff[i][j - 1])
    return (sum(v) + diff[0][n - 1]) // 2


def d_tower(g):
    boxes = [tuple(int(x) for x in b.split("x")) for b in g.split(",")]
    best = 0
    for r in range(1, len(boxes) + 1):
        for perm in itertools.permutations(boxes, r):
            if all(perm[i][0] > perm[i + 1][0] and perm[i][1] > perm[i + 1][1] for i in range(r - 1)):
                best = max(best, sum(b[2] for b in perm))
    return best


def d_fifo(g):
    lots = [(int(q), int(p)) for q, p in re.findall(r"(\d+)m@(\d+)p", g)]
    sold = int(re.search(r"sold (\d+) m", g).group(1))
    queue = [p for q, p in lots for _ in range(q)]
    return sum(queue[:sold])


def d_cuts(g):
    rolls = [int(x) for x in re.search(r"rolls ([\d, ]+) cm", g).group(1).split(",")]
    k = int(re.search(r"need (\d+)", g).group(1))
    lo, hi = 1, max(rolls)
    while lo < hi:   # binary search on the length
        mid = (lo + hi + 1) // 2
        if sum(r // mid for r in rolls) >= k:
            lo = mid
        else:
            hi = mid - 1
    return lo


def d_knit(g):
    tokens = re.findall(r"\(|\)\s*x\d+|[kp]\d+", g)

    def parse(i):
        total = 0
        while i < len(tokens):
            t = tokens[i]
            if t == "(":
                inner, i = parse(i + 1)
                mult = int(re.search(r"x(\d+)", tokens[i]).group(1))
                total += inner * mult
                i += 1
            elif t.startswith(")"):
                return total, i
            else:
                total += int(t[1:])
                i += 1
        return total, i
    return parse(0)[0]


def d_stalls(g):
    v = [int(x) for x in g.split()]
    best = 0
    for mask in range(1 << len(v)):
        if mask & (mask >> 1):
            continue
        best = max(best, sum(v[i] for i in range(len(v)) if mask >> i & 1))
    return best


def d_floor(g):
    n, k = (int(x) for x in g.split(";"))
    return sum(n // i for i in range(1, k + 1))


def d_iso(g):
    m = re.match(r"\((-?\d+),(-?\d+)\)\s*(.*)$", g)
    x, y = int(m.group(1)), int(m.group(2))
    for mv in re.findall(r"T\(-?\d+,-?\d+\)|[RMN]", m.group(3)):
        if mv[0] == "T":
            a, b = (int(t) for t in re.findall(r"-?\d+", mv))
            x, y = x + a, y + b
        elif mv == "R":
            x, y = -y, x
        elif mv == "M":
            x, y = y, x
        else:
            y = -y
    return x


def d_mancala(g):
    m = re.match(r"\[A ([\d ]+) \((\d+)\) B ([\d ]+); moves ([A\d ]+)\]", g)
    a = [int(x) for x in m.group(1).split()]
    store = int(m.group(2))
    b = [int(x) for x in m.group(3).split()]
    moves = [int(x) for x in re.findall(r"A(\d)", m.group(4))]
    places = ["A%d" % i for i in range(1, 7)] + ["S"] + ["B%d" % i for i in range(1, 7)]
    board = {"A%d" % (i + 1): a[i] for i in range(6)}
    board.update({"B%d" % (i + 1): b[i] for i in range(6)})
    board["S"] = store
    for mv in moves:
        name = "A%d" % mv
        seeds = board[name]
        board[name] = 0
        idx = places.index(name)
        last = name
        for _ in range(seeds):
            idx = (idx + 1) % len(places)
            last = places[idx]
            board[last] += 1
        if last.startswith("A") and board[last] == 1:
            opp = "B%d" % (7 - int(last[1]))
            if board[opp] > 0:
                board["S"] += board[last] + board[opp]
                board[last] = 0
                board[opp] = 0
    return board["S"]


def d_slots(g):
    ap = [tuple(int(x) for x in re.findall(r"\d+", a)) for a in g.split(",")]
    ap.sort(key=lambda t: t[1])
    best = [0] * (len(ap) + 1)
    for i in range(1, len(ap) + 1):
        s, e, f = ap[i - 1]
        j = i - 1
        while j > 0 and ap[j - 1][1] > s:
            j -= 1
        best[i] = max(best[i - 1], best[j] + f)
    return best[-1]


def d_nw(g):
    nums = re.match(r"\[stock (\d+),(\d+) need (\d+),(\d+),(\d+) costs ([\d ]+)/([\d ]+)\]", g)
    s = [int(nums.group(1)), int(nums.group(2))]
    d = [int(nums.group(i)) for i in (3, 4, 5)]
    cost = [[int(x) for x in nums.group(6).split()], [int(x) for x in nums.group(7).split()]]
    total = 0
    row, col = 0, 0
    while row < 2 and col < 3:
        send = s[row] if s[row] < d[col] else d[col]
        total += send * cost[row][col]
        s[row] -= send
        d[col] -= send
        if s[row] == 0:
            row += 1
        else:
            col += 1
    return total


def d_reorder(g):
    m = re.match(r"\[s=(\d+) S=(\d+) start (\d+): ([\d ]+)\]", g)
    lo, hi, stock = int(m.group(1)), int(m.group(2)), int(m.group(3))
    total = 0
    for d in (int(x) for x in m.group(4).split()):
        stock = max(0, stock - d)
        if stock <= lo:
            total += hi - stock
            stock = hi
    return total


def d_sweep(g):
    m = re.match(r"\[at (\d+): ([\d ]+)\]", g)
    pos = int(m.group(1))
    reqs = sorted(int(x) for x in m.group(2).split())
    travelled = 0
    above = [r for r in reqs if r > pos]
    below = [r for r in reqs if r < pos]
    for r in above:             # walk the visits one by one
        travelled += r - pos
        pos = r
    for r in sorted(below, reverse=True):
        travelled += pos - r
        pos = r
    return travelled


def d_flowshop(g):
    jobs = [tuple(int(x) for x in j.split("+")) for j in g.split(",")]
    # Johnson's rule gives an optimal order
    first = sorted([j for j in jobs if j[0] < j[1]], key=lambda j: j[0])
    last = sorted([j for j in jobs if j[0] >= j[1]], key=lambda j: -j[1])
    t1 = t2 = 0
    for a, b in first + last:
        t1 += a
        t2 = max(t1, t2) + b
    return t2


def d_parabola(g):
    pts = [(Fraction(int(x)), Fraction(int(y))) for x, y in re.findall(r"\((-?\d+),(-?\d+)\)", g)]
    total = Fraction(0)
    for i, (xi, yi) in enumerate(pts):
        term = yi
        for j, (xj, _) in enumerate(pts):
            if i != j:
                term *= (0 - xj) / (xi - xj)
        total += term
    assert total.denominator == 1
    return int(total)


def d_drawer(g):
    counts = [int(x) for x in re.findall(r"[a-z]+ (\d+)", g)]
    k = int(re.search(r"; (\d+) alike", g).group(1))
    # draw the worst case one ribbon at a time
    held = [0] * len(counts)
    drawn = 0
    while True:
        options = [i for i in range(len(counts)) if held[i] < counts[i] and held[i] < k - 1]
        if not options:
            return drawn + 1
        held[options[0]] += 1
        drawn += 1


def d_shelves(g):
    m = re.match(r"\[shelf (\d+): ([\d ]+)\]", g)
    length = int(m.group(1))
    used = []
    for w in (int(x) for x in m.group(2).split()):
        placed = False
        for i in range(len(used)):
            if used[i] + w <= length:
                used[i] += w
                placed = True
                break
        if not placed:
            used.append(w)
    return sum(length - u for u in used)


def d_trie(g):
    root = {}
    count = 0
    for w in g.split():
        node = root
        for ch in w:
            if ch not in node:
                node[ch] = {}
                count += 1
            node = node[ch]
    return count


def d_bst(g):
    seq = [int(x) for x in g.split()]
    total = 0
    for i, v in enumerate(seq):
        # depth = number of earlier values that are ancestors: walk bounds
        lo, hi, depth = float("-inf"), float("inf"), 0
        for u in seq[:i]:
            if lo < u < hi:
                depth += 1
                if v < u:
                    hi = u
                else:
                    lo = u
        total += depth
    return total


DECODERS = {
    "bulls_and_cows_deductions": d_bulls, "flood_fill_region_sizes": d_flood,
    "candy_rating_minimum_totals": d_candy, "end_pick_first_player_best": d_coinrow,
    "hatbox_tower_best_heights": d_tower, "fifo_ribbon_cost_of_sales": d_fifo,
    "ribbon_roll_longest_equal_cuts": d_cuts, "knitting_row_stitch_counts": d_knit,
    "market_stall_non_adjacent_takings": d_stalls, "floor_quotient_sums": d_floor,
    "plane_isometry_final_x": d_iso, "mancala_store_counts": d_mancala, "fitting_slot_best_fees": d_slots,
    "northwest_corner_delivery_costs": d_nw, "min_max_restock_units_ordered": d_reorder,
    "stacker_crane_sweep_distances": d_sweep, "two_bench_hat_order_makespans": d_flowshop,
    "lagrange_parabola_intercepts": d_parabola, "drawer_draws_for_matching": d_drawer,
    "first_fit_shelf_gaps": d_shelves, "letter_trie_node_counts": d_trie, "bst_insertion_depth_totals": d_bst,
}


def decode(name, run):
    return "".join(chr(DECODERS[name](g)) for g in _groups(run, name))
