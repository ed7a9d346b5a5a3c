"""Encoders of the 22 evasion encodings.  Each turns one character code (45-122)
into one puzzle item; a run is the items of the plain's characters joined by the
encoding's separator.  The rng only adds what the answer does not depend on."""
import itertools

CODES = range(45, 123)


def _cached(fn):
    cache = {}

    def wrap(*a):
        if a not in cache:
            cache[a] = fn(*a)
        return cache[a]
    return wrap


# ---------------------------------------------------------------- 1 hailstone
def _collatz_steps(n):
    s = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        s += 1
    return s


@_cached
def _hail_table():
    t = {}
    for n in range(2, 40000):
        t.setdefault(_collatz_steps(n), []).append(n)
    return t


def enc_hailstone(c, r):
    return str(r.choice([n for n in _hail_table()[c] if n != c]))


# ---------------------------------------------------------------- 2 ladybirds on a spar
def enc_ladybird(c, r):
    L = c + r.randrange(1, 30)
    pos = {}
    if r.random() < 0.5:
        pos[L - c] = '>'
    else:
        pos[c] = '<'
    for _ in range(r.randrange(2, 6)):
        d = r.choice('<>')
        x = r.randrange(L - c + 1, L) if d == '>' else r.randrange(1, c)
        if 0 < x < L and x not in pos:
            pos[x] = d
    items = ' '.join('%d%s' % (x, pos[x]) for x in sorted(pos))
    return '%d cm: %s' % (L, items)


# ---------------------------------------------------------------- 3 parallel rewriting
def _rw_len(seed, rules, n):
    counts = {ch: seed.count(ch) for ch in 'KITE'}
    for _ in range(n):
        new = {ch: 0 for ch in 'KITE'}
        for ch, k in counts.items():
            rep = rules.get(ch, ch)
            for x in rep:
                new[x] += k
        counts = new
    return sum(counts.values())


def enc_rewrite(c, r):
    while True:
        seed = ''.join(r.choice('KITE') for _ in range(r.randrange(1, 4)))
        rules = {}
        for ch in r.sample('KITE', r.randrange(2, 5)):
            rules[ch] = ''.join(r.choice('KITE') for _ in range(r.randrange(1, 4)))
        n = r.randrange(2, 7)
        if _rw_len(seed, rules, n) == c:
            rs = ', '.join('%s>%s' % (k, rules[k]) for k in sorted(rules, key='KITE'.index))
            return '%s; %s; %d rounds' % (seed, rs, n)


# ---------------------------------------------------------------- 4 slowest sufficient pace
def _hours(piles, k):
    return sum(-(-p // k) for p in piles)


def enc_pace(c, r):
    while True:
        m = r.randrange(2, 5)
        hs = [r.randrange(1, 4) for _ in range(m)]
        piles = [r.randrange((h - 1) * c + 1, h * c + 1) for h in hs]
        H = sum(hs)
        if _hours(piles, c) <= H and _hours(piles, c - 1) > H:
            return 'piles %s in %d hours' % (' '.join(map(str, piles)), H)


# ---------------------------------------------------------------- 5 rest spacing schedule (formula)
def enc_rest(c, r):
    while True:
        n = r.randrange(1, 7)
        k = r.randrange(1, 4)
        if r.random() < 0.5:
            # the rest spacing decides: (mx - 1)(n + 1) + k == c
            if (c - k) % (n + 1):
                continue
            mx = (c - k) // (n + 1) + 1
            if not 2 <= mx <= 40:
                continue
            counts = [mx] * k
            budget = c - k * mx
            for _ in range(r.randrange(0, 5)):
                x = r.randrange(1, mx)
                if x <= budget:
                    counts.append(x)
                    budget -= x
        else:
            # the number of outings decides: the total is c and the spacing bound is below it
            mx = r.randrange(3, 25)
            if (mx - 1) * (n + 1) + k > c or k * mx > c:
                continue
            counts = [mx] * k
            rest = c - k * mx
            while rest > 0:
                x = min(rest, r.randrange(1, mx))
                counts.append(x)
                rest -= x
            if len(counts) > 7:
                continue
        mxc = max(counts)
        f = max(sum(counts), (mxc - 1) * (n + 1) + counts.count(mxc))
        if f == c and len(counts) >= 2 and len(counts) <= 7:
            r.shuffle(counts)
            return 'rest %d: %s' % (n, ' '.join('%s%d' % (b, x) for b, x in zip('ABCDEFG', counts)))


# ---------------------------------------------------------------- 6 Recaman-style walk
def _recaman(s, n):
    seen = {s}
    x = s
    for i in range(1, n + 1):
        if x - i > 0 and x - i not in seen:
            x -= i
        else:
            x += i
        seen.add(x)
    return x


@_cached
def _rec_table():
    t = {}
    for s in range(1, 201):
        for n in range(6, 19):
            v = _recaman(s, n)
            if v != s:
                t.setdefault(v, []).append((s, n))
    return t


def enc_recaman(c, r):
    s, n = r.choice(_rec_table()[c])
    return 'from %d, %d steps' % (s, n)


# ---------------------------------------------------------------- 7 sprint-and-rest buggies (closed form)
def _buggy_dist(T, v, a, b):
    full, part = divmod(T, a + b)
    return full * v * a + min(part, a) * v


def enc_buggy(c, r):
    while True:
        v = r.choice([x for x in (1, 2, 3) if c % x == 0])
        a, b = r.randrange(2, 11), r.randrange(2, 21)
        Ts = [T for T in range(10, 200) if _buggy_dist(T, v, a, b) == c]
        if not Ts:
            continue
        T = r.choice(Ts)
        bugs = [(v, a, b)]
        for _ in range(r.randrange(1, 4)):
            o = (r.randrange(1, 4), r.randrange(2, 11), r.randrange(2, 21))
            if _buggy_dist(T, *o) < c:
                bugs.append(o)
        if len(bugs) < 2:
            continue
        r.shuffle(bugs)
        return '%d s: %s' % (T, ' '.join('%d/%d/%d' % x for x in bugs))


# ---------------------------------------------------------------- 8 recruit timers (bucket counts)
def _fliers(timers, days):
    b = [0] * 9
    for t in timers:
        b[t] += 1
    for _ in range(days):
        z = b[0]
        b = b[1:] + [z]
        b[6] += z
    return sum(b)


def enc_fliers(c, r):
    while True:
        timers = [r.randrange(0, 7) for _ in range(r.randrange(1, 6))]
        d = r.randrange(1, 41)
        if _fliers(timers, d) == c:
            return '(%s) after %d days' % (','.join(map(str, timers)), d)


# ---------------------------------------------------------------- 9 tilted tray load (column counting)
def _tray_load(rows):
    h, w = len(rows), len(rows[0])
    tot = 0
    for x in range(w):
        top = 0
        for y in range(h):
            ch = rows[y][x]
            if ch == '#':
                top = y + 1
            elif ch == 'O':
                tot += h - top
                top += 1
    return tot


def enc_tray(c, r):
    while True:
        h, w = r.randrange(4, 9), r.randrange(3, 8)
        rows = [''.join(r.choice('OO..#.' if r.random() < 0.5 else 'O..#..') for _ in range(w)) for _ in range(h)]
        if _tray_load(rows) == c:
            return '/'.join(rows)


# ---------------------------------------------------------------- 10 earliest distinct window
def enc_window(c, r):
    while True:
        k = r.randrange(3, 6)
        alpha = 'abcdefgh'[:k + r.randrange(1, 3)]
        s = []
        ok = True
        for i in range(c - 1):
            ch = r.choice(alpha)
            if i >= k - 1:
                win = s[i - k + 1:]
                if len(set(win + [ch])) == k:
                    ch = r.choice(win)
            s.append(ch)
        last = s[-(k - 1):]
        if len(set(last)) != k - 1:
            continue
        free = [a for a in alpha if a not in last]
        s.append(r.choice(free))
        for i in range(k - 1, c - 1):
            if len(set(s[i - k + 1:i + 1])) == k:
                ok = False
        if ok:
            tail = [r.choice(alpha) for _ in range(r.randrange(2, 9))]
            return '%d:%s' % (k, ''.join(s + tail))


# ---------------------------------------------------------------- 11 marginal bands
def _band_fee(L, b1, b2, r1, r2, r3):
    return min(L, b1) * r1 + max(0, min(L, b2) - b1) * r2 + max(0, L - b2) * r3


def enc_bands(c, r):
    while True:
        b1 = r.randrange(3, 11)
        b2 = b1 + r.randrange(3, 11)
        r1 = r.randrange(1, 4)
        r2 = r1 + r.randrange(1, 4)
        r3 = r2 + r.randrange(1, 5)
        L = r.randrange(2, 30)
        if _band_fee(L, b1, b2, r1, r2, r3) == c:
            return '%d m; 0-%d:%d %d-%d:%d %d+:%d' % (L, b1, r1, b1, b2, r2, b2, r3)


# ---------------------------------------------------------------- 12 tail following
DIRS = {'R': (1, 0), 'L': (-1, 0), 'U': (0, 1), 'D': (0, -1)}


def _tail_visits(moves):
    hx = hy = tx = ty = 0
    seen = {(0, 0)}
    for d, n in moves:
        dx, dy = DIRS[d]
        for _ in range(n):
            hx += dx
            hy += dy
            if abs(hx - tx) > 1 or abs(hy - ty) > 1:
                tx += (hx > tx) - (hx < tx)
                ty += (hy > ty) - (hy < ty)
                seen.add((tx, ty))
    return len(seen)


def enc_tail(c, r):
    while True:
        moves = []
        cnt = 1
        tries = 0
        while cnt < c and tries < 400:
            tries += 1
            m = (r.choice('RLUD'), r.randrange(1, 11) if c - cnt > 10 else r.randrange(1, 4))
            v = _tail_visits(moves + [m])
            if v <= c:
                moves.append(m)
                cnt = v
        if cnt == c:
            return ' '.join('%s%d' % m for m in moves)


# ---------------------------------------------------------------- 13 cheapest-ahead refuelling (greedy)
def _greedy_fuel(T, st, D):
    pos = [p for p, _ in st] + [D]
    price = [q for _, q in st]
    i, fuel, cost = 0, 0, 0
    while True:
        here = pos[i]
        if D - here <= T and all(price[j] >= price[i] for j in range(i + 1, len(st)) if pos[j] - here <= T):
            need = D - here
            if need > fuel:
                cost += (need - fuel) * price[i]
            return cost
        cheaper = [j for j in range(i + 1, len(st)) if pos[j] - here <= T and price[j] < price[i]]
        if cheaper:
            j = cheaper[0]
            need = pos[j] - here
            if need > fuel:
                cost += (need - fuel) * price[i]
                fuel = need
        else:
            reach = [j for j in range(i + 1, len(st)) if pos[j] - here <= T]
            if not reach:
                return None
            cost += (T - fuel) * price[i]
            fuel = T
            j = min(reach, key=lambda x: (price[x], x))
        fuel -= pos[j] - here
        i = j


def enc_fuel(c, r):
    while True:
        T = r.randrange(10, 31)
        D = r.randrange(T + 5, 3 * T)
        st = [(0, r.randrange(1, 6))]
        p = 0
        while True:
            p += r.randrange(3, T)
            if p >= D:
                break
            st.append((p, r.randrange(1, 6)))
        if D - st[-1][0] > T:
            continue
        if _greedy_fuel(T, st, D) == c:
            return 'tank %d: %s end %d' % (T, ' '.join('%d@%d' % s for s in st), D)


# ---------------------------------------------------------------- 14 cumulative acknowledgement
def enc_ack(c, r):
    S = r.randrange(1, c - 8)
    segs = []
    a = S
    while a < c:
        n = r.randrange(1, 12)
        start = max(S, a - r.randrange(0, 4))
        n = max(n, a - start + 1)
        n = min(n, c - start)
        segs.append((start, n))
        a = start + n
    for _ in range(r.randrange(1, 4)):
        b = c + 1 + r.randrange(0, 15)
        segs.append((b, r.randrange(1, 9)))
    if r.random() < 0.5:
        segs.append((max(1, S - r.randrange(3, 10)), r.randrange(1, 3)))
    r.shuffle(segs)
    return 'from %d: %s' % (S, ' '.join('%d+%d' % s for s in segs))


# ---------------------------------------------------------------- 15 hand on half (even circles)
def _half_round(xs):
    n = len(xs)
    while len(set(xs)) > 1:
        give = [x // 2 for x in xs]
        xs = [xs[i] - give[i] + give[i - 1] for i in range(n)]
        xs = [x + (x % 2) for x in xs]
    return xs[0] // 2


@_cached
def _half_table():
    import random
    rr = random.Random(267015)
    t = {}
    for _ in range(60000):
        xs = [2 * rr.randrange(10, 125) for _ in range(rr.randrange(3, 7))]
        if len(set(xs)) == 1:
            continue
        v = _half_round(xs)
        if 45 <= v <= 122 and len(t.get(v, [])) < 40:
            t.setdefault(v, []).append(tuple(xs))
    return t


def enc_half(c, r):
    return '(%s)' % ', '.join(map(str, r.choice(_half_table()[c])))


# ---------------------------------------------------------------- 16 daily capped charges
def enc_cap(c, r):
    while True:
        C = r.randrange(15, 45)
        days = [[r.randrange(3, 26) for _ in range(r.randrange(1, 4))] for _ in range(r.randrange(2, 5))]
        if sum(min(C, sum(d)) for d in days) == c:
            return 'cap %d: %s' % (C, '; '.join(','.join(map(str, d)) for d in days))


# ---------------------------------------------------------------- 17 workshop firing rule (place/transition net)
STEPS = {'cut': ({'R': 1}, {'P': 6}), 'sew': ({'P': 4, 'S': 2}, {'K': 1}), 'bag': ({'K': 1, 'G': 1}, {'B': 1}),
         'trim': ({'P': 1}, {'T': 3}), 'tail': ({'T': 5}, {'L': 1}), 'split': ({'S': 1}, {'N': 2})}


def _net_run(stock, order):
    st = dict(stock)
    for name in order:
        ins, outs = STEPS[name]
        if all(st.get(k, 0) >= v for k, v in ins.items()):
            for k, v in ins.items():
                st[k] -= v
            for k, v in outs.items():
                st[k] = st.get(k, 0) + v
    return st


def _fmt_side(d):
    return '+'.join('%d%s' % (v, k) for k, v in d.items())


def enc_net(c, r):
    while True:
        stock = {'R': r.randrange(2, 25), 'S': r.randrange(20, 150), 'G': r.randrange(0, 15)}
        names = r.sample(sorted(STEPS), r.randrange(3, 6))
        order = [r.choice(names) for _ in range(r.randrange(6, 30))]
        end = _net_run(stock, order)
        watch = [k for k in sorted(end) if end[k] == c and stock.get(k, 0) != c]
        if watch:
            x = r.choice(watch)
            steps = ', '.join('%s=%s>%s' % (n, _fmt_side(STEPS[n][0]), _fmt_side(STEPS[n][1])) for n in names)
            return 'stock %s; steps %s; order %s; count %s' % (
                ' '.join('%s%d' % kv for kv in sorted(stock.items())), steps, ' '.join(order), x)


# ---------------------------------------------------------------- 18 reorder point card
def enc_reorder(c, r):
    while True:
        s = r.randrange(5, 60)
        S = s + r.randrange(20, 90)
        start = r.randrange(s + 1, S + 1)
        dem = [r.randrange(0, 40) for _ in range(r.randrange(3, 8))]
        x = start
        for i, d in enumerate(dem):
            x = max(0, x - d)
            if i < len(dem) - 1 and x <= s:
                x = S
        if x == c and c not in (s, S, start) and c not in dem:
            return 's=%d S=%d start %d: %s' % (s, S, start, ' '.join(map(str, dem)))


# ---------------------------------------------------------------- 19 torch and jetty (the known recursion)
def _torch(ts):
    ts = sorted(ts)
    tot = 0
    while len(ts) > 3:
        a, b = ts[0], ts[1]
        y, z = ts[-2], ts[-1]
        tot += min(a + 2 * b + z, 2 * a + y + z)
        ts = ts[:-2]
    if len(ts) == 3:
        tot += sum(ts)
    elif len(ts) == 2:
        tot += ts[1]
    else:
        tot += ts[0]
    return tot


def enc_torch(c, r):
    while True:
        ts = [r.randrange(1, 41) for _ in range(r.randrange(3, 7))]
        if _torch(ts) == c:
            r.shuffle(ts)
            return ' '.join(map(str, ts))


# ---------------------------------------------------------------- 20 limiting part
def enc_parts(c, r):
    parts = r.sample(['P', 'S', 'B', 'L', 'T', 'H'], r.randrange(2, 5))
    need = {p: r.randrange(1, 9) for p in parts}
    bind = r.choice(parts)
    stock = {}
    for p in parts:
        if p == bind:
            stock[p] = c * need[p] + r.randrange(0, need[p])
        else:
            stock[p] = (c + 1) * need[p] + r.randrange(0, 60)
    return 'stock %s; per kite %s' % (' '.join('%s%d' % (p, stock[p]) for p in parts), ' '.join('%s%d' % (p, need[p]) for p in parts))


# ---------------------------------------------------------------- 21 two-tag system
def _tag_rounds(word, prod, cap=300):
    w = word
    n = 0
    while len(w) >= 2 and w[0] in prod:
        w = w[2:] + prod[w[0]]
        n += 1
        if n > cap:
            return None
    return n


@_cached
def _tag_table():
    import random
    rr = random.Random(267021)
    t = {}
    for _ in range(200000):
        prod = {ch: ''.join(rr.choice('abcdH') for _ in range(rr.randrange(2, 5))) for ch in 'abcd'}
        word = ''.join(rr.choice('abcd') for _ in range(rr.randrange(3, 15)))
        n = _tag_rounds(word, prod)
        if n is not None and 45 <= n <= 122 and len(t.get(n, [])) < 40:
            t.setdefault(n, []).append((word, tuple(sorted(prod.items()))))
    return t


def enc_tag(c, r):
    word, prod = r.choice(_tag_table()[c])
    return '%s; %s' % (word, ', '.join('%s>%s' % kv for kv in prod))


# ---------------------------------------------------------------- 22 pump-and-roll heats
def enc_pump(c, r):
    while True:
        T = r.randrange(c - 1, c + 60)
        vals = sorted((h * (T - h) for h in range(T + 1)), reverse=True)
        if c >= len(vals) or vals[c] == vals[c - 1]:
            continue
        D = r.randrange(vals[c], vals[c - 1])
        if sum(1 for h in range(T + 1) if h * (T - h) > D) == c:
            return '%d s, record %d m' % (T, D)


ENC = {
    'hailstone_halving_tripling_runs': (enc_hailstone, ' '),
    'ladybird_spar_falloff_seconds': (enc_ladybird, ' | '),
    'lindenmayer_rewrite_growth_readouts': (enc_rewrite, ' | '),
    'slowest_sufficient_stitch_pace': (enc_pace, ' | '),
    'board_rest_spacing_schedule_spans': (enc_rest, ' | '),
    'recaman_descend_or_climb_terms': (enc_recaman, ' | '),
    'sprint_rest_buggy_leads': (enc_buggy, ' | '),
    'flier_recruit_timer_headcounts': (enc_fliers, ' | '),
    'tilted_tray_pebble_loads': (enc_tray, ' '),
    'earliest_distinct_window_finishes': (enc_window, ' '),
    'marginal_band_mooring_fees': (enc_bands, ' | '),
    'bridle_tail_trodden_spots': (enc_tail, ' | '),
    'cheapest_ahead_refuel_spend': (enc_fuel, ' | '),
    'cumulative_ack_next_bytes': (enc_ack, ' | '),
    'hand_on_half_leaflet_settlements': (enc_half, ' | '),
    'daily_capped_hire_charges': (enc_cap, ' | '),
    'petri_workshop_place_contents': (enc_net, ' | '),
    'reorder_level_closing_stocks': (enc_reorder, ' | '),
    'jetty_torch_crossing_minutes': (enc_torch, ' | '),
    'limiting_part_kite_builds': (enc_parts, ' | '),
    'tag_system_halting_rounds': (enc_tag, ' | '),
    'pump_hold_record_beats': (enc_pump, ' | '),
}


def encode(name, plain, r):
    fn, sep = ENC[name]
    return sep.join(fn(ord(ch), r) for ch in plain)
