"""Encoders of the 22 evasion encodings.  Every character of the plain becomes
one puzzle whose answer is its character code (ASCII 45-122); the puzzles are
joined by the encoding's separator.  Each encoder checks its own puzzle with
its own solver before accepting it; the independent decoder is dec272.py."""
import itertools

# ---------------------------------------------------------------------------
# E1 climbing weights: max-sum strictly increasing subsequence


def _msis(a):
    best = []
    for i, x in enumerate(a):
        b = x
        for j in range(i):
            if a[j] < x:
                b = max(b, best[j] + x)
        best.append(b)
    return max(best)


def e_climb(T, r):
    while True:
        k = r.randint(2, 4)
        cuts = sorted(r.sample(range(1, T), k - 1))
        parts = [b - a for a, b in zip([0] + cuts, cuts + [T])]
        if len(set(parts)) != k or min(parts) < 2:
            continue
        chain = sorted(parts)
        big = [x for x in range(chain[-1] + 1, T)]
        large = sorted(r.sample(big, min(len(big), r.randint(0, 2))), reverse=True)
        small_pool = list(range(1, chain[0]))
        small = sorted(r.sample(small_pool, min(len(small_pool), r.randint(1, 3))), reverse=True)
        a = large + chain + small
        for _ in range(40):
            b = a[:]
            r.shuffle(b)
            if _msis(b) == T:
                a = b
                break
        if _msis(a) == T:
            return "(" + " ".join(map(str, a)) + ")"


# E2 tarpaulin cover: union length of intervals


def _union(iv):
    iv = sorted(iv)
    tot, cs, ce = 0, None, None
    for a, b in iv:
        if cs is None or a > ce:
            if cs is not None:
                tot += ce - cs
            cs, ce = a, b
        else:
            ce = max(ce, b)
    return tot + (ce - cs if cs is not None else 0)


def e_tarp(T, r):
    while True:
        nb = r.randint(1, 3)
        if nb == 1:
            lens = [T]
        else:
            cuts = sorted(r.sample(range(3, T - 2), nb - 1))
            lens = [b - a for a, b in zip([0] + cuts, cuts + [T])]
        if min(lens) < 3:
            continue
        sheets = []
        pos = r.randint(0, 40)
        for L in lens:
            s, e = pos, pos + L
            m = r.randint(1, 3) if L >= 6 else 1
            pts = sorted(r.sample(range(s + 1, e), m - 1)) if m > 1 else []
            edges = [s] + pts + [e]
            for i in range(m):
                a = max(s, edges[i] - (r.randint(0, 4) if i else 0))
                b = min(e, edges[i + 1] + (r.randint(0, 4) if i < m - 1 else 0))
                sheets.append((a, b))
            if r.random() < 0.5:
                a = r.randint(s, e - 2)
                sheets.append((a, r.randint(a + 1, e)))
            pos = e + r.randint(2, 25)
        r.shuffle(sheets)
        if _union(sheets) == T:
            return "[" + " ".join("%d-%d" % x for x in sheets) + "]"


# E3 lantern crossing: bridge and torch


def _torch(ts):
    a = sorted(ts)
    n = len(a)
    tot = 0
    while n > 3:
        tot += min(a[0] + 2 * a[1] + a[n - 1], 2 * a[0] + a[n - 2] + a[n - 1])
        n -= 2
    if n == 3:
        tot += a[0] + a[1] + a[2]
    elif n == 2:
        tot += a[1]
    else:
        tot += a[0]
    return tot


def e_torch(T, r):
    while True:
        n = r.randint(3, 6)
        ts = [r.randint(1, 40) for _ in range(n)]
        for _ in range(400):
            v = _torch(ts)
            if v == T:
                return "{" + " ".join(map(str, ts)) + "}"
            i = r.randrange(n)
            ts[i] = max(1, min(60, ts[i] + (r.randint(1, 4) if v < T else -r.randint(1, 4))))


# E4 winkles on a rope: last drop time


def e_winkle(T, r):
    L = T + r.randint(5, 40)
    pos = {}
    if r.random() < 0.5:
        pos[T] = "<"
    else:
        pos[L - T] = ">"
    for _ in range(r.randint(2, 5)):
        for _ in range(50):
            if r.random() < 0.5:
                p, d = r.randint(1, T - 1), "<"
            else:
                p, d = r.randint(L - T + 1, L - 1), ">"
            if p not in pos:
                pos[p] = d
                break
    ans = max((p if d == "<" else L - p) for p, d in pos.items())
    assert ans == T
    return "%d: " % L + " ".join("%d%s" % (p, pos[p]) for p in sorted(pos))


# E5 sign tiles: most copies of a word

WORDS = ["OYSTER", "MUSSEL", "COCKLE", "SEAWEED", "DULSE", "WRACK", "KELP", "LAVER", "SCALLOP", "WHELK", "TRESTLE", "WINKLE"]


def e_tiles(T, r):
    w = r.choice(WORDS)
    need = {}
    for c in w:
        need[c] = need.get(c, 0) + 1
    lim = r.choice(sorted(need))
    cnt = {}
    for c, k in need.items():
        cnt[c] = T * k + r.randrange(k) if c == lim else (T + 1) * k + r.randint(0, 30)
    for c in r.sample([x for x in "ABDFGHIJMNQUVZ" if x not in need], r.randint(0, 2)):
        cnt[c] = r.randint(3, 90)
    letters = list(cnt)
    r.shuffle(letters)
    assert min(cnt[c] // k for c, k in need.items()) == T
    return w + ": " + " ".join("%s=%d" % (c, cnt[c]) for c in letters)


# E6 restock threshold


def _restock(s, S, lead, start, uses):
    stock, pend, tot = start, None, 0
    for d, u in enumerate(uses):
        if pend and pend[0] == d:
            stock += pend[1]
            pend = None
        stock = max(0, stock - u)
        if stock <= s and pend is None:
            q = S - stock
            tot += q
            pend = (d + lead, q)
    return tot


def e_restock(T, r):
    while True:
        s = r.randint(4, 14)
        S = s + r.randint(14, 40)
        lead = r.randint(1, 3)
        start = r.randint(s + 1, S)
        n = r.randint(8, 15)
        uses = [r.randint(2, 12) for _ in range(n)]
        for _ in range(600):
            v = _restock(s, S, lead, start, uses)
            if v == T:
                return "s=%d S=%d lead %d; start %d: %s" % (s, S, lead, start, " ".join(map(str, uses)))
            i = r.randrange(len(uses))
            if v < T:
                if r.random() < 0.3 and len(uses) < 20:
                    uses.append(r.randint(2, 12))
                else:
                    uses[i] = min(20, uses[i] + r.randint(1, 3))
            else:
                if r.random() < 0.3 and len(uses) > 6:
                    uses.pop()
                else:
                    uses[i] = max(1, uses[i] - r.randint(1, 3))


# E7 matched number cards: copy cascade


def _cards_total(m):
    n = len(m)
    copies = [1] * n
    for i in range(n):
        for j in range(i + 1, min(n, i + 1 + m[i])):
            copies[j] += copies[i]
    return sum(copies)


def e_cards(T, r):
    while True:
        n = r.randint(4, 8)
        m = [r.randint(0, min(4, n - 1 - i)) for i in range(n)]
        for _ in range(300):
            v = _cards_total(m)
            if v == T:
                break
            i = r.randrange(n)
            cap = min(4, n - 1 - i)
            m[i] = max(0, min(cap, m[i] + (1 if v < T else -1)))
        if _cards_total(m) != T:
            continue
        cards = []
        for k in m:
            drawn = r.sample(range(1, 61), 5)
            rest = [x for x in range(1, 61) if x not in drawn]
            found = r.sample(drawn, k) + r.sample(rest, 5 - k)
            r.shuffle(found)
            cards.append(" ".join(map(str, drawn)) + " : " + " ".join(map(str, found)))
        return "(" + "; ".join(cards) + ")"


# E8 neighbour outscore: fewest bonus tokens


def _tokens(a):
    n = len(a)
    t = [1] * n
    for i in range(1, n):
        if a[i] > a[i - 1]:
            t[i] = t[i - 1] + 1
    for i in range(n - 2, -1, -1):
        if a[i] > a[i + 1]:
            t[i] = max(t[i], t[i + 1] + 1)
    return sum(t)


def e_tokens(T, r):
    def f(a, b):
        return a * (a - 1) // 2 + b * (b - 1) // 2 + max(a, b)
    while True:
        R = T
        shapes = []
        while R > 0:
            opts = [(a, b) for a in range(1, 8) for b in range(1, 8) if f(a, b) <= R]
            a, b = r.choice(opts)
            if a == b == 1 and R > 6 and r.random() < 0.7:
                continue
            shapes.append((a, b))
            R -= f(a, b)
        seq = []
        cur = r.randint(1, 6)
        for a, b in shapes:
            seq.append(cur)
            for _ in range(a - 1):
                cur += r.randint(1, 4)
                seq.append(cur)
            if b > 1:
                end = r.randint(1, max(1, cur - (b - 1)))
                if cur - end < b - 1:
                    end = cur - (b - 1)
                if end < 1:
                    continue
                drops = sorted(r.sample(range(1, cur - end), b - 2)) if b > 2 else []
                pts = [cur - x for x in drops] + [end]
                seq += pts
                cur = end
        if len(seq) <= 34 and min(seq) >= 1 and _tokens(seq) == T:
            return "[" + " ".join(map(str, seq)) + "]"


# E9 struck figures: smallest number after striking k digits


def _strike(digs, k):
    st = []
    for c in digs:
        while k and st and st[-1] > c:
            st.pop()
            k -= 1
        st.append(c)
    st = st[:len(st) - k] if k else st
    return int("".join(st)) if st else 0


def e_strike(T, r):
    s = str(T)
    for tries in range(2000):
        k = r.randint(2, 5)
        d = list(s)
        for _ in range(k):
            lo = "0" if tries < 1500 else max(s)
            d.insert(r.randint(0, len(d)), r.choice([c for c in "0123456789" if c >= lo]))
        digs = "".join(d)
        if _strike(digs, k) == T and digs[0] != "0":
            return "%d:%s" % (k, digs)
    raise RuntimeError("strike")


# E10 same boat answers: fewest divers


def _divers(ans):
    from collections import Counter
    tot = 0
    for x, c in Counter(ans).items():
        tot += -(-c // (x + 1)) * (x + 1)
    return tot


def e_divers(T, r):
    while True:
        R = T
        ans = []
        used = set()
        xs = list(range(1, 14))
        r.shuffle(xs)
        for x in xs:
            if R <= 0:
                break
            if x + 1 > R or r.random() < 0.2:
                continue
            g = r.randint(1, max(1, min(3, R // (x + 1))))
            c = r.randint((g - 1) * (x + 1) + 1, g * (x + 1))
            ans += [x] * c
            used.add(x)
            R -= g * (x + 1)
        if R < 0 or R > 15:
            continue
        ans += [0] * R
        r.shuffle(ans)
        if ans and _divers(ans) == T and len(ans) <= 60:
            return "(" + " ".join(map(str, ans)) + ")"


# E11 ferry bookings: passengers on one crossing


def e_ferry(T, r):
    while True:
        k = r.randint(3, 14)
        nc = r.randint(2, 4)
        cuts = sorted(r.sample(range(1, T), nc - 1))
        parts = [b - a for a, b in zip([0] + cuts, cuts + [T])]
        bk = []
        for p in parts:
            a = r.randint(1, k)
            b = r.randint(k, k + 8)
            bk.append((a, b, p))
        for _ in range(r.randint(2, 3)):
            if r.random() < 0.5 and k > 2:
                a = r.randint(1, k - 1)
                b = r.randint(a, k - 1)
            else:
                a = r.randint(k + 1, k + 6)
                b = r.randint(a, k + 10)
            bk.append((a, b, r.randint(2, 40)))
        r.shuffle(bk)
        if sum(p for a, b, p in bk if a <= k <= b) == T:
            return "on %d: %s" % (k, ", ".join("%d-%d x%d" % x for x in bk))


# E12 same-grade runs: weight taken off


def _takeoff(g, w):
    tot, i = 0, 0
    while i < len(g):
        j = i
        while j + 1 < len(g) and g[j + 1] == g[i]:
            j += 1
        run = w[i:j + 1]
        tot += sum(run) - max(run)
        i = j + 1
    return tot


def e_grade(T, r):
    while True:
        n = r.randint(6, 11)
        g = []
        while len(g) < n:
            c = r.choice("ABCDE")
            if g and g[-1] == c:
                continue
            g += [c] * r.choice([1, 2, 2, 3])
        g = g[:n]
        if _takeoff(g, [1] * n) == 0:
            continue
        w = [r.randint(5, 60) for _ in range(n)]
        for _ in range(800):
            v = _takeoff(g, w)
            if v == T:
                return "".join(g) + ": " + " ".join(map(str, w))
            i = r.randrange(n)
            w[i] = max(3, min(95, w[i] + (r.randint(1, 6) if v < T else -r.randint(1, 6))))


# E13 least hourly shucking pace


def _hours(p, k):
    return sum(-(-x // k) for x in p)


def e_pace(T, r):
    while True:
        n = r.randint(3, 6)
        p = [r.randint(max(2, T // 2), 4 * T) for _ in range(n)]
        H = _hours(p, T)
        if _hours(p, T - 1) > H:
            return "%d hours: %s" % (H, " ".join(map(str, p)))


# E14 film night: families of four


BLOCKS = [(2, 5), (4, 7), (6, 9)]


def _row_fam(taken):
    free = [all(s not in taken for s in range(a, b + 1)) for a, b in BLOCKS]
    if free[0] and free[2]:
        return 2
    return 1 if any(free) else 0


def e_seats(T, r):
    while True:
        R = (T + 1) // 2 + r.randint(1, 6)
        D = 2 * R - T
        rows = {}
        order = list(range(1, R + 1))
        r.shuffle(order)
        ok = True
        for row in order:
            if D <= 0:
                break
            cut = 2 if (D >= 2 and r.random() < 0.4) else 1
            if cut == 2:
                opts = [{5, 8}, {4, 6}, {3, 5, 7}, {2, 5, 9}, {5, 6}, {4, 5, 8}]
            else:
                opts = [{2}, {3}, {9}, {8}, {1, 2}, {9, 10}, {3, 10}]
            tk = set(r.choice(opts))
            if _row_fam(tk) != 2 - cut:
                ok = False
                break
            rows[row] = tk
            D -= cut
        if not ok or D != 0:
            continue
        for row in r.sample(range(1, R + 1), r.randint(1, 4)):
            if row not in rows:
                rows[row] = {r.choice([1, 10])}
        if sum(_row_fam(rows.get(i, set())) for i in range(1, R + 1)) != T:
            continue
        taken = ["%d.%d" % (row, s) for row in sorted(rows) for s in sorted(rows[row])]
        return "%d rows; taken %s" % (R, " ".join(taken))


# E15 tasting menu: minute x rating


def _tasting(a):
    b = sorted(a, reverse=True)
    best, run, acc = 0, 0, 0
    for x in b:
        run += x
        acc += run
        best = max(best, acc)
    return best


def e_tasting(T, r):
    while True:
        n = r.randint(3, 6)
        a = [r.randint(-9, 12) for _ in range(n)]
        for _ in range(600):
            v = _tasting(a)
            if v == T and any(x < 0 for x in a):
                return "[" + " ".join(map(str, a)) + "]"
            i = r.randrange(n)
            a[i] = max(-12, min(16, a[i] + (r.randint(1, 2) if v < T else -r.randint(1, 2))))
            if v == T:
                a[r.randrange(n)] = -r.randint(1, 9)


# E16 two routes with shared markers


def _routes(A, B):
    i = j = 0
    sa = sb = tot = 0
    while i < len(A) and j < len(B):
        if A[i] < B[j]:
            sa += A[i]
            i += 1
        elif A[i] > B[j]:
            sb += B[j]
            j += 1
        else:
            tot += max(sa, sb) + A[i]
            sa = sb = 0
            i += 1
            j += 1
    sa += sum(A[i:])
    sb += sum(B[j:])
    return tot + max(sa, sb)


def e_routes(T, r):
    top = max(12, T // 2)
    for _ in range(200000):
        shared = sorted(r.sample(range(1, top), r.randint(1, 2)))
        A = set(shared) | set(r.sample(range(1, top), r.randint(1, 4)))
        B = set(shared) | set(r.sample(range(1, top), r.randint(1, 4)))
        A, B = sorted(A), sorted(B)
        if set(A) == set(B):
            continue
        if _routes(A, B) == T:
            return "A: %s, B: %s" % (" ".join(map(str, A)), " ".join(map(str, B)))
    raise RuntimeError("routes")


# E17 least starting stamina


def _stamina(ch):
    order = sorted(ch, key=lambda x: x[1] - x[0], reverse=True)
    need, used = 0, 0
    for u, nd in order:
        need = max(need, used + nd)
        used += u
    return need


def e_stamina(T, r):
    while True:
        n = r.randint(3, 6)
        ch = []
        for _ in range(n):
            u = r.randint(1, 20)
            ch.append([u, u + r.randint(0, 25)])
        for _ in range(600):
            v = _stamina(ch)
            if v == T:
                return "{" + ", ".join("%d/%d" % tuple(c) for c in ch) + "}"
            i = r.randrange(n)
            d = r.randint(1, 3) if v < T else -r.randint(1, 3)
            if r.random() < 0.5:
                ch[i][0] = max(1, ch[i][0] + d)
                ch[i][1] = max(ch[i][1], ch[i][0])
            else:
                ch[i][1] = max(ch[i][0], ch[i][1] + d)


# E18 trestle heights


def _tallest(n, lim):
    rs = sorted([(1, 0)] + lim)
    rs2 = []
    for p, h in rs:
        if rs2 and rs2[-1][0] == p:
            rs2[-1] = (p, min(rs2[-1][1], h))
        else:
            rs2.append((p, h))
    rs = rs2
    for i in range(1, len(rs)):
        rs[i] = (rs[i][0], min(rs[i][1], rs[i - 1][1] + rs[i][0] - rs[i - 1][0]))
    for i in range(len(rs) - 2, -1, -1):
        rs[i] = (rs[i][0], min(rs[i][1], rs[i + 1][1] + rs[i + 1][0] - rs[i][0]))
    best = 0
    for i in range(len(rs) - 1):
        (p1, h1), (p2, h2) = rs[i], rs[i + 1]
        best = max(best, (h1 + h2 + p2 - p1) // 2)
    best = max(best, rs[-1][1] + n - rs[-1][0])
    return best


def e_trestle(T, r):
    while True:
        n = T + r.randint(10, 90)
        k = r.randint(1, 4)
        lim = []
        for _ in range(k):
            p = r.randint(2, n)
            lim.append([p, r.randint(0, max(1, p - 1))])
        for _ in range(800):
            v = _tallest(n, [tuple(x) for x in lim])
            if v == T:
                ps = [x[0] for x in lim]
                if len(set(ps)) == len(ps):
                    return "n=%d: %s" % (n, ", ".join("%d<=%d" % tuple(x) for x in sorted(lim)))
            i = r.randrange(k)
            lim[i][1] = max(0, lim[i][1] + (r.randint(1, 3) if v < T else -r.randint(1, 3)))
            if r.random() < 0.1:
                lim[i][0] = r.randint(2, n)


# E19 a different bed each week


def _weeks(b):
    S, M = sum(b), max(b)
    rest = S - M
    return S if M <= rest + 1 else 2 * rest + 1


def e_weeks(T, r):
    while True:
        n = r.randint(2, 5)
        b = [r.randint(1, 40) for _ in range(n)]
        for _ in range(800):
            v = _weeks(b)
            if v == T:
                return "(" + " ".join(map(str, b)) + ")"
            i = r.randrange(n)
            b[i] = max(1, min(90, b[i] + (r.randint(1, 4) if v < T else -r.randint(1, 4))))


# E20 kelp lines: seed then grow


def _bloom(lines):
    t, best = 0, 0
    for s, g in sorted(lines, key=lambda x: -x[1]):
        t += s
        best = max(best, t + g)
    return best


def e_bloom(T, r):
    while True:
        n = r.randint(3, 6)
        ln = [[r.randint(1, 15), r.randint(1, 40)] for _ in range(n)]
        for _ in range(600):
            v = _bloom(ln)
            if v == T:
                return "[" + ", ".join("%d+%d" % tuple(x) for x in ln) + "]"
            i, j = r.randrange(n), r.randrange(2)
            ln[i][j] = max(1, min(60, ln[i][j] + (r.randint(1, 3) if v < T else -r.randint(1, 3))))


# E21 battery swapping pumps


def _run(n, b):
    lo, hi = 0, sum(b) // n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sum(min(x, mid) for x in b) >= n * mid:
            lo = mid
        else:
            hi = mid - 1
    return lo


def e_pumps(T, r):
    while True:
        n = r.randint(2, 4)
        m = n + r.randint(1, 3)
        b = [r.randint(T // 3, 2 * T) for _ in range(m)]
        for _ in range(800):
            v = _run(n, b)
            if v == T:
                return "%d pumps: %s" % (n, " ".join(map(str, b)))
            i = r.randrange(m)
            b[i] = max(1, min(400, b[i] + (r.randint(1, 5) if v < T else -r.randint(1, 5))))


# E22 reference counting cascade


def _freed(objs, links, held, drop):
    keep_out = set(held) - set(drop)
    F = set()
    changed = True
    while changed:
        changed = False
        for o in objs:
            if o in F or o in keep_out:
                continue
            refs = [a for a, b in links if b == o]
            if all(a in F for a in refs):
                F.add(o)
                changed = True
    return F


def e_refs(T, r):
    while True:
        n = r.randint(5, 8)
        objs = [chr(65 + i) for i in range(n)]
        links = set()
        for _ in range(r.randint(n - 1, n + 3)):
            a, b = r.sample(objs, 2)
            links.add((a, b))
        links = sorted(links)
        held = sorted(r.sample(objs, r.randint(1, 3)))
        inc = {o: sum(1 for a, b in links if b == o) + (o in held) for o in objs}
        if min(inc.values()) == 0:
            continue
        drop = sorted(r.sample(held, r.randint(1, len(held))))
        F = _freed(objs, links, held, drop)
        if not F or len(F) > T:
            continue
        fl = sorted(F)
        cuts = sorted(r.sample(range(1, T), len(fl) - 1)) if len(fl) > 1 else []
        parts = [b - a for a, b in zip([0] + cuts, cuts + [T])]
        if min(parts) < 1:
            continue
        size = {o: p for o, p in zip(fl, parts)}
        for o in objs:
            if o not in size:
                size[o] = r.randint(1, 60)
        if sum(size[o] for o in F) != T:
            continue
        lk = links[:]
        r.shuffle(lk)
        return "sizes %s; links %s; held %s; drop %s" % (" ".join("%s%d" % (o, size[o]) for o in objs),
                                                          " ".join("%s>%s" % x for x in lk), " ".join(held), " ".join(drop))


# ---------------------------------------------------------------------------
# name -> (separator, rule text, encoder)

ENC = {
    "climbing_weight_selection_best_totals": (" / ",
        "as rows of oyster weights in round brackets: choose oysters from a row, keeping them in the order they lie, so that each chosen oyster weighs more than the one chosen before it; the largest total weight that can be chosen from a row is a character code (ASCII); rows are separated by ' / '", e_climb),
    "tarpaulin_overlap_cover_metres": (" ; ",
        "as sheet lists in square brackets, each sheet written a-b (a tarpaulin lying along the foreshore from metre a to metre b, so it covers b minus a metres); sheets may overlap; the number of metres covered by at least one sheet is a character code (ASCII); lists are separated by ' ; '", e_tarp),
    "lantern_pontoon_crossing_least_minutes": (" | ",
        "as crews in curly brackets, each number the minutes one person needs to walk the pontoon: the whole crew must get from the shore to the barge at night with one lantern; at most two walk at once, at the pace of the slower one, the lantern must go with whoever walks, so someone has to bring it back each time; the fewest minutes until everyone is across is a character code (ASCII); crews are separated by ' | '", e_torch),
    "rope_crawling_winkle_last_falloff": (" | ",
        "as ropes written 'L: p> q< ...' (a rope L centimetres long with winkles p, q ... centimetres from its left end; > crawls to the right, < to the left; every winkle crawls one centimetre a second; when two meet head on both turn round at once; a winkle that reaches an end drops off): the number of seconds until the last winkle drops off is a character code (ASCII); ropes are separated by ' | '", e_winkle),
    "sign_tile_oyster_board_copies": (" | ",
        "as tile bags written 'WORD: letter=count ...' (how many tiles of each letter are in the bag): the most copies of WORD that can be laid out at the same time, each tile used once, is a character code (ASCII); bags are separated by ' | '", e_tiles),
    "restock_threshold_grit_delivery_totals": (" | ",
        "as stock sheets written 's=a S=b lead c; start d: daily uses' (bags of oyster grit): at the start of a day any order due that day arrives; then that day's use is taken from the stock (if there is not enough, the stock simply runs to nothing); at the end of the day, if the stock is a or fewer and no order is on its way, an order is placed for as many bags as bring the stock up to b, arriving at the start of the day c days later; the total number of bags ordered over the sheet is a character code (ASCII); sheets are separated by ' | '", e_restock),
    "card_hit_copy_cascade_totals": (" / ",
        "as card piles in round brackets, the cards separated by '; ' and each card written 'drawn numbers : found numbers': a card's hits are its found numbers that are also among its drawn numbers; a card with h hits wins one extra copy of each of the next h cards in the pile (never beyond the last card), and every copy wins in the same way as the original; the number of cards held at the end, originals and copies, is a character code (ASCII); piles are separated by ' / '", e_cards),
    "higher_scorer_extra_bonus_totals": (" ; ",
        "as shucker lines in square brackets (the scores of shuckers standing in a row, in order): every shucker gets at least one bonus token, and a shucker who scored more than a neighbour standing next to them must get more tokens than that neighbour; the fewest tokens in all is a character code (ASCII); lines are separated by ' ; '", e_tokens),
    "struck_figure_smallest_leftovers": (" ",
        "as strips written 'k:digits': strike out exactly k of the digits and keep the others in their order; the smallest number the kept digits can make (read as an ordinary number, so a leading 0 simply falls away) is a character code (ASCII); strips are separated by spaces", e_strike),
    "same_boat_answer_least_headcount": (" / ",
        "as surveys in round brackets: each number is one diver's honest answer to 'how many other divers in the bay work off the same boat as you?' (not every diver was asked); the fewest divers that can be in the bay is a character code (ASCII); surveys are separated by ' / '", e_divers),
    "ferry_booking_crossing_heads": (" | ",
        "as booking sheets written 'on k: a-b xn, ...' (a booking a-b xn puts n passengers on every crossing of the island ferry from crossing a to crossing b, both included): the number of passengers on crossing k is a character code (ASCII); sheets are separated by ' | '", e_ferry),
    "same_grade_run_lighter_takeoffs": (" | ",
        "as belt strips written 'GRADES: weights' (one grade letter for each oyster on the belt, then their weights in grams in the same order): wherever oysters of the same grade lie next to each other, the whole run except one of its heaviest oysters is taken off; the total weight taken off is a character code (ASCII); strips are separated by ' | '", e_grade),
    "least_hourly_shucking_pace": (" | ",
        "as shifts written 'H hours: baskets' (the oysters in each basket): each hour the shucker works on one basket only and opens up to k oysters from it (if fewer are left she finishes the basket and rests for the rest of that hour); the smallest k that lets her open every oyster within H hours is a character code (ASCII); shifts are separated by ' | '", e_pace),
    "film_night_family_seating_totals": (" | ",
        "as seating plans written 'R rows; taken r.s ...' (R rows of ten seats numbered 1 to 10 from the left, with an aisle between seats 3 and 4 and another between seats 7 and 8; r.s is seat s of row r, already taken): a family of four needs four free seats side by side in one row, and an aisle may only split them two and two, so only seats 2-5, 4-7 or 6-9 will do; the most families that can be seated is a character code (ASCII); plans are separated by ' | '", e_seats),
    "tasting_minute_rating_best_totals": (" ; ",
        "as tasting menus in square brackets (the rating of each dish, some below zero): choose any of the dishes and serve them one a minute in any order, starting at minute 1; each dish served scores its rating times the minute it is served at; the best total is a character code (ASCII); menus are separated by ' ; '", e_tasting),
    "shared_marker_route_swap_best_totals": (" | ",
        "as route pairs written 'A: markers, B: markers' (each route's marker numbers in increasing order, walked from its first marker): walk along either route and, wherever both routes have the same marker, carry on along whichever you like; the markers passed are added up (a shared marker counts once); the largest total is a character code (ASCII); pairs are separated by ' | '", e_routes),
    "least_starting_stamina_for_chores": (" | ",
        "as chore lists in curly brackets, each chore written 'use/need' (it uses 'use' stamina and can only be started with at least 'need' stamina): do every chore once, in the best order; the least stamina to start with is a character code (ASCII); lists are separated by ' | '", e_stamina),
    "trestle_height_limit_tallest": (" | ",
        "as trestle rows written 'n=N: p<=h, ...' (N trestles numbered 1 to N along the shore; trestle 1 is at height 0, neighbouring trestles differ in height by at most one step, and trestle p may be at most h steps high): the greatest height any trestle can have is a character code (ASCII); rows are separated by ' | '", e_trestle),
    "different_bed_each_week_most_weeks": (" / ",
        "as bed lists in round brackets (the weeks of work waiting on each oyster bed): each week you work on one bed, never on the bed you worked on the week before, and you stop when no bed you may work on has work left; the most weeks you can work is a character code (ASCII); lists are separated by ' / '", e_weeks),
    "kelp_line_seeding_growing_earliest_day": (" ; ",
        "as line sets in square brackets, each kelp line written 'seed+grow' (it takes 'seed' days of your work to seed, one line at a time, and then needs 'grow' more days on its own): seeding starts on day 0 and you seed the lines one after another in any order; the earliest day by which every line has finished growing is a character code (ASCII); sets are separated by ' ; '", e_bloom),
    "battery_swap_pump_longest_run": (" | ",
        "as pump sheets written 'n pumps: battery minutes' (each battery can run a pump for that many minutes in all; batteries can be moved between pumps at any moment, instantly, but one battery never runs two pumps at once): the longest whole number of minutes for which all n pumps can run at the same time is a character code (ASCII); sheets are separated by ' | '", e_pumps),
    "reference_count_cascade_freed_sizes": (" | ",
        "as object sketches written 'sizes A5 B12 ...; links A>B ...; held A ...; drop A ...' (each object has a size; A>B means A holds a reference to B; held objects also have one reference from outside): each object counts the references to it, outside ones included; when the outside references listed after 'drop' are removed, an object whose count falls to zero is freed and gives up every reference it holds, which can free further objects; objects whose count never falls to zero stay, even in a loop of their own; the total size of the freed objects is a character code (ASCII); sketches are separated by ' | '", e_refs),
}

FAMILIES = {
    "climbing_weight_selection_best_totals": "largest-sum strictly increasing subsequence",
    "tarpaulin_overlap_cover_metres": "length of a union of intervals",
    "lantern_pontoon_crossing_least_minutes": "bridge-and-torch crossing",
    "rope_crawling_winkle_last_falloff": "ants on a plank (collisions equivalent to passing through)",
    "sign_tile_oyster_board_copies": "how many copies of a word a bag of letter tiles makes",
    "restock_threshold_grit_delivery_totals": "(s, S) reorder-point stock policy with a lead time",
    "card_hit_copy_cascade_totals": "match-count card copies cascading down a pile",
    "higher_scorer_extra_bonus_totals": "fewest tokens with the higher-scoring-neighbour rule",
    "struck_figure_smallest_leftovers": "smallest number left after striking k digits",
    "same_boat_answer_least_headcount": "fewest members from 'how many others are like me' answers",
    "ferry_booking_crossing_heads": "range bookings summed at one point",
    "same_grade_run_lighter_takeoffs": "cheapest removal keeping one per run of equal neighbours",
    "least_hourly_shucking_pace": "least rate that finishes piles within a deadline",
    "film_night_family_seating_totals": "four-seat blocks in rows with aisles",
    "tasting_minute_rating_best_totals": "best sum of time x rating over a chosen subset",
    "shared_marker_route_swap_best_totals": "best path through two sorted lists switching at common values",
    "least_starting_stamina_for_chores": "least starting energy over task orders (use / need)",
    "trestle_height_limit_tallest": "tallest point under step and point limits",
    "different_bed_each_week_most_weeks": "most weeks with no bed twice in a row",
    "kelp_line_seeding_growing_earliest_day": "earliest finish with sequential seeding and parallel growing",
    "battery_swap_pump_longest_run": "longest simultaneous run with swappable batteries",
    "reference_count_cascade_freed_sizes": "reference-counting release cascade (cycles leak)",
}


def encode(name, plain, r):
    sep, _, fn = ENC[name]
    return sep.join(fn(ord(c), r) for c in plain)
