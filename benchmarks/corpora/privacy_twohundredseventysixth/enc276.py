"""Encoders of p276: every character code becomes one small puzzle whose answer
is that code.  Each encoder checks its puzzle with its own solver."""
import itertools

# ------------------------------------------------------------------ helpers


def climb(rng, target, init, mutate, solve, iters=6000, restarts=60):
    for _ in range(restarts):
        x = init(rng)
        v = solve(x)
        if v is None:
            continue
        for _ in range(iters):
            if v == target:
                return x
            y = mutate(rng, x)
            w = solve(y)
            if w is None:
                continue
            if abs(w - target) < abs(v - target) or (abs(w - target) == abs(v - target)) or rng.random() < 0.03:
                x, v = y, w
        if v == target:
            return x
    raise RuntimeError("climb failed for target %d" % target)


def rows_text(g):
    return "/".join("".join(r) for r in g)

# ------------------------------------------------------------------ 1 rain between posts


def _rain(h):
    i, j, lm, rm, w = 0, len(h) - 1, 0, 0, 0
    while i < j:
        if h[i] < h[j]:
            lm = max(lm, h[i]); w += lm - h[i]; i += 1
        else:
            rm = max(rm, h[j]); w += rm - h[j]; j -= 1
    return w


def enc_puddle(rng, t):
    def init(r):
        return [r.randint(0, 11) for _ in range(r.randint(16, 22))]

    def mut(r, x):
        y = list(x); y[r.randrange(len(y))] = r.randint(0, 13); return y
    h = climb(rng, t, init, mut, _rain)
    return "(" + " ".join(map(str, h)) + ")"

# ------------------------------------------------------------------ 2 all-clear rectangles (histogram count)


def _rects(g):
    R, Cc = len(g), len(g[0])
    hist = [0] * Cc
    n = 0
    for r in range(R):
        for c in range(Cc):
            hist[c] = hist[c] + 1 if g[r][c] == "." else 0
        for c in range(Cc):
            m = hist[c]
            k = c
            while k >= 0 and m > 0:
                m = min(m, hist[k])
                n += m
                k -= 1
    return n


def enc_rects(rng, t):
    def init(r):
        R, Cc = r.randint(3, 5), r.randint(4, 6)
        p = r.uniform(0.15, 0.4)
        return [["#" if r.random() < p else "." for _ in range(Cc)] for _ in range(R)]

    def mut(r, x):
        y = [list(row) for row in x]
        i, j = r.randrange(len(y)), r.randrange(len(y[0]))
        y[i][j] = "." if y[i][j] == "#" else "#"
        return y
    g = climb(rng, t, init, mut, _rects)
    return rows_text(g)

# ------------------------------------------------------------------ 3 teetotum (put-and-take top)


def _teetotum(x):
    start, pot, spins = x
    have = {p: start for p in "ABCD"}
    for p, o in spins:
        if o in ("P1", "P2"):
            k = min(int(o[1]), have[p]); have[p] -= k; pot += k
        elif o in ("T1", "T2"):
            k = min(int(o[1]), pot); have[p] += k; pot -= k
        elif o == "TA":
            have[p] += pot; pot = 0
        elif o == "AP":
            for q in "ABCD":
                if have[q] > 0:
                    have[q] -= 1; pot += 1
    return pot


OUTS = ["P1", "P2", "T1", "T2", "TA", "AP", "AP", "P2"]


def enc_teetotum(rng, t):
    def init(r):
        n = r.randint(16, 30)
        return (r.choice([30, 35, 40, 45, 50, 60]), r.randint(4, 24), [("ABCD"[i % 4], r.choice(OUTS)) for i in range(n)])

    def mut(r, x):
        s = list(x[2]); i = r.randrange(len(s)); s[i] = (s[i][0], r.choice(OUTS)); return (x[0], x[1], s)
    x = climb(rng, t, init, mut, _teetotum)
    return "%d each, pot %d: %s" % (x[0], x[1], " ".join("%s:%s" % s for s in x[2]))

# ------------------------------------------------------------------ 4 bars dropped into a well


def _well(x):
    width, pieces = x
    cells = set()
    for kind, ln, col in pieces:
        cols = [col + k for k in range(ln)] if kind == "h" else [col]
        if max(cols) > width:
            return None
        base = max([max([r for (r, c) in cells if c == cc] + [0]) for cc in cols])
        if kind == "h":
            new = {(base + 1, cc) for cc in cols}
        else:
            new = {(base + 1 + k, col) for k in range(ln)}
        cells |= new
        full = sorted({r for (r, c) in cells if sum(1 for (rr, cc) in cells if rr == r) == width})
        for fr in reversed(full):
            cells = {(r if r < fr else r - 1, c) for (r, c) in cells if r != fr}
    return len(cells)


def enc_well(rng, t):
    W = 7

    def piece(r):
        if r.random() < 0.6:
            ln = r.randint(1, 4); return ("h", ln, r.randint(1, W - ln + 1))
        return ("v", r.randint(1, 4), r.randint(1, W))

    def init(r):
        return (W, [piece(r) for _ in range(r.randint(14, 30))])

    def mut(r, x):
        p = list(x[1]); k = r.random()
        if k < 0.5:
            p[r.randrange(len(p))] = piece(r)
        elif k < 0.75 and len(p) < 60:
            p.insert(r.randrange(len(p) + 1), piece(r))
        elif len(p) > 6:
            del p[r.randrange(len(p))]
        return (x[0], p)
    x = climb(rng, t, init, mut, _well)
    return "width %d: %s" % (W, " ".join("%s%d@%d" % p for p in x[1]))

# ------------------------------------------------------------------ 5 weave drawdown


def _drawdown(x):
    thr, tie, trd = x
    from collections import Counter
    ct, cd = Counter(thr), Counter(trd)
    return sum(ct[s] * cd[t] for s in ct for t in cd if s in tie[t])


def enc_drawdown(rng, t):
    def tieup(r):
        d = {}
        for tr in range(1, 5):
            k = r.randint(1, 3)
            d[tr] = set(r.sample([1, 2, 3, 4], k))
        return d

    def init(r):
        return ([r.randint(1, 4) for _ in range(r.randint(10, 16))], tieup(r), [r.randint(1, 4) for _ in range(r.randint(8, 14))])

    def mut(r, x):
        thr, tie, trd = list(x[0]), {k: set(v) for k, v in x[1].items()}, list(x[2])
        k = r.random()
        if k < 0.4:
            thr[r.randrange(len(thr))] = r.randint(1, 4)
        elif k < 0.8:
            trd[r.randrange(len(trd))] = r.randint(1, 4)
        else:
            tie[r.randint(1, 4)] = set(r.sample([1, 2, 3, 4], r.randint(1, 3)))
        return (thr, tie, trd)
    thr, tie, trd = climb(rng, t, init, mut, _drawdown)
    return "threading %s; tie-up %s; treadling %s" % (
        "".join(map(str, thr)), " ".join("%d=%s" % (k, "".join(map(str, sorted(tie[k])))) for k in range(1, 5)), "".join(map(str, trd)))

# ------------------------------------------------------------------ 6 rectilinear outline area (shoelace)


def _outline(cols, x0, y0):
    w = len(cols)
    pts = [(0, cols[0][1])]
    for i in range(w):
        pts.append((i + 1, cols[i][1]))
        if i + 1 < w:
            pts.append((i + 1, cols[i + 1][1]))
    pts.append((w, cols[w - 1][0]))
    for i in range(w - 1, -1, -1):
        pts.append((i, cols[i][0]))
        if i - 1 >= 0:
            pts.append((i, cols[i - 1][0]))
    out = []
    for p in pts:
        if not out or out[-1] != p:
            out.append(p)
    if out[-1] == out[0]:
        out.pop()
    changed = True
    while changed:
        changed = False
        n = len(out)
        for i in range(n):
            a, b, c = out[i - 1], out[i], out[(i + 1) % n]
            if (a[0] == b[0] == c[0]) or (a[1] == b[1] == c[1]):
                out.pop(i); changed = True; break
    return [(x + x0, y + y0) for x, y in out]


def _shoelace(pts):
    s = 0
    for i in range(len(pts)):
        x1, y1 = pts[i]; x2, y2 = pts[(i + 1) % len(pts)]
        s += x1 * y2 - x2 * y1
    return abs(s) // 2


def enc_outline(rng, t):
    def valid(cols):
        return all(max(cols[i][0], cols[i + 1][0]) < min(cols[i][1], cols[i + 1][1]) for i in range(len(cols) - 1)) and all(a < b for a, b in cols)

    def init(r):
        while True:
            cols = []
            for _ in range(r.randint(6, 11)):
                lo = r.randint(0, 6); cols.append((lo, lo + r.randint(3, 12)))
            if valid(cols):
                return (cols, r.randint(0, 9), r.randint(0, 9))

    def mut(r, x):
        cols = list(x[0]); i = r.randrange(len(cols)); lo, hi = cols[i]
        if r.random() < 0.5:
            lo = max(0, lo + r.choice([-2, -1, 1, 2]))
        else:
            hi = hi + r.choice([-2, -1, 1, 2])
        cols[i] = (lo, hi)
        return (cols, x[1], x[2])

    def solve(x):
        if not valid(x[0]):
            return None
        return _shoelace(_outline(*x))
    x = climb(rng, t, init, mut, solve)
    return " ".join("(%d,%d)" % p for p in _outline(*x))

# ------------------------------------------------------------------ 7 tufted patch outline edges


def _edges(g):
    R, Cc = len(g), len(g[0])
    n = 0
    for r in range(R):
        for c in range(Cc - 1):
            if (g[r][c] == "x") != (g[r][c + 1] == "x"):
                n += 1
    for c in range(Cc):
        for r in range(R - 1):
            if (g[r][c] == "x") != (g[r + 1][c] == "x"):
                n += 1
    return n


def enc_edges(rng, t):
    def init(r):
        p = r.uniform(0.35, 0.55)
        return [["x" if r.random() < p else "-" for _ in range(10)] for _ in range(10)]

    def mut(r, x):
        y = [list(row) for row in x]; i, j = r.randrange(10), r.randrange(10)
        y[i][j] = "-" if y[i][j] == "x" else "x"; return y
    return rows_text(climb(rng, t, init, mut, _edges))

# ------------------------------------------------------------------ 8 ship, captain and crew


def _scc_turn(rolls):
    need = [6, 5, 4]
    got = 0
    for roll in rolls:
        d = list(roll)
        if len(d) != 5 - got:
            return None
        while got < 3 and need[got] in d:
            d.remove(need[got]); got += 1
        if got == 3:
            return sum(d)
    return 0


def _scc_sim(r):
    rolls, got = [], 0
    need = [6, 5, 4]
    for _ in range(3):
        roll = [r.randint(1, 6) for _ in range(5 - got)]
        rolls.append(roll)
        d = list(roll)
        while got < 3 and need[got] in d:
            d.remove(need[got]); got += 1
        if got == 3:
            break
    return rolls


def _scc(x):
    tot = 0
    for turn in x:
        v = _scc_turn(turn)
        if v is None:
            return None
        tot += v
    return tot


def enc_scc(rng, t):
    def init(r):
        return [_scc_sim(r) for _ in range(r.randint(8, 16))]

    def mut(r, x):
        y = list(x); k = r.random()
        if k < 0.7:
            y[r.randrange(len(y))] = _scc_sim(r)
        elif k < 0.85 and len(y) < 24:
            y.insert(r.randrange(len(y) + 1), _scc_sim(r))
        elif len(y) > 4:
            del y[r.randrange(len(y))]
        return y
    x = climb(rng, t, init, mut, _scc)
    return ", ".join("".join("[" + " ".join(map(str, roll)) + "]" for roll in turn) for turn in x)

# ------------------------------------------------------------------ 9 mosaic wall adjacency score


def _mosaic(order):
    placed = set()
    tot = 0
    for r, c in order:
        if (r, c) in placed:
            return None
        placed.add((r, c))
        h = 1
        k = c - 1
        while (r, k) in placed:
            h += 1; k -= 1
        k = c + 1
        while (r, k) in placed:
            h += 1; k += 1
        v = 1
        k = r - 1
        while (k, c) in placed:
            v += 1; k -= 1
        k = r + 1
        while (k, c) in placed:
            v += 1; k += 1
        tot += (h if h > 1 else 0) + (v if v > 1 else 0) if (h > 1 or v > 1) else 1
    return tot


def enc_mosaic(rng, t):
    cells = [(r, c) for r in range(1, 7) for c in range(1, 7)]

    def init(r):
        return r.sample(cells, r.randint(10, 24))

    def mut(r, x):
        y = list(x); k = r.random()
        if k < 0.4 and len(y) > 1:
            i, j = r.randrange(len(y)), r.randrange(len(y)); y[i], y[j] = y[j], y[i]
        elif k < 0.7 and len(y) < 36:
            free = [p for p in cells if p not in y]; y.insert(r.randrange(len(y) + 1), r.choice(free))
        elif len(y) > 4:
            del y[r.randrange(len(y))]
        return y
    x = climb(rng, t, init, mut, _mosaic)
    return " ".join("%d.%d" % p for p in x)

# ------------------------------------------------------------------ 10 rook / bishop / queen sightlines


DIRS = {"R": [(0, 1), (0, -1), (1, 0), (-1, 0)], "B": [(1, 1), (1, -1), (-1, 1), (-1, -1)]}
DIRS["Q"] = DIRS["R"] + DIRS["B"]


def _sight(g):
    n = len(g)
    hit = set()
    for r in range(n):
        for c in range(n):
            if g[r][c] in DIRS:
                for dr, dc in DIRS[g[r][c]]:
                    rr, cc = r + dr, c + dc
                    while 0 <= rr < n and 0 <= cc < n and g[rr][cc] == ".":
                        hit.add((rr, cc)); rr += dr; cc += dc
    return len(hit)


def enc_sight(rng, t):
    N = 12

    def init(r):
        g = [["."] * N for _ in range(N)]
        for _ in range(r.randint(2, 5)):
            g[r.randrange(N)][r.randrange(N)] = r.choice("RBQ")
        for _ in range(r.randint(6, 18)):
            g[r.randrange(N)][r.randrange(N)] = "o"
        return g

    def mut(r, x):
        y = [list(row) for row in x]
        i, j = r.randrange(N), r.randrange(N)
        y[i][j] = r.choice(".....ooRBQ")
        return y
    return rows_text(climb(rng, t, init, mut, _sight))

# ------------------------------------------------------------------ 11 letter grid: RUG sightings


def _rug(g):
    n = len(g)
    k = 0
    for r in range(n):
        for c in range(n):
            if g[r][c] != "R":
                continue
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr == dc == 0:
                        continue
                    r2, c2 = r + 2 * dr, c + 2 * dc
                    if 0 <= r2 < n and 0 <= c2 < n and g[r + dr][c + dc] == "U" and g[r2][c2] == "G":
                        k += 1
    return k


def _rug_at(g, r, c):
    n = len(g)
    k = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == dc == 0:
                continue
            for off in range(3):
                r0, c0 = r - off * dr, c - off * dc
                r2, c2 = r0 + 2 * dr, c0 + 2 * dc
                if 0 <= r0 < n and 0 <= c0 < n and 0 <= r2 < n and 0 <= c2 < n:
                    if g[r0][c0] == "R" and g[r0 + dr][c0 + dc] == "U" and g[r2][c2] == "G":
                        k += 1
    return k


def enc_rug(rng, t):
    N = 11
    for _ in range(200):
        g = [[rng.choice("RUGRUGNT") for _ in range(N)] for _ in range(N)]
        v = _rug(g)
        for _ in range(20000):
            if v == t:
                break
            i, j = rng.randrange(N), rng.randrange(N)
            old = g[i][j]
            new = rng.choice("RUGNT")
            if new == old:
                continue
            before = _rug_at(g, i, j)
            g[i][j] = new
            w = v - before + _rug_at(g, i, j)
            if abs(w - t) <= abs(v - t) or rng.random() < 0.02:
                v = w
            else:
                g[i][j] = old
        if v == t and _rug(g) == t:
            return rows_text(g)
    raise RuntimeError("rug grid")


# ------------------------------------------------------------------ 12 quiz jackpot rollover


def _jackpot(weeks):
    pot, won = 0, 0
    for add, sc in weeks:
        pot += add
        top = max(sc)
        if sc.count(top) == 1:
            if sc.index(top) == 0:
                won += pot
            pot = 0
    return won


def enc_jackpot(rng, t):
    def init(r):
        return [(r.randint(4, 16), [r.randint(3, 10) for _ in range(4)]) for _ in range(r.randint(8, 14))]

    def mut(r, x):
        w = [(a, list(s)) for a, s in x]; i = r.randrange(len(w))
        if r.random() < 0.7:
            w[i][1][r.randrange(4)] = r.randint(3, 10)
        else:
            w[i] = (r.randint(4, 16), w[i][1])
        return w
    x = climb(rng, t, init, mut, _jackpot)
    return " ".join("+%d:A%dB%dC%dD%d" % ((a,) + tuple(s)) for a, s in x)

# ------------------------------------------------------------------ 13 bale piles: uncovered sides


def _bales(g):
    R, Cc = len(g), len(g[0])
    n = 0
    for r in range(R):
        for c in range(Cc):
            h = g[r][c]
            if h:
                n += 1
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                rr, cc = r + dr, c + dc
                o = g[rr][cc] if 0 <= rr < R and 0 <= cc < Cc else 0
                n += max(0, h - o)
    return n


def enc_bales(rng, t):
    def init(r):
        R, Cc = r.randint(3, 4), r.randint(3, 5)
        return [[r.randint(0, 6) for _ in range(Cc)] for _ in range(R)]

    def mut(r, x):
        y = [list(row) for row in x]; y[r.randrange(len(y))][r.randrange(len(y[0]))] = r.randint(0, 7); return y
    g = climb(rng, t, init, mut, _bales)
    return "/".join("".join(map(str, row)) for row in g)

# ------------------------------------------------------------------ 14 cheapest cutting sequence (interval table)


def _cuts(x):
    L, marks = x
    pts = [0] + sorted(marks) + [L]
    if len(set(pts)) != len(pts) or any(not 0 < m < L for m in marks):
        return None
    n = len(pts)
    best = [[0] * n for _ in range(n)]
    for gap in range(2, n):
        for i in range(n - gap):
            j = i + gap
            best[i][j] = pts[j] - pts[i] + min(best[i][k] + best[k][j] for k in range(i + 1, j))
    return best[0][n - 1]


def enc_cuts(rng, t):
    def init(r):
        L = r.randint(18, 40)
        return (L, r.sample(range(1, L), r.randint(3, 5)))

    def mut(r, x):
        L, m = x[0], list(x[1]); k = r.random()
        if k < 0.3:
            L = max(8, L + r.choice([-3, -2, -1, 1, 2, 3]))
        elif k < 0.85:
            m[r.randrange(len(m))] = r.randint(1, max(2, L - 1))
        elif len(m) < 5:
            m.append(r.randint(1, L - 1))
        elif len(m) > 3:
            m.pop(r.randrange(len(m)))
        return (L, m)
    x = climb(rng, t, init, mut, _cuts)
    return "%d: %s" % (x[0], " ".join(map(str, sorted(x[1]))))

# ------------------------------------------------------------------ 15 blind draw: guaranteed skeins of one lot


def _draw(x):
    m, counts = x
    if max(counts) < m:
        return None
    return sum(min(c, m - 1) for c in counts) + 1


def enc_draw(rng, t):
    def init(r):
        return (r.randint(2, 12), [r.randint(1, 24) for _ in range(r.randint(5, 12))])

    def mut(r, x):
        c = list(x[1]); c[r.randrange(len(c))] = r.randint(1, 30)
        m = x[0] if r.random() < 0.8 else r.randint(2, 12)
        return (m, c)
    x = climb(rng, t, init, mut, _draw)
    return "%d of one lot from %s" % (x[0], " ".join(map(str, x[1])))

# ------------------------------------------------------------------ 16 three-circle survey (constructive)


def enc_survey(rng, t):
    while True:
        a, b, c, ab, ac, bc, abc = [rng.randint(1, 30) for _ in range(7)]
        n = a + b + c + ab + ac + bc + abc + t
        W, S, J = a + ab + ac + abc, b + ab + bc + abc, c + ac + bc + abc
        WS, WJ, SJ = ab + abc, ac + abc, bc + abc
        if n - (W + S + J - WS - WJ - SJ + abc) == t:
            return "%d asked: wool %d, silk %d, jute %d, wool+silk %d, wool+jute %d, silk+jute %d, all three %d" % (
                n, W, S, J, WS, WJ, SJ, abc)

# ------------------------------------------------------------------ 17 stick trios that close


def _trios(s):
    s = sorted(s)
    n = 0
    for k in range(len(s) - 1, 1, -1):
        i, j = 0, k - 1
        while i < j:
            if s[i] + s[j] > s[k]:
                n += j - i; j -= 1
            else:
                i += 1
    return n


def enc_trios(rng, t):
    def init(r):
        return [r.randint(1, 30) for _ in range(r.randint(8, 11))]

    def mut(r, x):
        y = list(x); k = r.random()
        if k < 0.8:
            y[r.randrange(len(y))] = r.randint(1, 32)
        elif len(y) < 12:
            y.append(r.randint(1, 32))
        elif len(y) > 7:
            y.pop(r.randrange(len(y)))
        return y
    return "(" + " ".join(map(str, climb(rng, t, init, mut, _trios))) + ")"

# ------------------------------------------------------------------ 18 tilted tray: rolling pebbles


def _tray(g):
    R, Cc = len(g), len(g[0])
    load = 0
    for c in range(Cc):
        stop = 0
        for r in range(R):
            if g[r][c] == "#":
                stop = r + 1
            elif g[r][c] == "O":
                load += R - stop
                stop += 1
    return load


def enc_tray(rng, t):
    def init(r):
        R, Cc = r.randint(6, 8), r.randint(6, 8)
        return [[r.choice("..O.#O..") for _ in range(Cc)] for _ in range(R)]

    def mut(r, x):
        y = [list(row) for row in x]; y[r.randrange(len(y))][r.randrange(len(y[0]))] = r.choice("..O#"); return y
    return rows_text(climb(rng, t, init, mut, _tray))

# ------------------------------------------------------------------ 19 pile raise keeping the skyline


def _skyline(g):
    rm = [max(row) for row in g]
    cm = [max(col) for col in zip(*g)]
    return sum(min(rm[r], cm[c]) - g[r][c] for r in range(len(g)) for c in range(len(g[0])))


def enc_skyline(rng, t):
    def init(r):
        n = r.randint(4, 5)
        return [[r.randint(0, 9) for _ in range(n)] for _ in range(n)]

    def mut(r, x):
        y = [list(row) for row in x]; y[r.randrange(len(y))][r.randrange(len(y))] = r.randint(0, 9); return y
    g = climb(rng, t, init, mut, _skyline)
    return "/".join("".join(map(str, row)) for row in g)

# ------------------------------------------------------------------ 20 widening gaps: pairwise spacing


def _gaps(x):
    k, g = x
    R, Cc = len(g), len(g[0])
    stars = [(r, c) for r in range(R) for c in range(Cc) if g[r][c] == "*"]
    if len(stars) < 2:
        return None
    er = [r for r in range(R) if "*" not in g[r]]
    ec = [c for c in range(Cc) if all(g[r][c] != "*" for r in range(R))]
    tot = 0
    for (r1, c1), (r2, c2) in itertools.combinations(stars, 2):
        a, b = sorted((r1, r2)); tot += (b - a) + (k - 1) * sum(1 for e in er if a < e < b)
        a, b = sorted((c1, c2)); tot += (b - a) + (k - 1) * sum(1 for e in ec if a < e < b)
    return tot


def enc_gaps(rng, t):
    def init(r):
        R, Cc = r.randint(6, 9), r.randint(6, 9)
        g = [["."] * Cc for _ in range(R)]
        for _ in range(r.randint(3, 5)):
            g[r.randrange(R)][r.randrange(Cc)] = "*"
        return (r.randint(2, 4), g)

    def mut(r, x):
        g = [list(row) for row in x[1]]
        k = x[0]
        q = r.random()
        if q < 0.15:
            k = r.randint(2, 5)
        else:
            stars = [(i, j) for i in range(len(g)) for j in range(len(g[0])) if g[i][j] == "*"]
            if stars and r.random() < 0.5:
                i, j = r.choice(stars); g[i][j] = "."
            if r.random() < 0.6 or len(stars) < 3:
                g[r.randrange(len(g))][r.randrange(len(g[0]))] = "*"
        return (k, g)
    x = climb(rng, t, init, mut, _gaps)
    return "x%d %s" % (x[0], rows_text(x[1]))

# ------------------------------------------------------------------ 21 locks and keys


def _locks(x):
    locks, keys = x
    return sum(1 for a in locks for b in keys if all(p + q <= 5 for p, q in zip(a, b)))


def enc_locks(rng, t):
    def code(r):
        return [r.randint(0, 5) for _ in range(5)]

    def init(r):
        k = max(5, int((2.2 * t) ** 0.5))
        return ([code(r) for _ in range(r.randint(k - 1, k + 2))], [code(r) for _ in range(r.randint(k - 1, k + 2))])

    def mut(r, x):
        l, k = [list(a) for a in x[0]], [list(b) for b in x[1]]
        tgt = l if r.random() < 0.5 else k
        tgt[r.randrange(len(tgt))][r.randrange(5)] = r.randint(0, 5)
        return (l, k)
    x = climb(rng, t, init, mut, _locks)
    return "locks %s keys %s" % (" ".join("".join(map(str, a)) for a in x[0]), " ".join("".join(map(str, b)) for b in x[1]))

# ------------------------------------------------------------------ 22 two stalls: worth minus walk


def _stalls(v):
    best, lead = None, v[0] + 0
    for j in range(1, len(v)):
        cand = lead + v[j] - j
        best = cand if best is None or cand > best else best
        lead = max(lead, v[j] + j)
    return best


def enc_stalls(rng, t):
    def init(r):
        return [r.randint(5, 60) for _ in range(r.randint(8, 14))]

    def mut(r, x):
        y = list(x); y[r.randrange(len(y))] = r.randint(0, 66); return y
    return "[" + " ".join(map(str, climb(rng, t, init, mut, _stalls))) + "]"


# name -> (encoder, separator, rule text, family)
ENC = {
    "puddle_volume_between_uprights": (enc_puddle, " / ",
        "as rows of upright heights in round brackets (uprights of width one standing side by side on a level floor): rain fills every gap up to the lower of the tallest upright on its left and the tallest on its right; the number of unit squares of water held is a character code (ASCII); rows are separated by ' / '",
        "water trapped between bars of a histogram"),
    "open_space_rectangle_choices": (enc_rects, " | ",
        "as shop-floor plans written as rows of '.' (clear) and '#' (taken) separated by '/': count every rectangle, sides along the grid and at least one square big, made only of clear squares (a single clear square counts, and rectangles may overlap); the count is a character code (ASCII); plans are separated by ' | '",
        "number of all-clear sub-rectangles of a grid"),
    "teetotum_spinner_pot_balance": (enc_teetotum, " | ",
        "as games of the put-and-take top written 'S each, pot K: spins' (players A, B, C and D start with S counters, the pot with K; each spin is player:result; P1 or P2 - that player puts 1 or 2 in the pot, or all he has if fewer; T1 or T2 - he takes 1 or 2, or all the pot holds if fewer; TA - he takes the whole pot; AP - every player who still has a counter puts one in): the pot after the last spin is a character code (ASCII); games are separated by ' | '",
        "put-and-take spinning top (teetotum)"),
    "dropped_bar_well_filled_cells": (enc_well, " | ",
        "as wells written 'width W: pieces' (a well W cells wide, columns 1 to W from the left; hL@c is a flat bar L cells long whose left end is in column c, vL@c an upright bar L cells tall in column c; each piece drops straight down until it rests on the floor or on a filled cell; whenever a row is completely filled it is removed and everything above it drops by one row): the number of filled cells left at the end is a character code (ASCII); wells are separated by ' | '",
        "falling bars with full-row clearing"),
    "weave_drawdown_raised_warp_cells": (enc_drawdown, " | ",
        "as four-shaft drafts written 'threading ...; tie-up ...; treadling ...' (the threading gives the shaft of each warp end, left to right; the tie-up t=abc says treadle t lifts shafts a, b and c; the treadling gives the treadle pressed for each pick): in the woven drawdown a warp end shows on top at a pick when its shaft is lifted by that pick's treadle; the number of such warp-on-top squares in the whole drawdown is a character code (ASCII); drafts are separated by ' | '",
        "weaving drawdown from threading, tie-up and treadling"),
    "rectilinear_outline_enclosed_area": (enc_outline, " | ",
        "as rug outlines written as corner points (x,y) in order, every side running along the floor grid, closing back to the first corner: the area inside the outline in grid squares is a character code (ASCII); outlines are separated by ' | '",
        "area of a simple rectilinear polygon"),
    "tufted_patch_outline_edges": (enc_edges, " | ",
        "as tufting charts written as rows of 'x' (tufted square) and '-' (bare) separated by '/': count every pair of squares side by side (across or down) of which one is tufted and the other bare - the outer edge of the chart does not count; that count is a character code (ASCII); charts are separated by ' | '",
        "length of the boundary between filled and empty cells inside a grid"),
    "ship_captain_crew_cargo_sums": (enc_scc, " | ",
        "as rounds of the dice game ship, captain and crew, each player's turn written as his rolls in square brackets and turns separated by ', ' (in a roll he first sets aside a 6 if he has no ship, then, once he has a ship, a 5 if he has no captain, then, once he has a captain, a 4 if he has no crew - at most one of each per roll; he rolls only the dice not set aside and has three rolls; as soon as ship, captain and crew are all set aside the other two dice of that roll are his cargo and his turn ends; no crew after three rolls means no cargo): the total cargo of all the turns is a character code (ASCII); rounds are separated by ' | '",
        "ship, captain and crew dice game"),
    "mosaic_wall_adjacency_score": (enc_mosaic, " | ",
        "as tiling orders on a six-by-six mosaic wall written as row.column places in the order the tiles are laid: a tile laid with no tile next to it in its row or column scores 1; otherwise it scores the length of the unbroken line of tiles it joins in its row (if longer than 1) plus the length of the unbroken line it joins in its column (if longer than 1); the sum of all the scores is a character code (ASCII); orders are separated by ' | '",
        "Azul wall tiling score"),
    "rook_bishop_sightline_coverage": (enc_sight, " | ",
        "as twelve-by-twelve boards written as rows separated by '/' (R a rook, B a bishop, Q a queen, o a stone, . an empty square): each piece sees along its lines (rook straight, bishop diagonal, queen both) up to the first square that is not empty; the number of empty squares seen by at least one piece is a character code (ASCII); boards are separated by ' | '",
        "squares covered by line-of-sight pieces with blockers"),
    "lettergrid_rug_sightings": (enc_rug, " | ",
        "as letter grids written as rows separated by '/': the word RUG may be read in any of the eight directions (across, down, diagonal, and backwards), and readings may share letters; the number of readings of RUG is a character code (ASCII); grids are separated by ' | '",
        "word-search occurrence count"),
    "quiz_jackpot_rollover_takings": (enc_jackpot, " | ",
        "as quiz seasons written as weeks '+J:AaBbCcDd' (that week J counters go into the jackpot, then teams A to D score a, b, c and d; if one team alone has the top score it takes the whole jackpot, which starts again from nothing; if the top score is shared the jackpot rolls over to the next week): the total taken by team A over the season is a character code (ASCII); seasons are separated by ' | '",
        "rollover jackpot (skins-style carry-over)"),
    "bale_pile_uncovered_sides": (enc_bales, " | ",
        "as store-room plans written as rows of digits separated by '/' (each digit the number of cube-shaped wool bales piled on that square): count every face of every bale that touches neither another bale nor the floor; the count is a character code (ASCII); plans are separated by ' | '",
        "surface area of stacked unit cubes"),
    "roll_cutting_cheapest_sequence": (enc_cuts, " | ",
        "as carpet rolls written 'L: marks' (a roll L metres long to be cut at the marked metres; each cut costs as many pence as the piece being cut is long; the cuts may be made in any sequence): the cheapest total cost is a character code (ASCII); rolls are separated by ' | '",
        "cheapest order of cuts on a stick"),
    "blind_draw_guaranteed_skeins": (enc_draw, " | ",
        "as bags written 'M of one lot from counts' (a bag holds skeins of several dye lots, the counts giving how many skeins of each lot; skeins are drawn without looking): the fewest draws that make certain of having M skeins of one lot is a character code (ASCII); bags are separated by ' | '",
        "pigeonhole worst-case draws"),
    "three_circle_survey_outsiders": (enc_survey, " | ",
        "as customer surveys written 'N asked: wool a, silk b, jute c, wool+silk d, wool+jute e, silk+jute f, all three g' (each figure counts the people who like at least those fibres): the number of people who like none of the three is a character code (ASCII); surveys are separated by ' | '",
        "three-set inclusion and exclusion"),
    "stick_trio_triangle_forming": (enc_trios, " / ",
        "as bundles of batten lengths in round brackets: count the ways to choose three battens (by position in the bundle) that can be laid out as a triangle, the two shorter together longer than the longest; the count is a character code (ASCII); bundles are separated by ' / '",
        "triangle-forming triples"),
    "tilted_tray_rolling_pebbles_load": (enc_tray, " | ",
        "as trays written as rows separated by '/', top row first (O a round pebble, # a fixed block, . empty): the tray is tipped so that every pebble rolls towards the top row until it meets the top edge, a block or another pebble; each pebble then weighs as many as its row's number counted from the bottom row (bottom row 1); the total is a character code (ASCII); trays are separated by ' | '",
        "tilted board with rolling stones"),
    "pile_raise_keeping_skyline": (enc_skyline, " | ",
        "as store-room plans written as rows of digits separated by '/' (each digit the height of a rug pile): every pile may be raised, but no row's tallest pile and no column's tallest pile may change; the most rugs that can be added in all is a character code (ASCII); plans are separated by ' | '",
        "city skyline kept from both sides"),
    "widening_gap_pairwise_spacing": (enc_gaps, " | ",
        "as maps written 'xK rows' (rows separated by '/', * a pinned rug, . bare floor): every row and every column with no rug in it counts as K rows or columns wide; for every pair of rugs add the number of steps between them moving only across and along; the sum is a character code (ASCII); maps are separated by ' | '",
        "pairwise distances after widening empty lines"),
    "lock_key_pin_fit_pairs": (enc_locks, " | ",
        "as sets written 'locks ... keys ...' (each lock and each key is five column heights from 0 to 5): a key fits a lock when in every column the lock height plus the key height is at most 5; the number of fitting lock and key pairs is a character code (ASCII); sets are separated by ' | '",
        "lock and key column-fit pairs"),
    "paired_stall_worth_minus_walk": (enc_stalls, " / ",
        "as rows of market stalls in square brackets (the worth of each stall, stalls one step apart): visit two different stalls; the visit is worth the two stalls' worth minus the number of steps between them; the best visit is a character code (ASCII); rows are separated by ' / '",
        "best pair value minus distance"),
}
ENCODINGS = list(ENC)


def encode(name, rng, plain):
    fn, sep = ENC[name][0], ENC[name][1]
    return sep.join(fn(rng, ord(ch)) for ch in plain)
