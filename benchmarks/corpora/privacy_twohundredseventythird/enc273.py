"""Encoders for the 22 evasion encodings.  Each encoder turns one character code (45-122)
into one puzzle unit whose answer is that code; the rng only adds what the answer does not
depend on.  Every unit is checked with the encoder's own solver before it is accepted."""
import itertools
import math
import random

SEP = " | "


class Fail(Exception):
    pass


# =============================================================== 1 ten-pin bowling
def _bowl_sym(n):
    return "-" if n == 0 else str(n)


def bowl_score(rolls):
    s, i = 0, 0
    for frame in range(10):
        if rolls[i] == 10:
            s += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            s += 10 + rolls[i + 2]
            i += 2
        else:
            s += rolls[i] + rolls[i + 1]
            i += 2
    return s


def _bowl_frame(rng, qs, qp, m):
    r = rng.random()
    if r < qs:
        return [10]
    a = rng.randint(0, min(9, m))
    if r < qs + qp:
        return [a, 10 - a]
    return [a, rng.randint(0, min(9 - a, m))]


def _bowl_game(rng, qs, qp, m):
    frames, rolls = [], []
    for f in range(9):
        fr = _bowl_frame(rng, qs, qp, m)
        rolls += fr
        if fr == [10]:
            frames.append("X")
        else:
            a, b = fr
            frames.append(_bowl_sym(a) + ("/" if a + b == 10 else _bowl_sym(b)))
    fr = _bowl_frame(rng, qs, qp, m)
    if fr == [10]:
        f2 = _bowl_frame(rng, qs, qp, m)
        if f2 == [10]:
            b = 10
            c3 = _bowl_frame(rng, qs, qp, m)[0]
            t = "XX" + ("X" if c3 == 10 else _bowl_sym(c3))
            rolls += [10, 10, c3]
        else:
            b, c3 = f2
            t = "X" + _bowl_sym(b) + ("/" if b + c3 == 10 else _bowl_sym(c3))
            rolls += [10, b, c3]
    else:
        a, b = fr
        if a + b == 10:
            c3 = _bowl_frame(rng, qs, qp, m)[0]
            t = _bowl_sym(a) + "/" + ("X" if c3 == 10 else _bowl_sym(c3))
            rolls += [a, b, c3]
        else:
            t = _bowl_sym(a) + _bowl_sym(b)
            rolls += [a, b]
    frames.append(t)
    return " ".join(frames), rolls


def enc_bowling(c, rng):
    for _ in range(200000):
        txt, rolls = _bowl_game(rng, rng.uniform(0, 0.25), rng.uniform(0, 0.35), rng.randint(2, 9))
        marks = txt.count("X") + txt.count("/")
        if bowl_score(rolls) == c and marks >= (1 if c < 60 else 2):
            return txt
    raise Fail


# =============================================================== 2 darts 501
DARTS = {}
for _n in range(1, 21):
    DARTS[f"S{_n}"] = (_n, False)
    DARTS[f"D{_n}"] = (2 * _n, True)
    DARTS[f"T{_n}"] = (3 * _n, False)
DARTS["SB"] = (25, False)
DARTS["DB"] = (50, True)
DARTS["M"] = (0, False)
_DART_NAMES = [k for k in DARTS if k != "M"]


def darts_play(start, visits):
    rem = start
    for v in visits:
        before = rem
        for d in v:
            val, dbl = DARTS[d]
            rem -= val
            if rem < 0 or rem == 1 or (rem == 0 and not dbl):
                rem = before
                break
            if rem == 0:
                return 0
    return rem


def _visit_for(total, rng):
    for _ in range(4000):
        k = rng.choice([1, 2, 3, 3, 3])
        ds = [rng.choice(_DART_NAMES) for _ in range(k - 1)]
        rest = total - sum(DARTS[d][0] for d in ds)
        opts = [n for n in _DART_NAMES if DARTS[n][0] == rest]
        if rest == 0 and k == 3:
            opts = ["M"]
        if opts:
            ds.append(rng.choice(opts))
            rng.shuffle(ds)
            return ds
    return None


def _bust_visit(rem, rng):
    for _ in range(500):
        ds, r = [], rem
        for _ in range(3):
            d = rng.choice(_DART_NAMES)
            val, dbl = DARTS[d]
            ds.append(d)
            r -= val
            if r < 0 or r == 1 or (r == 0 and not dbl):
                return ds
            if r == 0:
                break
        # no bust reached
    return None


def enc_darts(c, rng):
    for _ in range(2000):
        start = rng.choice([s for s in (170, 201, 301, 401, 501) if s - c >= 25])
        rem, visits = start, []
        ok = True
        while rem - c > 180 or (rem - c > 0 and rng.random() < 0.4 and rem - c > 60):
            tot = rng.randint(20, min(180, rem - c - 1))
            v = _visit_for(tot, rng)
            if not v:
                continue
            visits.append(v)
            rem -= tot
        if rem - c > 0:
            v = _visit_for(rem - c, rng)
            if not v:
                continue
            if rem <= 182 and rng.random() < 0.6:
                b = _bust_visit(rem, rng)
                if b:
                    visits.append(b)
            visits.append(v)
            rem = c
        for _ in range(rng.choice([0, 1, 1, 2])):
            b = _bust_visit(c, rng)
            if b:
                visits.append(b)
        if darts_play(start, visits) == c and len(visits) >= 2:
            return f"start {start}: " + ", ".join(" ".join(v) for v in visits)
    raise Fail


# =============================================================== 3 cribbage
RANKS = "A23456789TJQK"
SUITS = "CDHS"


def crib_score(hand, starter):
    cards = hand + [starter]
    rv = [RANKS.index(c[0]) + 1 for c in cards]
    val = [min(r, 10) for r in rv]
    s = 0
    for k in range(2, 6):
        for comb in itertools.combinations(val, k):
            if sum(comb) == 15:
                s += 2
    for a, b in itertools.combinations(rv, 2):
        if a == b:
            s += 2
    cnt = {r: rv.count(r) for r in set(rv)}
    best = 0
    for lo in range(1, 14):
        ln, mult = 0, 1
        while lo + ln in cnt:
            mult *= cnt[lo + ln]
            ln += 1
        if ln >= 3 and ln > best:
            best, bm = ln, mult
    if best:
        s += best * bm
    if len({c[1] for c in hand}) == 1:
        s += 5 if starter[1] == hand[0][1] else 4
    for c in hand:
        if c[0] == "J" and c[1] == starter[1]:
            s += 1
    return s


_CRIB_TABLE = None


def _crib_table():
    global _CRIB_TABLE
    if _CRIB_TABLE is None:
        r = random.Random(27351)
        deck = [a + b for a in RANKS for b in SUITS]
        tab = {}
        for _ in range(60000):
            cs = r.sample(deck, 5)
            sc = crib_score(cs[:4], cs[4])
            tab.setdefault(sc, [])
            if len(tab[sc]) < 40:
                tab[sc].append(cs)
        _CRIB_TABLE = tab
    return _CRIB_TABLE


def enc_cribbage(c, rng):
    tab = _crib_table()
    avail = [s for s in tab if 2 <= s <= 24]
    for _ in range(5000):
        k = max(2, math.ceil(c / 16)) + rng.randint(0, 2)
        parts = [rng.choice(avail) for _ in range(k - 1)]
        last = c - sum(parts)
        if last in tab and last >= 0:
            parts.append(last)
            rng.shuffle(parts)
            hands = [rng.choice(tab[p]) for p in parts]
            if sum(crib_score(h[:4], h[4]) for h in hands) == c:
                return "; ".join(" ".join(h[:4]) + " / " + h[4] for h in hands)
    raise Fail


# =============================================================== 4 convex corner pegs
def hull_corners(pts):
    P = sorted(set(pts))

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
    lower, upper = [], []
    for p in P:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(P):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return set(lower[:-1] + upper[:-1])


def _partition(total, k, rng, lo=1, distinct=False, hi=None):
    for _ in range(5000):
        cuts = sorted(rng.sample(range(1, total), k - 1)) if k > 1 else []
        parts = [b - a for a, b in zip([0] + cuts, cuts + [total])]
        if min(parts) < lo:
            continue
        if hi and max(parts) > hi:
            continue
        if distinct and len(set(parts)) != len(parts):
            continue
        return parts
    raise Fail


def enc_hull(c, rng):
    for _ in range(2000):
        n = rng.randint(7, 11)
        pts = set()
        while len(pts) < n:
            pts.add((rng.randint(0, 20), rng.randint(0, 20)))
        pts = list(pts)
        hc = hull_corners(pts)
        if not 3 <= len(hc) <= min(7, c):
            continue
        lab = dict(zip(sorted(hc), _partition(c, len(hc), rng)))
        for p in pts:
            if p not in lab:
                lab[p] = rng.randint(1, 60)
        rng.shuffle(pts)
        if sum(lab[p] for p in hull_corners(pts)) == c:
            return " ".join(f"{lab[p]}@{p[0]},{p[1]}" for p in pts)
    raise Fail


# =============================================================== 5 shoelace plot
def poly_area2(pts):
    s = 0
    for i in range(len(pts)):
        x1, y1 = pts[i]
        x2, y2 = pts[(i + 1) % len(pts)]
        s += x1 * y2 - x2 * y1
    return abs(s)


def _star_poly(rng, k, size):
    cx, cy = rng.uniform(size * 0.4, size * 0.6), rng.uniform(size * 0.4, size * 0.6)
    pts = set()
    while len(pts) < k:
        pts.add((rng.randint(0, size), rng.randint(0, size)))
    pts = list(pts)
    angs = [math.atan2(y - cy, x - cx) for x, y in pts]
    if len({round(a, 9) for a in angs}) != len(angs):
        return None
    order = sorted(range(k), key=lambda i: angs[i])
    return [pts[i] for i in order]


def enc_area(c, rng):
    size = 14 if c < 80 else 18
    for _ in range(200000):
        poly = _star_poly(rng, rng.randint(5, 7), size)
        if poly and poly_area2(poly) == 2 * c:
            s = rng.randrange(len(poly))
            poly = poly[s:] + poly[:s]
            if rng.random() < 0.5:
                poly = poly[::-1]
            return " ".join(f"{x},{y}" for x, y in poly)
    raise Fail


# =============================================================== 6 rising-stone heft (max-sum increasing subsequence)
def msis(a):
    best = list(a)
    for i in range(len(a)):
        for j in range(i):
            if a[j] < a[i] and best[j] + a[i] > best[i]:
                best[i] = best[j] + a[i]
    return max(best)


def enc_msis(c, rng):
    for _ in range(200000):
        n = rng.randint(6, 10)
        m = max(10, c // 2)
        a = [rng.randint(1, m) for _ in range(n)]
        if msis(a) == c:
            return " ".join(map(str, a))
    raise Fail


# =============================================================== 7 cookie jar dispatch
HOSTS = ["kit.gl.example", "gl.example", "shop.tw.example", "tw.example", "api.shop.tw.example"]
PATHS = ["/", "/kit", "/kit/", "/ki", "/kit/tags", "/shop", "/shop/cart", "/admin"]


def cookie_sent(scheme, host, path, dom, cpath, secure, expired):
    if expired or (secure and scheme != "https"):
        return False
    if dom.startswith("."):
        d = dom[1:]
        if not (host == d or host.endswith("." + d)):
            return False
    elif host != dom:
        return False
    if path == cpath:
        return True
    if path.startswith(cpath) and (cpath.endswith("/") or path[len(cpath)] == "/"):
        return True
    return False


def enc_cookies(c, rng):
    for _ in range(5000):
        scheme = rng.choice(["https", "http"])
        host = rng.choice(HOSTS)
        path = rng.choice(["/kit/tags/7", "/kit", "/shop/cart", "/kit/tags", "/shop"])
        n = rng.randint(4, 7)
        cks = []
        for _ in range(n):
            base = rng.choice(["gl.example", "tw.example", "kit.gl.example", "shop.tw.example"])
            dom = ("." if rng.random() < 0.5 else "") + base
            cp = rng.choice(PATHS)
            sec = rng.random() < 0.3
            exp = rng.random() < 0.2
            cks.append((dom, cp, sec, exp, cookie_sent(scheme, host, path, dom, cp, sec, exp)))
        sent = [x for x in cks if x[4]]
        if not 1 <= len(sent) <= min(4, c) or len(sent) == n:
            continue
        try:
            parts = _partition(c, len(sent), rng, distinct=True)
        except Fail:
            continue
        nums, pi = [], 0
        used = set(parts)
        for x in cks:
            if x[4]:
                nums.append(parts[pi])
                pi += 1
            else:
                while True:
                    v = rng.randint(1, 60)
                    if v not in used:
                        used.add(v)
                        nums.append(v)
                        break
        ents = []
        for num, (dom, cp, sec, exp, _) in zip(nums, cks):
            fl = ("S" if sec else "") + ("X" if exp else "")
            ents.append(f"{num}={dom} {cp}" + (f" {fl}" if fl else ""))
        unit = f"GET {scheme}://{host}{path}: " + "; ".join(ents)
        if sum(nm for nm, x in zip(nums, cks) if x[4]) == c:
            return unit
    raise Fail


# =============================================================== 8 refcount release cascade
def refcount_freed(objs, drops):
    """objs: list of (label, starred, [targets]); returns the set of freed labels."""
    cnt = {lab: (1 if st else 0) for lab, st, _ in objs}
    out = {lab: tg for lab, _, tg in objs}
    for lab, _, tg in objs:
        for t in tg:
            cnt[t] += 1
    freed = set()
    stack = []
    for d in drops:
        cnt[d] -= 1
        if cnt[d] == 0:
            stack.append(d)
        while stack:
            x = stack.pop()
            if x in freed:
                continue
            freed.add(x)
            for t in out[x]:
                cnt[t] -= 1
                if cnt[t] == 0:
                    stack.append(t)
    return freed


def enc_refcount(c, rng):
    for _ in range(5000):
        n = rng.randint(5, 8)
        ids = list(range(n))
        edges = {i: set() for i in ids}
        for _ in range(rng.randint(n - 1, n + 3)):
            a, b = rng.sample(ids, 2)
            edges[a].add(b)
        roots = [i for i in ids if rng.random() < 0.45] or [0]
        drops = [r for r in roots if rng.random() < 0.7] or [roots[0]]
        objs = [(i, i in roots, sorted(edges[i])) for i in ids]
        fr = refcount_freed(objs, drops)
        if not 1 <= len(fr) <= min(5, c) or len(fr) == n:
            continue
        try:
            parts = _partition(c, len(fr), rng, distinct=True, hi=99)
        except Fail:
            continue
        labs, used = {}, set(parts)
        for i, p in zip(sorted(fr), parts):
            labs[i] = p
        for i in ids:
            if i not in labs:
                while True:
                    v = rng.randint(1, 99)
                    if v not in used:
                        used.add(v)
                        labs[i] = v
                        break
        order = ids[:]
        rng.shuffle(order)
        objs_l = [(labs[i], i in roots, [labs[t] for t in sorted(edges[i])]) for i in order]
        if sum(refcount_freed(objs_l, [labs[d] for d in drops])) != c:
            continue
        decl = "; ".join(("*" if st else "") + f"{lab}>" + ",".join(map(str, tg)) for lab, st, tg in objs_l)
        return decl + "; drop " + ",".join(str(labs[d]) for d in drops)
    raise Fail


# =============================================================== 9 TCP Reno window
def reno_run(w, t, events):
    for e in events:
        if e == "a":
            w = min(2 * w, t) if w < t else w + 1
        elif e == "d":
            t = max(w // 2, 2)
            w = t
        elif e == "t":
            t = max(w // 2, 2)
            w = 1
    return w


def _compress(ev):
    out = []
    for k, g in itertools.groupby(ev):
        n = len(list(g))
        out.append(f"{n}{k}" if n > 1 else k)
    return " ".join(out)


def enc_reno(c, rng):
    for _ in range(5000):
        w0, t0 = rng.randint(1, 10), rng.randint(8, 64)
        ev = []
        for _ in range(rng.randint(2, 5)):
            e = rng.choice("aaaadt")
            ev += [e] * (rng.randint(1, 6) if e == "a" else 1)
        w, t = w0, t0
        for e in ev:
            if e == "a":
                w = min(2 * w, t) if w < t else w + 1
            else:
                t = max(w // 2, 2)
                w = t if e == "d" else 1
        steps = 0
        while w != c and steps < 400:
            steps += 1
            if w > c:
                t = max(w // 2, 2)
                w = t
                ev.append("d")
            elif w < t:
                w = min(2 * w, t)
                ev.append("a")
            else:
                ev += ["a"] * (c - w)
                w = c
        if w == c and reno_run(w0, t0, ev) == c and len(ev) <= 400:
            return f"cwnd {w0}, ssthresh {t0}: " + _compress(ev)
    raise Fail


# =============================================================== 10 kiln ramp / soak
def kiln_at(t0, steps, minute):
    temp, now = t0, 0
    for s in steps:
        if s[0] == "h":
            if now <= minute <= now + s[1]:
                return temp
            now += s[1]
        else:
            r, target = s[1], s[2]
            dur = abs(target - temp) // r
            if now <= minute <= now + dur:
                return temp + (minute - now) * r * (1 if target > temp else -1)
            now += dur
            temp = target
    return None


def enc_kiln(c, rng):
    for _ in range(5000):
        t0 = rng.randint(18, 25)
        temp, now, steps, hits = t0, 0, [], []
        for _ in range(rng.randint(3, 6)):
            if rng.random() < 0.6 or not steps or steps[-1][0] == "h":
                r = rng.randint(1, 5)
                m = rng.randint(4, 30)
                up = temp < 60 or (temp < 140 and rng.random() < 0.6)
                target = temp + r * m if up else temp - r * m
                if not 20 <= target <= 150:
                    continue
                steps.append(("r", r, target))
                for k in range(m + 1):
                    if temp + k * r * (1 if up else -1) == c:
                        hits.append(now + k)
                now += m
                temp = target
            else:
                d = rng.randint(5, 40)
                steps.append(("h", d))
                if temp == c:
                    hits += list(range(now, now + d + 1))
                now += d
        hits = [h for h in hits if kiln_at(t0, steps, h) == c]
        if not hits:
            continue
        minute = rng.choice(hits)
        txt = " ".join(f"r{s[1]}>{s[2]}" if s[0] == "r" else f"h{s[1]}" for s in steps)
        return f"from {t0}: {txt}; read at {minute}"
    raise Fail


# =============================================================== 11 high-jump countback
def hj_winner(rows):
    """rows: list of (bib, [entries]); entries per height in order."""
    best = []
    for bib, ent in rows:
        h, fails_at, total = -1, 0, 0
        for i, e in enumerate(ent):
            total += e.count("x")
            if e.endswith("o"):
                h, fails_at = i, e.count("x")
        best.append((-h, fails_at, total, bib))
    best.sort()
    if len(best) > 1 and best[0][:3] == best[1][:3]:
        return None
    return best[0][3]


def enc_highjump(c, rng):
    for _ in range(5000):
        nh = rng.randint(5, 8)
        hb = rng.randint(2, nh - 2)
        n = rng.randint(3, 6)
        bibs = [c] + rng.sample([b for b in range(10, 200) if b != c], n - 1)
        rows = []
        for bib in bibs:
            top = hb if (bib == c or rng.random() < 0.5) else rng.randint(0, hb - 1)
            ent = []
            for i in range(nh):
                if i < top:
                    ent.append(rng.choice(["o", "o", "xo", "xxo", "-"]))
                elif i == top:
                    ent.append(rng.choice(["o", "xo", "xxo"]))
                else:
                    ent.append("xxx")
                    break
            rows.append((bib, ent))
        if hj_winner(rows) != c:
            continue
        tops = sum(1 for b, e in rows if any(x.endswith("o") for x in e[hb:hb + 1]))
        if tops < 2:
            continue
        rng.shuffle(rows)
        heights = [f"{1.50 + 0.05 * i:.2f}" for i in range(nh)]
        return "heights " + " ".join(heights) + ": " + "; ".join(f"{b} " + " ".join(e) for b, e in rows)
    raise Fail


# =============================================================== 12 orienteering
def _subseq(course, punches):
    it = iter(punches)
    return all(any(p == k for p in it) for k in course)


def enc_orienteering(c, rng):
    for _ in range(5000):
        k = rng.randint(4, 6)
        course = rng.sample(range(31, 100), k)
        runners = []
        names = "ABCDEFGH"
        nr = rng.randint(4, 6)
        times = set([c])
        runners.append((c, True))
        for _ in range(rng.randint(1, 3)):
            t = rng.randint(max(20, c - 25), c - 1)
            if t not in times:
                times.add(t)
                runners.append((t, False))
        while len(runners) < nr:
            t = rng.randint(c + 1, c + 40)
            if t not in times:
                times.add(t)
                runners.append((t, rng.random() < 0.6))
        ents = []
        rng.shuffle(runners)
        for nm, (t, valid) in zip(names, runners):
            p = course[:]
            extras = [x for x in range(31, 100) if x not in course]
            for _ in range(rng.randint(0, 2)):
                p.insert(rng.randint(0, len(p)), rng.choice(extras))
            if not valid:
                if rng.random() < 0.5:
                    p.remove(rng.choice(course))
                else:
                    i = rng.randrange(len(course) - 1)
                    a, b = p.index(course[i]), p.index(course[i + 1])
                    p[a], p[b] = p[b], p[a]
            ents.append((nm, t, p))
        res = [t for nm, t, p in ents if _subseq(course, p)]
        if res and min(res) == c and any(t < c for nm, t, p in ents):
            return ("course " + "-".join(map(str, course)) + ": "
                    + "; ".join(f"{nm}={t} " + " ".join(map(str, p)) for nm, t, p in ents))
    raise Fail


# =============================================================== 13 ants on a pole
def ants_time(L, ants):
    return max(p if d == "<" else L - p for p, d in ants)


def enc_ants(c, rng):
    for _ in range(5000):
        L = rng.randint(c + 5, c + 60)
        key = (c, "<") if rng.random() < 0.5 else (L - c, ">")
        ants = {key[0]: key[1]}
        for _ in range(rng.randint(2, 6)):
            p = rng.randint(1, L - 1)
            if p in ants:
                continue
            d = rng.choice("<>")
            if (p if d == "<" else L - p) < c:
                ants[p] = d
        al = sorted(ants.items())
        if len(al) >= 3 and ants_time(L, al) == c:
            return f"pole {L}: " + " ".join(f"{p}{d}" for p, d in al)
    raise Fail


# =============================================================== 14 cake slices (two-pass minimum)
def cake_min(a):
    n = len(a)
    left = [1] * n
    for i in range(1, n):
        if a[i] > a[i - 1]:
            left[i] = left[i - 1] + 1
    right = [1] * n
    for i in range(n - 2, -1, -1):
        if a[i] > a[i + 1]:
            right[i] = right[i + 1] + 1
    return sum(max(x, y) for x, y in zip(left, right))


def enc_cake(c, rng):
    for _ in range(400000):
        n = rng.randint(max(4, c // 5), max(5, c // 2))
        a = [rng.randint(1, 40) for _ in range(n)]
        if cake_min(a) == c:
            return " ".join(map(str, a))
    raise Fail


# =============================================================== 15 maximin chairs
def chairs_run(n, events):
    occ = set()
    last = None
    for e in events:
        if e == "+":
            if not occ:
                seat = 0
            else:
                s = sorted(occ)
                best, seat = s[0], 0
                for a, b in zip(s, s[1:]):
                    d = (b - a) // 2
                    if d > best:
                        best, seat = d, a + d
                if n - 1 - s[-1] > best:
                    best, seat = n - 1 - s[-1], n - 1
            occ.add(seat)
            last = seat
        else:
            occ.discard(int(e[1:]))
    return last


def enc_chairs(c, rng):
    for _ in range(400000):
        n = rng.randint(c + 1, c + 130)
        ev, occ = [], set()
        for _ in range(rng.randint(3, 8)):
            if occ and rng.random() < 0.3:
                k = rng.choice(sorted(occ))
                occ.discard(k)
                ev.append(f"-{k}")
            else:
                ev.append("+")
                occ = set(x for x in occ)
                s = chairs_run(n, ev)
                occ.add(s)
        if ev[-1] == "+" and chairs_run(n, ev) == c and ev.count("+") >= 4 and any(e != "+" for e in ev):
            return f"{n} chairs: " + " ".join(ev)
    raise Fail


# =============================================================== 16 docker layer rebuild
def docker_rebuilt(stages):
    """stages: list of (name, [(op, secs, changed, from_stage)]); returns set of (stage, index)."""
    rebuilt = set()
    stage_dirty = {}
    for name, steps in stages:
        dirty = False
        for i, (op, secs, ch, frm) in enumerate(steps):
            if ch or dirty or (frm and stage_dirty.get(frm)):
                dirty = True
                rebuilt.add((name, i))
        stage_dirty[name] = dirty
    return rebuilt


def enc_docker(c, rng):
    for _ in range(5000):
        ns = rng.randint(2, 3)
        stages = []
        for si in range(ns):
            name = "ABC"[si]
            steps = [("FROM", 0, rng.random() < 0.1, None)]
            for _ in range(rng.randint(2, 5)):
                op = rng.choice(["RUN", "RUN", "COPY", "ENV"])
                frm = None
                if op == "COPY" and si > 0 and rng.random() < 0.5:
                    frm = "ABC"[rng.randrange(si)]
                steps.append((op, 0, rng.random() < 0.18, frm))
            stages.append((name, steps))
        rb = docker_rebuilt(stages)
        if not 1 <= len(rb) <= min(6, c) or len(rb) == sum(len(s) for _, s in stages):
            continue
        parts = _partition(c, len(rb), rng)
        pi = 0
        out = []
        for name, steps in stages:
            new = []
            for i, (op, _, ch, frm) in enumerate(steps):
                if (name, i) in rb:
                    secs = parts[pi]
                    pi += 1
                else:
                    secs = rng.randint(1, 90)
                new.append((op, secs, ch, frm))
            out.append((name, new))
        rb2 = docker_rebuilt(out)
        if sum(out[[n for n, _ in out].index(s)][1][i][1] for s, i in rb2) != c:
            continue
        txt = "; ".join(name + ": " + ", ".join(
            f"{op}{'<' + frm if frm else ''}{'*' if ch else ''} {secs}" for op, secs, ch, frm in steps)
            for name, steps in out)
        return txt
    raise Fail


# =============================================================== 17 reagent atom census
ELEMENTS = ["C", "H", "O", "N", "S", "P", "K", "Si", "Ca", "Na", "Cl", "Mg", "Zn", "Ti", "Fe", "Al", "Cu", "B", "F"]


def _unit(rng, kmin=2, kmax=4):
    els = rng.sample(ELEMENTS, rng.randint(kmin, kmax))
    parts, n = [], 0
    for e in els:
        k = rng.choice([1, 1, 2, 2, 3, 4, 6, 8])
        parts.append(e + (str(k) if k > 1 else ""))
        n += k
    return "".join(parts), n


def atom_count(f):
    total = 0
    for part in f.split("·"):
        i = 0
        mult = ""
        while i < len(part) and part[i].isdigit():
            mult += part[i]
            i += 1
        n, _ = _atoms(part, i)
        total += n * (int(mult) if mult else 1)
    return total


def _atoms(s, i):
    tot = 0
    while i < len(s) and s[i] != ")":
        if s[i] == "(":
            n, i = _atoms(s, i + 1)
            i += 1
        else:
            j = i + 1
            while j < len(s) and s[j].islower():
                j += 1
            n, i = 1, j
        k = ""
        while i < len(s) and s[i].isdigit():
            k += s[i]
            i += 1
        tot += n * (int(k) if k else 1)
    return tot, i


def enc_atoms(c, rng):
    for _ in range(20000):
        kind = rng.random()
        if kind < 0.5:
            u, nu = _unit(rng)
            m = rng.randint(2, max(2, c // nu))
            r = c - m * nu
            if r < 0:
                continue
            pre = ""
            if r:
                e1, e2 = rng.sample(ELEMENTS, 2)
                if r == 1:
                    pre = e1
                else:
                    a = rng.randint(1, r - 1) if r > 1 and rng.random() < 0.5 else r
                    pre = e1 + (str(a) if a > 1 else "") + ((e2 + (str(r - a) if r - a > 1 else "")) if r - a else "")
            f = pre + f"({u}){m}"
        else:
            u, nu = _unit(rng, 3, 5)
            h = rng.randint(1, 12)
            rest = c - h * 3
            if rest < 2:
                continue
            g, ng = _unit(rng, 2, 3)
            m = rng.randint(1, 4)
            left = rest - (ng * m if m > 1 else ng)
            if left < 1:
                continue
            e = rng.choice([x for x in ELEMENTS if x not in g])
            f = f"{e}{left if left > 1 else ''}" + (f"({g}){m}" if m > 1 else g) + f"·{h}H2O"
        if atom_count(f) == c:
            return f
    raise Fail


# =============================================================== 18 Risk battles
def risk_left(a, rounds):
    for att, dfn in rounds:
        at = sorted(att, reverse=True)
        df = sorted(dfn, reverse=True)
        for x, y in zip(at, df):
            if x <= y:
                a -= 1
    return a


def enc_risk(c, rng):
    rounds = []
    for _ in range(rng.randint(3, 8)):
        na, nd = rng.randint(1, 3), rng.randint(1, 2)
        rounds.append(([rng.randint(1, 6) for _ in range(na)], [rng.randint(1, 6) for _ in range(nd)]))
    loss = c + 0 - risk_left(c, rounds)
    a = c + loss
    assert risk_left(a, rounds) == c
    return f"attacker {a}: " + ", ".join("".join(map(str, x)) + "v" + "".join(map(str, y)) for x, y in rounds)


# =============================================================== 19 semver shelf
def _vkey(v):
    core = v.split("-")[0]
    return tuple(int(x) for x in core.split("."))


def semver_ok(rng_s, v):
    if "-" in v:
        return False
    op, base = rng_s[0], _vkey(rng_s[1:])
    x = _vkey(v)
    if x < base:
        return False
    if op == "~":
        return x[:2] == base[:2]
    if base[0] > 0:
        return x[0] == base[0]
    if base[1] > 0:
        return x[:2] == base[:2]
    return x == base


def enc_semver(c, rng):
    for _ in range(5000):
        a = rng.choice([0, 1, 1, 2, 3])
        b = rng.randint(0 if a else 1, 9)
        p = rng.randint(0, 9)
        rs = rng.choice("^~") + f"{a}.{b}.{p}"
        vs = set()
        for _ in range(rng.randint(5, 8)):
            va = max(0, a + rng.choice([-1, 0, 0, 0, 1]))
            vb = max(0, b + rng.choice([-1, 0, 0, 1, 2]))
            vp = rng.randint(0, 12)
            v = f"{va}.{vb}.{vp}"
            if rng.random() < 0.15:
                v += rng.choice(["-rc.1", "-beta.2", "-alpha"])
            vs.add(v)
        vs = list(vs)
        ok = [v for v in vs if semver_ok(rs, v)]
        if not ok or len(ok) == len(vs):
            continue
        top = max(ok, key=_vkey)
        if sum(1 for v in ok if _vkey(v) == _vkey(top)) != 1:
            continue
        sizes = {}
        for v in vs:
            sizes[v] = c if v == top else rng.choice([x for x in range(12, 160) if x != c])
        rng.shuffle(vs)
        if sizes[max([v for v in vs if semver_ok(rs, v)], key=_vkey)] == c:
            return f"range {rs}: " + " ".join(f"{v}={sizes[v]}" for v in vs)
    raise Fail


# =============================================================== 20 paddock stake (point in polygon)
def inside(poly, x, y):
    res = False
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            xi = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < xi:
                res = not res
    return res


def _on_edge(poly, x, y):
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        if (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1) == 0 and min(x1, x2) <= x <= max(x1, x2) \
                and min(y1, y2) <= y <= max(y1, y2):
            return True
    return False


def enc_stake(c, rng):
    for _ in range(20000):
        poly = _star_poly(rng, rng.randint(6, 9), 20)
        if not poly or poly_area2(poly) < 80:
            continue
        posts = []
        seen = set()
        need_out = rng.randint(3, 6)
        tries = 0
        inside_pt = None
        while (inside_pt is None or len(posts) < need_out) and tries < 400:
            tries += 1
            x, y = rng.randint(0, 20), rng.randint(0, 20)
            if (x, y) in seen or _on_edge(poly, x, y) or (x, y) in poly:
                continue
            seen.add((x, y))
            if inside(poly, x, y):
                if inside_pt is None:
                    inside_pt = (x, y)
            elif len(posts) < need_out:
                posts.append((x, y))
        if inside_pt is None or len(posts) < need_out:
            continue
        labs = rng.sample([v for v in range(10, 130) if v != c], len(posts))
        allp = [(c, inside_pt)] + list(zip(labs, posts))
        rng.shuffle(allp)
        ins = [lab for lab, (x, y) in allp if inside(poly, x, y)]
        if ins == [c]:
            return ("fence " + " ".join(f"{x},{y}" for x, y in poly) + "; posts "
                    + " ".join(f"{lab}@{x},{y}" for lab, (x, y) in allp))
    raise Fail


# =============================================================== 21 G-code extruder yield
def gcode_net(lines):
    absolute, pos, net = True, 0, 0
    for ln in lines:
        w = ln.split()
        if w[0] == "M82":
            absolute = True
        elif w[0] == "M83":
            absolute = False
        elif w[0] == "G92":
            for x in w[1:]:
                if x[0] == "E":
                    pos = int(x[1:])
        elif w[0] in ("G1", "G0"):
            for x in w[1:]:
                if x[0] == "E":
                    e = int(x[1:])
                    d = e - pos if absolute else e
                    net += d
                    pos = e if absolute else pos + e
    return net


def enc_gcode(c, rng):
    for _ in range(5000):
        lines, absolute, pos = [], True, 0
        if rng.random() < 0.5:
            lines.append("M83")
            absolute = False
        for _ in range(rng.randint(3, 7)):
            r = rng.random()
            x, y = rng.randint(10, 200), rng.randint(10, 200)
            if r < 0.15:
                lines.append("G92 E0")
                pos = 0
            elif r < 0.3:
                absolute = not absolute
                lines.append("M82" if absolute else "M83")
            elif r < 0.45:
                if absolute:
                    lines.append(f"G1 E{pos - 2}")
                    pos -= 2
                else:
                    lines.append("G1 E-2")
            else:
                d = rng.randint(1, 30)
                if absolute:
                    pos += d
                    lines.append(f"G1 X{x} Y{y} E{pos}")
                else:
                    lines.append(f"G1 X{x} Y{y} E{d}")
        need = c - gcode_net(lines)
        if need <= 0 or need > 60:
            continue
        x, y = rng.randint(10, 200), rng.randint(10, 200)
        # recompute the mode and position at the end
        absolute, pos = True, 0
        for ln in lines:
            w = ln.split()
            if w[0] == "M82":
                absolute = True
            elif w[0] == "M83":
                absolute = False
            elif w[0] == "G92":
                pos = 0
            elif w[0] == "G1":
                e = int([t for t in w if t[0] == "E"][0][1:])
                pos = e if absolute else pos + e
        lines.append(f"G1 X{x} Y{y} E{pos + need}" if absolute else f"G1 X{x} Y{y} E{need}")
        if gcode_net(lines) == c:
            return "; ".join(lines)
    raise Fail


# =============================================================== 22 ridge prominence
def prominence(h, k):
    lows = []
    for step in (-1, 1):
        i, low = k + step, h[k]
        found = False
        while 0 <= i < len(h):
            if h[i] > h[k]:
                found = True
                break
            low = min(low, h[i])
            i += step
        if found:
            lows.append(low)
    return h[k] - max(lows) if lows else None


def enc_prominence(c, rng):
    for _ in range(5000):
        H = rng.randint(c + 150, c + 700)
        col = H - c
        other_col = rng.randint(col - 120, col)
        sides = [col, other_col]
        rng.shuffle(sides)
        left_low, right_low = sides
        left = []
        for _ in range(rng.randint(1, 3)):
            left.append(rng.randint(left_low + 1, H - 1))
        left.append(left_low)
        left += [rng.randint(left_low + 1, H - 1) for _ in range(rng.randint(0, 2))]
        right = [rng.randint(right_low + 1, H - 1) for _ in range(rng.randint(0, 2))] + [right_low] + \
                [rng.randint(right_low + 1, H - 1) for _ in range(rng.randint(1, 3))]
        hi_l = H + rng.randint(5, 200)
        hi_r = H + rng.randint(5, 200)
        prof = [rng.randint(200, hi_l)] + [hi_l] + left[::-1] + [H] + right + [hi_r]
        if rng.random() < 0.3:
            prof = prof[:-1]
            if max(right + [right_low]) >= H:
                continue
        k = prof.index(H)
        if prof.count(H) != 1 or prominence(prof, k) != c:
            continue
        return " ".join(str(x) + ("^" if i == k else "") for i, x in enumerate(prof))
    raise Fail


# =============================================================== registry
ENCODINGS = {
    "tenpin_strike_spare_bonus": enc_bowling,
    "oche_bust_checkout_remainder": enc_darts,
    "cribbage_fifteens_nobs_crib": enc_cribbage,
    "taut_twine_apex_pegs": enc_hull,
    "shoelace_plot_enclosure": enc_area,
    "upslope_stone_hop_heft": enc_msis,
    "cookie_jar_dispatch_scope": enc_cookies,
    "refcount_release_cascade": enc_refcount,
    "reno_congestion_cwnd_trace": enc_reno,
    "kiln_ramp_soak_dial": enc_kiln,
    "highbar_countback_champion": enc_highjump,
    "orienteering_mispunch_fastest": enc_orienteering,
    "pole_ant_ultimate_tumble": enc_ants,
    "cake_slice_envy_minimum": enc_cake,
    "trailer_chair_maximin_newcomer": enc_chairs,
    "docker_layer_rebuild_stopwatch": enc_docker,
    "reagent_molecule_atom_census": enc_atoms,
    "risk_dice_skirmish_armies": enc_risk,
    "semver_caret_tilde_shelf": enc_semver,
    "paddock_enclosed_stake": enc_stake,
    "gcode_extruder_filament_yield": enc_gcode,
    "ridge_summit_prominence": enc_prominence,
}


def encode(name, plain, rng):
    return SEP.join(ENCODINGS[name](ord(ch), rng) for ch in plain)
