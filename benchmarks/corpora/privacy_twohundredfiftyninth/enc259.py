"""Encoders of the 22 evasion encodings.  enc(name, plain, rng) -> run.
Every character code is 45..122 ([A-Za-z0-9._-] plus the codes between)."""
import heapq
import math
from collections import deque

ALPHA78 = [chr(c) for c in range(45, 123)]
TASKS = ["cut", "skive", "crease", "dye", "edge", "punch", "stitch", "burnish", "rivet", "wax", "line", "emboss"]
NODES = "ABCDEF"
STABLES = "PQRST"


def _j(n, k):
    s = 0
    for m in range(2, n + 1):
        s = (s + k) % m
    return s + 1


def e_josephus(codes, rng):
    out = []
    for c in codes:
        while True:
            k = rng.randrange(2, 10)
            s, hits = 0, []
            for m in range(2, c * k + 200):
                s = (s + k) % m
                if m >= c and s + 1 == c:
                    hits.append(m)
                    if len(hits) >= 4:
                        break
            if hits:
                n = rng.choice(hits)
                assert _j(n, k) == c
                out.append("%d/%d" % (n, k))
                break
    return " ".join(out)


def e_inversions(codes, rng):
    out = []
    for c in codes:
        d = [0] * 17
        for _ in range(c):
            i = rng.choice([j for j in range(17) if d[j] < 16 - j])
            d[i] += 1
        avail = [chr(65 + i) for i in range(17)]
        out.append("".join(avail.pop(x) for x in d))
    return " ".join(out)


def _dijkstra(edges, src, dst):
    adj = {}
    for a, b, w in edges:
        adj.setdefault(a, []).append((b, w))
        adj.setdefault(b, []).append((a, w))
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, 1 << 30):
            continue
        for v, w in adj.get(u, []):
            if d + w < dist.get(v, 1 << 30):
                dist[v] = d + w
                heapq.heappush(pq, (d + w, v))
    return dist.get(dst)


def e_shortest(codes, rng):
    out = []
    for c in codes:
        while True:
            mid = rng.sample("BCDE", rng.choice([1, 2, 3]))
            path = ["A"] + mid + ["F"]
            k = len(path) - 1
            cuts = sorted(rng.sample(range(4, c - 3), k - 1))
            ws = [b - a for a, b in zip([0] + cuts, cuts + [c])]
            if min(ws) < 4:
                continue
            edges = [(path[i], path[i + 1], ws[i]) for i in range(k)]
            have = {frozenset((a, b)) for a, b, _ in edges}
            pairs = [(a, b) for i, a in enumerate(NODES) for b in NODES[i + 1:] if frozenset((a, b)) not in have]
            for a, b in rng.sample(pairs, rng.randrange(4, 7)):
                edges.append((a, b, rng.randrange(6, c + 30)))
            if _dijkstra(edges, "A", "F") != c:
                continue
            rng.shuffle(edges)
            out.append("[" + ", ".join("%s-%s %d" % (((a, b) if rng.random() < 0.5 else (b, a)) + (w,))
                                       for a, b, w in edges) + "]")
            break
    return " ".join(out)


def e_mtf(plain, rng):
    lst = list(ALPHA78)
    out = []
    for ch in plain:
        i = lst.index(ch)
        out.append(str(i))
        lst.insert(0, lst.pop(i))
    return " ".join(out)


OFF = [[("-b",), ("a", "b"), ("-a",)], [("-a", "b"), (), ("a", "-b")], [("a",), ("-a", "-b"), ("b",)]]


def _off(t, a, b):
    s = 0
    for x in t:
        v = a if x.endswith("a") else b
        s += -v if x.startswith("-") else v
    return s


def e_magic(codes, rng):
    out = []
    for c in codes:
        while True:
            a = rng.choice([1, -1]) * rng.randrange(1, 30)
            b = rng.choice([1, -1]) * rng.randrange(1, 30)
            p = rng.randrange(9)
            r, q = divmod(p, 3)
            m = c - _off(OFF[r][q], a, b)
            cells = [[m + _off(OFF[i][j], a, b) for j in range(3)] for i in range(3)]
            flat = [x for row in cells for x in row]
            if min(flat) < 1 or len(set(flat)) != 9:
                continue
            assert cells[r][q] == c
            rows = []
            for i in range(3):
                rows.append(" ".join("?" if (i, j) == (r, q) else str(cells[i][j]) for j in range(3)))
            out.append("/".join(rows))
            break
    return " | ".join(out)


def e_cosine(codes, rng):
    return "; ".join("%.9f" % math.cos(math.radians(c)) for c in codes)


_FOAL = {}


def e_foal(codes, rng):
    out = []
    for c in codes:
        if c not in _FOAL:
            cand = []
            for g in range(50, 115):
                for ln in range(55, 160):
                    w = g * g * ln / 11900.0
                    if abs(w - round(w)) < 0.45 and round(w) == c:
                        cand.append((g, ln))
            _FOAL[c] = cand
        g, ln = rng.choice(_FOAL[c])
        out.append("girth %d length %d" % (g, ln))
    return "; ".join(out)


def _grid_paths(rows):
    n = len(rows)
    dp = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if rows[i][j] == "#":
                continue
            if i == 0 and j == 0:
                dp[i][j] = 1
            else:
                dp[i][j] = (dp[i - 1][j] if i else 0) + (dp[i][j - 1] if j else 0)
    return dp[n - 1][n - 1]


def e_grid(codes, rng):
    out = []
    for c in codes:
        while True:
            p = rng.choice([0.08, 0.12, 0.16, 0.2])
            rows = ["".join("#" if rng.random() < p else "." for _ in range(6)) for _ in range(6)]
            rows[0] = "." + rows[0][1:]
            rows[5] = rows[5][:5] + "."
            if _grid_paths(rows) == c:
                out.append("/".join(rows))
                break
    return " ".join(out)


def e_gcd(codes, rng):
    out = []
    for c in codes:
        while True:
            x, y = rng.randrange(2, 60), rng.randrange(2, 60)
            if x != y and math.gcd(x, y) == 1:
                out.append("%d:%d" % (c * x, c * y))
                break
    return " ".join(out)


def _crit(tasks):
    fin = {}
    for name, d, pre in tasks:
        fin[name] = d + max([fin[p] for p in pre], default=0)
    return max(fin.values())


def e_critical(codes, rng):
    out = []
    for c in codes:
        while True:
            names = rng.sample(TASKS, rng.randrange(4, 7))
            tasks = []
            for i, nm in enumerate(names):
                pre = rng.sample(names[:i], min(i, rng.choice([1, 1, 2]))) if i else []
                tasks.append((nm, rng.randrange(2, max(3, c // 4)), pre))
            used = {p for _, _, pre in tasks for p in pre}
            sinks = [nm for nm, _, _ in tasks if nm not in used]
            lp = _crit(tasks)
            if lp > c - 2:
                continue
            tasks.append(("pack", c - lp, sinks))
            assert _crit(tasks) == c
            out.append("[" + " ".join("%s=%d" % (nm, d) + ("<" + ",".join(pre) if pre else "") for nm, d, pre in tasks) + "]")
            break
    return " ".join(out)


def _knap(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for x in range(cap, w - 1, -1):
            best[x] = max(best[x], best[x - w] + v)
    return best[cap]


def e_knapsack(codes, rng):
    out = []
    for c in codes:
        while True:
            cap = rng.randrange(8, 19)
            items = [(rng.randrange(1, 10), rng.randrange(max(3, c // 6), c // 2 + 6)) for _ in range(5)]
            if _knap(items, cap) == c:
                out.append("limit %d: %s" % (cap, " ".join("%d/%d" % it for it in items)))
                break
    return " ; ".join(out)


def e_cubic(codes, rng):
    out = []
    for c in codes:
        a = rng.choice([1, -1]) * rng.randrange(1, 4)
        b = rng.randrange(-6, 7)
        d = rng.randrange(-15, 16)
        e = c - (125 * a + 25 * b + 5 * d)
        ts = [a * x ** 3 + b * x * x + d * x + e for x in range(1, 6)]
        assert ts[4] == c
        out.append(", ".join(str(t) for t in ts[:4]))
    return " / ".join(out)


def _huff(ws):
    h = list(ws)
    heapq.heapify(h)
    cost = 0
    while len(h) > 1:
        s = heapq.heappop(h) + heapq.heappop(h)
        cost += s
        heapq.heappush(h, s)
    return cost


def e_huffman(codes, rng):
    out = []
    for c in codes:
        while True:
            n = rng.randrange(3, 7)
            ws = [rng.randrange(1, 30) for _ in range(n)]
            if _huff(ws) == c:
                out.append(",".join(map(str, ws)))
                break
    return " | ".join(out)


def e_union(codes, rng):
    out = []
    for c in codes:
        k = rng.choice([1, 2, 2, 3]) if c >= 36 else 1
        while True:
            cuts = sorted(rng.sample(range(12, c - 11), k - 1)) if k > 1 else []
            lens = [b - a for a, b in zip([0] + cuts, cuts + [c])]
            if min(lens) >= 12:
                break
        t = rng.randrange(0, 20)
        ivs = []
        for ln in lens:
            s, e = t, t + ln
            x = rng.randrange(s + 3, e - 2)
            y = rng.randrange(s + 1, x)
            ivs.append((s, x))
            ivs.append((y, e))
            if rng.random() < 0.5:
                u = rng.randrange(s, e - 1)
                ivs.append((u, rng.randrange(u + 1, e + 1)))
            t = e + rng.randrange(5, 40)
        rng.shuffle(ivs)
        out.append(", ".join("%d-%d" % iv for iv in ivs))
    return " ; ".join(out)


def _queue(riders):
    t = 0
    for a, d in riders:
        t = max(t, a) + d
    return t


def e_queue(codes, rng):
    out = []
    for c in codes:
        while True:
            n = rng.randrange(3, 6)
            arr = sorted(rng.randrange(0, c - 5) for _ in range(n))
            riders = [(a, rng.randrange(3, max(4, c // n))) for a in arr[:-1]]
            f = _queue(riders)
            start = max(arr[-1], f)
            if start > c - 2:
                continue
            riders.append((arr[-1], c - start))
            assert _queue(riders) == c
            out.append(", ".join("%d+%d" % r for r in riders))
            break
    return " ; ".join(out)


def _torch(ts):
    a, b, c, d = sorted(ts)
    return min(a + 3 * b + d, 2 * a + b + c + d)


def e_torch(codes, rng):
    out = []
    for c in codes:
        while True:
            ts = sorted([rng.randrange(1, 10), rng.randrange(2, 25), rng.randrange(5, 50), rng.randrange(8, 60)])
            if _torch(ts) == c:
                rng.shuffle(ts)
                out.append(",".join(map(str, ts)))
                break
    return " ".join(out)


OPS = ["FA", "FB", "EA", "EB", "AB", "BA", "AT", "BT"]


def _pour_step(st, op, ca, cb):
    a, b, t = st
    if op == "FA":
        a = ca
    elif op == "FB":
        b = cb
    elif op == "EA":
        a = 0
    elif op == "EB":
        b = 0
    elif op == "AB":
        m = min(a, cb - b); a -= m; b += m
    elif op == "BA":
        m = min(b, ca - a); b -= m; a += m
    elif op == "AT":
        t += a; a = 0
    elif op == "BT":
        t += b; b = 0
    return (a, b, t)


def e_pour(codes, rng):
    out = []
    for c in codes:
        while True:
            ca = rng.randrange(5, 14)
            cb = rng.randrange(ca + 2, ca + 12)
            if math.gcd(ca, cb) == 1:
                break
        start = (0, 0, 0)
        prev = {start: None}
        dq = deque([start])
        goal = None
        ops = OPS[:]
        rng.shuffle(ops)
        while dq:
            st = dq.popleft()
            if st[2] == c:
                goal = st
                break
            for op in ops:
                nx = _pour_step(st, op, ca, cb)
                if nx[2] <= c and nx not in prev:
                    prev[nx] = (st, op)
                    dq.append(nx)
        seq = []
        st = goal
        while prev[st] is not None:
            st, op = prev[st]
            seq.append(op)
        seq.reverse()
        out.append("[%d,%d: %s]" % (ca, cb, " ".join(seq)))
    return " ".join(out)


def e_venn(codes, rng):
    out = []
    for c in codes:
        cuts = sorted(rng.sample(range(1, c), 6))
        r = [y - x for x, y in zip([0] + cuts, cuts + [c])]
        ra, rb, rc, rab, rac, rbc, rabc = r
        A = ra + rab + rac + rabc
        B = rb + rab + rbc + rabc
        C = rc + rac + rbc + rabc
        out.append("A=%d B=%d C=%d AB=%d AC=%d BC=%d ABC=%d" % (A, B, C, rab + rabc, rac + rabc, rbc + rabc, rabc))
    return " | ".join(out)


def e_mst(codes, rng):
    out = []
    for c in codes:
        while True:
            nodes = list(STABLES)
            rng.shuffle(nodes)
            tree = [(nodes[i], rng.choice(nodes[:i])) for i in range(1, 5)]
            cuts = sorted(rng.sample(range(3, c - 2), 3))
            ws = [b - a for a, b in zip([0] + cuts, cuts + [c])]
            if min(ws) < 3:
                continue
            edges = [(a, b, w) for (a, b), w in zip(tree, ws)]
            adj = {}
            for a, b, w in edges:
                adj.setdefault(a, []).append((b, w))
                adj.setdefault(b, []).append((a, w))

            def pmax(s, t):
                stack = [(s, None, 0)]
                while stack:
                    u, par, m = stack.pop()
                    if u == t:
                        return m
                    for v, w in adj[u]:
                        if v != par:
                            stack.append((v, u, max(m, w)))
            have = {frozenset((a, b)) for a, b, _ in edges}
            extra = [(a, b) for i, a in enumerate(STABLES) for b in STABLES[i + 1:] if frozenset((a, b)) not in have]
            for a, b in rng.sample(extra, rng.randrange(2, 5)):
                edges.append((a, b, pmax(a, b) + rng.randrange(1, 25)))
            rng.shuffle(edges)
            out.append("[" + ", ".join("%s-%s %d" % (a, b, w) for a, b, w in edges) + "]")
            break
    return " ".join(out)


def _water(h):
    n = len(h)
    tot = 0
    for i in range(n):
        tot += max(0, min(max(h[:i + 1]), max(h[i:])) - h[i])
    return tot


def e_rain(codes, rng):
    out = []
    for c in codes:
        L = rng.randrange(6, 16)
        w = max(2, -(-c // (L - 1)) + rng.randrange(0, 3))
        while True:
            d = [1] * w
            rest = c - w
            if rest < 0:
                w -= 1
                continue
            ok = True
            for _ in range(rest):
                idx = [i for i in range(w) if d[i] < L]
                if not idx:
                    ok = False
                    break
                d[rng.choice(idx)] += 1
            if ok:
                break
            w += 1
        inner = [L - x for x in d]
        hl = L + rng.randrange(0, 4)
        hr = L if hl > L else L + rng.randrange(0, 4)
        left = sorted(rng.randrange(0, hl + 1) for _ in range(rng.randrange(0, 3)))
        right = sorted((rng.randrange(0, hr + 1) for _ in range(rng.randrange(0, 3))), reverse=True)
        h = left + [hl] + inner + [hr] + right
        assert _water(h) == c
        out.append(",".join(map(str, h)))
    return " / ".join(out)


def _kadane(xs):
    best, cur = xs[0], 0
    for x in xs:
        cur = max(x, cur + x)
        best = max(best, cur)
    return best


def e_kadane(codes, rng):
    out = []
    for c in codes:
        while True:
            m = rng.randrange(5, 16)
            k = rng.randrange(2, 5)
            cuts = sorted(rng.sample(range(1, c + m), k - 1))
            pos = [b - a for a, b in zip([0] + cuts, cuts + [c + m])]
            j = rng.randrange(1, k)
            run = pos[:j] + [-m] + pos[j:]
            xs = []
            for _ in range(rng.randrange(1, 3)):
                xs += [rng.randrange(1, c // 3 + 2) for _ in range(rng.randrange(1, 3))]
                xs.append(-rng.randrange(c // 2, c + 40))
            xs += run
            for _ in range(rng.randrange(1, 3)):
                xs.append(-rng.randrange(c // 2, c + 40))
                xs += [rng.randrange(1, c // 3 + 2) for _ in range(rng.randrange(1, 3))]
            if _kadane(xs) == c and sum(run) == c:
                out.append(" ".join(map(str, xs)))
                break
    return " / ".join(out)


def e_snail(codes, rng):
    out = []
    for c in codes:
        up = rng.randrange(3, 13)
        down = rng.randrange(1, up)
        step = up - down
        lo, hi = up + (c - 2) * step + 1, up + (c - 1) * step
        out.append("%d/%d/%d" % (rng.randrange(lo, hi + 1), up, down))
    return " ".join(out)


PER_CODE = {
    "josephus_circle_survivors": e_josephus,
    "permutation_inversion_counts": e_inversions,
    "bridleway_shortest_routes": e_shortest,
    "magic_square_blank_cells": e_magic,
    "cosine_values_whole_degrees": e_cosine,
    "foal_weight_tape_estimates": e_foal,
    "blocked_grid_path_counts": e_grid,
    "number_pair_common_divisors": e_gcd,
    "saddle_job_critical_paths": e_critical,
    "knapsack_best_values": e_knapsack,
    "cubic_sequence_next_terms": e_cubic,
    "huffman_merge_costs": e_huffman,
    "arena_booking_union_minutes": e_union,
    "show_stand_queue_finish_times": e_queue,
    "bridge_torch_crossing_times": e_torch,
    "water_trough_pouring_sequences": e_pour,
    "survey_venn_totals": e_venn,
    "yard_pipe_spanning_tree_lengths": e_mst,
    "trapped_rainwater_units": e_rain,
    "largest_consecutive_run_sums": e_kadane,
    "snail_well_climbing_days": e_snail,
}
ENCODINGS = ["josephus_circle_survivors", "permutation_inversion_counts", "bridleway_shortest_routes",
             "move_to_front_positions", "magic_square_blank_cells", "cosine_values_whole_degrees",
             "foal_weight_tape_estimates", "blocked_grid_path_counts", "number_pair_common_divisors",
             "saddle_job_critical_paths", "knapsack_best_values", "cubic_sequence_next_terms",
             "huffman_merge_costs", "arena_booking_union_minutes", "show_stand_queue_finish_times",
             "bridge_torch_crossing_times", "water_trough_pouring_sequences", "survey_venn_totals",
             "yard_pipe_spanning_tree_lengths", "trapped_rainwater_units", "largest_consecutive_run_sums",
             "snail_well_climbing_days"]


def enc(name, plain, rng):
    assert all(45 <= ord(ch) <= 122 for ch in plain)
    if name == "move_to_front_positions":
        return e_mtf(plain, rng)
    return PER_CODE[name]([ord(ch) for ch in plain], rng)


def self_test():
    assert _j(7, 3) == 4 and _j(41, 3) == 31  # Josephus: 7 people count 3 -> 4; 41/3 -> 31
    assert _torch([1, 2, 5, 10]) == 17  # classic bridge-and-torch answer
    assert _water([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]) == 6  # classic trapping-rain-water example
    assert _kadane([-2, 1, -3, 4, -1, 2, 1, -5, 4]) == 6  # classic maximum-subarray example
    assert _huff([5, 9, 12, 13, 16, 45]) == 224  # CLRS Huffman example (a..f), total 224 bits
    return True
