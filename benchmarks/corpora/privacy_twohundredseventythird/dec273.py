"""Independent decoders for the 22 evasion encodings.  Imports nothing from the encoder
or the common module; where it can it computes each answer a different way."""
import functools
import itertools
import math
import re
from collections import Counter, deque


def _bowling(u):
    rolls = []
    for fr in u.split():
        prev = 0
        for ch in fr:
            if ch == "X":
                v = 10
            elif ch == "/":
                v = 10 - prev
            elif ch == "-":
                v = 0
            else:
                v = int(ch)
            rolls.append(v)
            prev = v if ch not in "X/" else 0
    total, i = 0, 0
    frame = 1
    while frame <= 10:
        first = rolls[i]
        if first == 10:
            total += sum(rolls[i:i + 3])
            i += 1
        else:
            two = rolls[i] + rolls[i + 1]
            total += two + (rolls[i + 2] if two == 10 else 0)
            i += 2
        frame += 1
    return total


_DV = {}
for _n in range(1, 21):
    _DV["S%d" % _n] = (_n, 0)
    _DV["D%d" % _n] = (2 * _n, 1)
    _DV["T%d" % _n] = (3 * _n, 0)
_DV.update({"SB": (25, 0), "DB": (50, 1), "M": (0, 0)})


def _darts(u):
    head, rest = u.split(": ", 1)
    score = int(head.split()[1])
    for visit in rest.split(", "):
        s = score
        bust = False
        for d in visit.split():
            v, dbl = _DV[d]
            s -= v
            if s < 0 or s == 1 or (s == 0 and not dbl):
                bust = True
                break
            if s == 0:
                return 0
        if not bust:
            score = s
    return score


_RK = {r: i + 1 for i, r in enumerate("A23456789TJQK")}


def _crib_hand(txt):
    hand_s, st = txt.split(" / ")
    hand = hand_s.split()
    cards = hand + [st]
    ranks = [_RK[c[0]] for c in cards]
    vals = [min(r, 10) for r in ranks]
    pts = 0
    for mask in range(1, 32):
        if sum(vals[i] for i in range(5) if mask >> i & 1) == 15:
            pts += 2
    for r, n in Counter(ranks).items():
        pts += n * (n - 1)
    for size in (5, 4, 3):
        runs = 0
        for comb in itertools.combinations(ranks, size):
            s = sorted(comb)
            if all(b - a == 1 for a, b in zip(s, s[1:])):
                runs += 1
        if runs:
            pts += runs * size
            break
    suits = {c[1] for c in hand}
    if len(suits) == 1:
        pts += 4 + (st[1] in suits)
    pts += sum(1 for c in hand if c[0] == "J" and c[1] == st[1])
    return pts


def _cribbage(u):
    return sum(_crib_hand(h) for h in u.split("; "))


def _cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _in_tri(p, a, b, c):
    d1, d2, d3 = _cross(a, b, p), _cross(b, c, p), _cross(c, a, p)
    neg = d1 < 0 or d2 < 0 or d3 < 0
    pos = d1 > 0 or d2 > 0 or d3 > 0
    return not (neg and pos)


def _on_seg(p, a, b):
    return (_cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def _pegs(u):
    pegs = []
    for tok in u.split():
        lab, xy = tok.split("@")
        x, y = xy.split(",")
        pegs.append((int(lab), (int(x), int(y))))
    total = 0
    for lab, p in pegs:
        others = [q for _, q in pegs if q != p]
        covered = any(_on_seg(p, a, b) for a, b in itertools.combinations(others, 2)) or \
            any(_cross(a, b, c) != 0 and _in_tri(p, a, b, c) for a, b, c in itertools.combinations(others, 3))
        if not covered:
            total += lab
    return total


def _area(u):
    pts = [tuple(map(int, t.split(","))) for t in u.split()]
    s = 0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        s += (x2 - x1) * (y1 + y2)
    return abs(s) // 2


def _msis(u):
    a = list(map(int, u.split()))

    @functools.lru_cache(None)
    def best_from(i):
        return a[i] + max([best_from(j) for j in range(i + 1, len(a)) if a[j] > a[i]] or [0])
    return max(best_from(i) for i in range(len(a)))


def _cookies(u):
    m = re.match(r"GET (https?)://([^/]+)(/\S*): (.*)$", u)
    scheme, host, path, rest = m.groups()
    total = 0
    for ent in rest.split("; "):
        num, spec = ent.split("=", 1)
        bits = spec.split()
        dom, cp = bits[0], bits[1]
        flags = bits[2] if len(bits) > 2 else ""
        if "X" in flags or ("S" in flags and scheme != "https"):
            continue
        if dom[0] == ".":
            hosts_ok = host == dom[1:] or host.endswith(dom)
        else:
            hosts_ok = host == dom
        if not hosts_ok:
            continue
        if cp == path or (path.startswith(cp) and (cp[-1] == "/" or path[len(cp):len(cp) + 1] == "/")):
            total += int(num)
    return total


def _refcount(u):
    decl, drops = u.rsplit("; drop ", 1)
    refs, held, points = Counter(), set(), {}
    for item in decl.split("; "):
        left, right = item.split(">")
        star = left.startswith("*")
        lab = int(left.lstrip("*"))
        points[lab] = [int(x) for x in right.split(",") if x]
        if star:
            refs[lab] += 1
        for t in points[lab]:
            refs[t] += 1
    gone = []
    q = deque()
    for d in drops.split(","):
        refs[int(d)] -= 1
        if refs[int(d)] == 0:
            q.append(int(d))
        while q:
            x = q.popleft()
            if x in gone:
                continue
            gone.append(x)
            for t in points[x]:
                refs[t] -= 1
                if refs[t] == 0:
                    q.append(t)
    return sum(gone)


def _reno(u):
    head, evs = u.split(": ")
    w = int(re.search(r"cwnd (\d+)", head).group(1))
    t = int(re.search(r"ssthresh (\d+)", head).group(1))
    for tok in evs.split():
        m = re.fullmatch(r"(\d*)([adt])", tok)
        for _ in range(int(m.group(1) or 1)):
            e = m.group(2)
            if e == "a":
                if w < t:
                    w = w * 2 if w * 2 < t else t
                else:
                    w += 1
            else:
                t = w // 2 if w // 2 > 2 else 2
                w = t if e == "d" else 1
    return w


def _kiln(u):
    m = re.match(r"from (\d+): (.*); read at (\d+)$", u)
    temp, prog, want = int(m.group(1)), m.group(2), int(m.group(3))
    timeline = [temp]
    for s in prog.split():
        if s[0] == "h":
            timeline += [temp] * int(s[1:])
        else:
            r, tgt = map(int, s[1:].split(">"))
            while temp != tgt:
                temp += r if tgt > temp else -r
                timeline.append(temp)
    return timeline[want]


def _highjump(u):
    body = u.split(": ", 1)[1]
    cands = []
    for row in body.split("; "):
        toks = row.split()
        bib, ents = int(toks[0]), toks[1:]
        cleared = [i for i, e in enumerate(ents) if e[-1] == "o"]
        top = cleared[-1] if cleared else -1
        at_top = ents[top].count("x") if cleared else 9
        tot = sum(e.count("x") for e in ents)
        cands.append((top, -at_top, -tot, bib))
    cands.sort(reverse=True)
    return cands[0][3]


def _orienteering(u):
    head, rest = u.split(": ", 1)
    course = [int(x) for x in head.split()[1].split("-")]
    best = None
    for ent in rest.split("; "):
        nm_t, *punches = ent.split()
        t = int(nm_t.split("=")[1])
        k = 0
        for p in punches:
            if k < len(course) and int(p) == course[k]:
                k += 1
        if k == len(course) and (best is None or t < best):
            best = t
    return best


def _ants(u):
    head, rest = u.split(": ")
    L = int(head.split()[1])
    times = []
    for tok in rest.split():
        p, d = int(tok[:-1]), tok[-1]
        times.append(L - p if d == ">" else p)
    return max(times)


def _cake(u):
    a = list(map(int, u.split()))
    s = [1] * len(a)
    changed = True
    while changed:
        changed = False
        for i in range(len(a)):
            for j in (i - 1, i + 1):
                if 0 <= j < len(a) and a[i] > a[j] and s[i] <= s[j]:
                    s[i] = s[j] + 1
                    changed = True
    return sum(s)


def _chairs(u):
    head, evs = u.split(": ")
    n = int(head.split()[0])
    occ, last = set(), None
    for e in evs.split():
        if e == "+":
            if not occ:
                seat = 0
            else:
                best, seat = -1, None
                for k in range(n):
                    if k in occ:
                        continue
                    d = min(abs(k - o) for o in occ)
                    if d > best:
                        best, seat = d, k
            occ.add(seat)
            last = seat
        else:
            occ.remove(int(e[1:]))
    return last


def _docker(u):
    dirty_stage = {}
    total = 0
    for st in u.split("; "):
        name, steps = st.split(": ")
        dirty = False
        for s in steps.split(", "):
            op, secs = s.split()
            m = re.fullmatch(r"([A-Z]+)(?:<([A-Z]))?(\*?)", op)
            if m.group(3) or dirty or (m.group(2) and dirty_stage[m.group(2)]):
                dirty = True
                total += int(secs)
        dirty_stage[name] = dirty
    return total


def _atoms(u):
    total = 0
    for part in u.split("·"):
        m = re.match(r"(\d*)(.*)$", part)
        mult = int(m.group(1) or 1)
        stack = [0]
        for tok in re.findall(r"\(|\)\d*|[A-Z][a-z]?\d*", m.group(2)):
            if tok == "(":
                stack.append(0)
            elif tok[0] == ")":
                n = stack.pop() * int(tok[1:] or 1)
                stack[-1] += n
            else:
                mm = re.fullmatch(r"[A-Z][a-z]?(\d*)", tok)
                stack[-1] += int(mm.group(1) or 1)
        total += mult * stack[0]
    return total


def _risk(u):
    head, rest = u.split(": ")
    a = int(head.split()[1])
    for r in rest.split(", "):
        at, df = r.split("v")
        at = sorted(map(int, at), reverse=True)
        df = sorted(map(int, df), reverse=True)
        for i in range(min(len(at), len(df))):
            if at[i] <= df[i]:
                a -= 1
    return a


def _semver(u):
    head, rest = u.split(": ")
    rg = head.split()[1]
    op = rg[0]
    lo = tuple(int(x) for x in rg[1:].split("."))
    if op == "~":
        hi = (lo[0], lo[1] + 1, 0)
    elif lo[0]:
        hi = (lo[0] + 1, 0, 0)
    elif lo[1]:
        hi = (0, lo[1] + 1, 0)
    else:
        hi = (0, 0, lo[2] + 1)
    best = None
    for tok in rest.split():
        v, size = tok.split("=")
        if "-" in v:
            continue
        t = tuple(int(x) for x in v.split("."))
        if lo <= t < hi and (best is None or t > best[0]):
            best = (t, int(size))
    return best[1]


def _stake(u):
    fence, posts = u.split("; posts ")
    poly = [tuple(map(int, p.split(","))) for p in fence.split()[1:]]
    found = []
    for tok in posts.split():
        lab, xy = tok.split("@")
        x, y = map(int, xy.split(","))
        wind = 0.0
        for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
            a1 = math.atan2(y1 - y, x1 - x)
            a2 = math.atan2(y2 - y, x2 - x)
            d = a2 - a1
            while d > math.pi:
                d -= 2 * math.pi
            while d < -math.pi:
                d += 2 * math.pi
            wind += d
        if abs(round(wind / (2 * math.pi))) == 1:
            found.append(int(lab))
    return found[0] if len(found) == 1 else None


def _gcode(u):
    mode_abs, pos, fed = True, 0, 0
    for ln in u.split("; "):
        w = ln.split()
        if w[0] in ("M82", "M83"):
            mode_abs = w[0] == "M82"
            continue
        es = [int(x[1:]) for x in w[1:] if x.startswith("E")]
        if not es:
            continue
        if w[0] == "G92":
            pos = es[0]
        elif mode_abs:
            fed += es[0] - pos
            pos = es[0]
        else:
            fed += es[0]
            pos += es[0]
    return fed


def _prominence(u):
    toks = u.split()
    hs = [int(t.rstrip("^")) for t in toks]
    k = [i for i, t in enumerate(toks) if t.endswith("^")][0]
    lows = []
    right = [i for i in range(k + 1, len(hs)) if hs[i] > hs[k]]
    if right:
        lows.append(min(hs[k:right[0]]))
    left = [i for i in range(0, k) if hs[i] > hs[k]]
    if left:
        lows.append(min(hs[left[-1] + 1:k + 1]))
    return hs[k] - max(lows)


DECODERS = {
    "tenpin_strike_spare_bonus": _bowling,
    "oche_bust_checkout_remainder": _darts,
    "cribbage_fifteens_nobs_crib": _cribbage,
    "taut_twine_apex_pegs": _pegs,
    "shoelace_plot_enclosure": _area,
    "upslope_stone_hop_heft": _msis,
    "cookie_jar_dispatch_scope": _cookies,
    "refcount_release_cascade": _refcount,
    "reno_congestion_cwnd_trace": _reno,
    "kiln_ramp_soak_dial": _kiln,
    "highbar_countback_champion": _highjump,
    "orienteering_mispunch_fastest": _orienteering,
    "pole_ant_ultimate_tumble": _ants,
    "cake_slice_envy_minimum": _cake,
    "trailer_chair_maximin_newcomer": _chairs,
    "docker_layer_rebuild_stopwatch": _docker,
    "reagent_molecule_atom_census": _atoms,
    "risk_dice_skirmish_armies": _risk,
    "semver_caret_tilde_shelf": _semver,
    "paddock_enclosed_stake": _stake,
    "gcode_extruder_filament_yield": _gcode,
    "ridge_summit_prominence": _prominence,
}


def decode_unit(name, unit):
    return DECODERS[name](unit)


def decode(name, run):
    return "".join(chr(decode_unit(name, u)) for u in run.split(" | "))
