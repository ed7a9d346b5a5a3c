"""Evasion encoders: every character of the plain becomes one small puzzle whose
answer is its character code (ASCII 45-122).  The rng only adds what the answer
does not depend on.  Tables are built once from a fixed seed."""
import itertools
import random

CODES = range(45, 123)
_TABLES = {}


def _table(name, sampler, need=4, seed=0, limit=400000):
    if name in _TABLES:
        return _TABLES[name]
    rng = random.Random(27150 + seed)
    tab = {c: [] for c in CODES}
    n = 0
    while any(len(tab[c]) < need for c in CODES):
        n += 1
        if n > limit:
            missing = [c for c in CODES if len(tab[c]) < need]
            raise RuntimeError('table %s misses %s' % (name, missing[:10]))
        inst, ans = sampler(rng)
        if ans in tab and len(tab[ans]) < need and inst not in tab[ans]:
            tab[ans].append(inst)
    _TABLES[name] = tab
    return tab


# ------------------------------------------------------------ 1 hailstone
def _hail(n):
    s = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        s += 1
    return s


def enc_hailstone(c, rng):
    tab = _table('hail', lambda r: (lambda n: (n, _hail(n)))(r.randint(2, 40000)), need=6, seed=1)
    return '(%d)' % rng.choice(tab[c])


# ------------------------------------------------------------ 2 sandpile
def _topple(row):
    row = list(row)
    count = 0
    while True:
        hot = [i for i, v in enumerate(row) if v >= 2]
        if not hot:
            return count
        i = hot[0]
        row[i] -= 2
        count += 1
        if i > 0:
            row[i - 1] += 1
        if i < len(row) - 1:
            row[i + 1] += 1


def _sand_sampler(r):
    n = r.randint(5, 11)
    row = tuple(r.choice((0, 1, 1, 2, 2, 3, 3, 4)) for _ in range(n))
    return row, _topple(row)


def enc_sandpile(c, rng):
    tab = _table('sand', _sand_sampler, need=6, seed=2)
    return '[' + ' '.join(map(str, rng.choice(tab[c]))) + ']'


# ------------------------------------------------------------ 3 conkers
def _conker_final(scores, bouts):
    s = dict(scores)
    for x, y in bouts:
        s[x] = s[x] + s[y] + 1
        del s[y]
    return s['A']


def enc_conker(c, rng):
    while True:
        k = rng.randint(3, 7)
        names = [chr(65 + i) for i in range(k)]
        scores = {n: rng.randint(0, 25) for n in names}
        alive = list(names)
        bouts = []
        while len(alive) > 1:
            x, y = rng.sample(alive, 2)
            if y == 'A':
                x, y = y, x
            bouts.append((x, y))
            alive.remove(y)
        scores['A'] = 0
        base = _conker_final(scores, bouts)
        a0 = c - base
        if 0 <= a0 <= 40:
            scores['A'] = a0
            assert _conker_final(scores, bouts) == c
            order = list(names)
            rng.shuffle(order)
            return ' '.join('%s%d' % (n, scores[n]) for n in order) + ': ' + ' '.join('%s>%s' % b for b in bouts)


# ------------------------------------------------------------ 4 cross-country
def enc_crosscountry(c, rng):
    while True:
        N = max(17, round(2 * c / 5)) + rng.randint(-1, 4)
        pos = sorted(rng.sample(range(1, N + 1), 5))
        tries = 0
        while sum(pos) != c and tries < 4000:
            pos = sorted(rng.sample(range(1, N + 1), 5))
            tries += 1
        if sum(pos) != c:
            continue
        extra_a = rng.randint(0, min(2, N - pos[4]))
        after = [p for p in range(pos[4] + 1, N + 1)]
        a_pos = set(pos) | set(rng.sample(after, extra_a))
        rest = N - len(a_pos)
        if rest < 10:
            continue
        letters = ['B', 'C', 'D', 'E', 'F', 'G']
        m = min(5, rest // 5)
        teams = [5] * m
        for _ in range(rest - 5 * m):
            teams[rng.randrange(m)] += 1
        if max(teams) > 12:
            continue
        seq_other = []
        for i, size in enumerate(teams):
            seq_other += [letters[i]] * size
        rng.shuffle(seq_other)
        seq = []
        it = iter(seq_other)
        for p in range(1, N + 1):
            seq.append('A' if p in a_pos else next(it))
        # incomplete teams (fewer than five finishers) are slipped in anywhere
        inc_letter = letters[len(teams)]
        for _ in range(rng.randint(1, 4)):
            seq.insert(rng.randint(0, len(seq)), inc_letter)
        if len(teams) + 1 < len(letters) and rng.random() < 0.5:
            for _ in range(rng.randint(1, 3)):
                seq.insert(rng.randint(0, len(seq)), letters[len(teams) + 1])
        return ''.join(seq)


# ------------------------------------------------------------ 5 hedge-garden walks
def _walks(grid):
    R, Cc = len(grid), len(grid[0])
    if grid[0][0] == '#' or grid[R - 1][Cc - 1] == '#':
        return 0
    w = [[0] * Cc for _ in range(R)]
    for i in range(R):
        for j in range(Cc):
            if grid[i][j] == '#':
                continue
            if i == 0 and j == 0:
                w[i][j] = 1
            else:
                w[i][j] = (w[i - 1][j] if i else 0) + (w[i][j - 1] if j else 0)
    return w[R - 1][Cc - 1]


def _garden_sampler(r):
    R, Cc = r.randint(4, 7), r.randint(4, 7)
    p = r.choice((0.08, 0.12, 0.18, 0.25))
    g = tuple(''.join('#' if r.random() < p else '.' for _ in range(Cc)) for _ in range(R))
    return g, _walks(g)


def enc_garden(c, rng):
    tab = _table('garden', _garden_sampler, need=5, seed=5)
    return '/'.join(rng.choice(tab[c]))


# ------------------------------------------------------------ 6 label strips (word break)
WB_WORDS = ['t', 'e', 'a', 'te', 'ea', 'at', 'ta', 'et', 'ae', 'tea', 'eat', 'ate', 'eta', 'tae', 'aet']


def _segs(words, strip):
    ws = set(words)
    mx = max(len(w) for w in ws)
    ways = [1] + [0] * len(strip)
    for i in range(1, len(strip) + 1):
        t = 0
        for L in range(1, min(mx, i) + 1):
            if strip[i - L:i] in ws:
                t += ways[i - L]
        ways[i] = t
    return ways[-1]


def _wb_sampler(r):
    words = tuple(sorted(r.sample(WB_WORDS, r.randint(10, 15)), key=lambda x: (len(x), x)))
    strip = ''.join(r.choice('tea') for _ in range(r.randint(7, 15)))
    return (words, strip), _segs(words, strip)


def enc_wordbreak(c, rng):
    tab = _table('wb', _wb_sampler, need=2, seed=6, limit=2000000)
    words, strip = rng.choice(tab[c])
    words = list(words)
    rng.shuffle(words)
    return ','.join(words) + ': ' + strip


# ------------------------------------------------------------ 7 refuelling ring
def _valid_starts(st):
    k = len(st)
    out = []
    for s in range(k):
        tank = 0
        ok = True
        for j in range(k):
            f, cost = st[(s + j) % k]
            tank += f - cost
            if tank < 0:
                ok = False
                break
        if ok:
            out.append(s)
    return out


def enc_refuel(c, rng):
    while True:
        k = rng.randint(4, 7)
        st = [(rng.randint(1, 12), rng.randint(1, 12)) for _ in range(k)]
        vs = _valid_starts(st)
        if len(vs) != 1:
            continue
        labels = rng.sample([x for x in range(10, 131) if x != c], k)
        labels[vs[0]] = c
        return ' '.join('%d:%d/%d' % (labels[i], st[i][0], st[i][1]) for i in range(k))


# ------------------------------------------------------------ 8 celebrity
def enc_celebrity(c, rng):
    k = rng.randint(4, 6)
    others = rng.sample([x for x in range(10, 131) if x != c], k - 1)
    guests = others + [c]
    rng.shuffle(guests)
    rel = [(o, c) for o in others]
    for a in others:
        for b in guests:
            if a != b and b != c and rng.random() < 0.45:
                rel.append((a, b))
    rng.shuffle(rel)
    return 'guests %s: %s' % (','.join(map(str, guests)), ' '.join('%d>%d' % r for r in rel))


# ------------------------------------------------------------ 9 vi word motions
VI_WORDS = ['assam', 'tippy', 'golden', 'flush', 'muscatel', 'oolong', 'roast', 'keemun', 'smoky', 'malty', 'bright',
            'brisk', 'leaf', 'bud', 'steep', 'pot', 'cup', 'rooibos', 'mint', 'lemon', 'honey', 'scone', 'jam',
            'cream', 'blend', 'tin', 'caddy', 'sieve', 'chai', 'spice', 'clove', 'ginger', 'pekoe', 'orange',
            'broken', 'dust', 'fannings', 'second', 'autumnal', 'liquor', 'infusion']


def _vi_spans(text):
    spans = []
    i = 0
    while i < len(text):
        if text[i] != ' ':
            j = i
            while j < len(text) and text[j] != ' ':
                j += 1
            spans.append((i + 1, j))
            i = j
        else:
            i += 1
    return spans


def _vi_run(text, keys):
    sp = _vi_spans(text)
    col = 1
    for tok in keys:
        n = int(tok[:-1]) if len(tok) > 1 else 1
        k = tok[-1]
        for _ in range(n):
            wi = next(i for i, (a, b) in enumerate(sp) if a <= col <= b)
            a, b = sp[wi]
            if k == 'w':
                if wi + 1 < len(sp):
                    col = sp[wi + 1][0]
            elif k == 'e':
                if col < b:
                    col = b
                elif wi + 1 < len(sp):
                    col = sp[wi + 1][1]
            elif k == 'b':
                if col > a:
                    col = a
                elif wi > 0:
                    col = sp[wi - 1][0]
    return col


def enc_vi(c, rng):
    while True:
        words = []
        while len(' '.join(words)) < c + rng.randint(8, 30):
            words.append(rng.choice(VI_WORDS))
        text = ' '.join(words)
        sp = _vi_spans(text)
        tgt = [(i, 's') for i, (a, b) in enumerate(sp) if a == c] + [(i, 'e') for i, (a, b) in enumerate(sp) if b == c]
        if not tgt:
            continue
        wi, kind = tgt[0]
        keys = []
        cur = 0
        # a detour forward and back first
        d = rng.randint(1, max(1, wi // 2 + 2))
        if d < len(sp) - 1:
            keys.append('%dw' % d if d > 1 else 'w')
            cur = d
            keys.append('e')
            back = rng.randint(1, cur) if cur > 0 else 0
            if back:
                keys.append('%db' % back if back > 1 else 'b')
                cur -= back - 1
                cur = max(0, cur)
        # now move by simulation to the target word start
        col = _vi_run(text, keys)
        wcur = next(i for i, (a, b) in enumerate(sp) if a <= col <= b)
        if wcur < wi:
            step = wi - wcur
            keys.append('%dw' % step if step > 1 else 'w')
        elif wcur > wi or col != sp[wi][0]:
            step = wcur - wi + (0 if col > sp[wcur][0] else 1) if wcur >= wi else 0
            if col > sp[wcur][0]:
                step = wcur - wi + 1
            else:
                step = wcur - wi
            if step > 0:
                keys.append('%db' % step if step > 1 else 'b')
        if kind == 'e':
            keys.append('e')
        if _vi_run(text, keys) == c:
            return ' '.join(keys) + ' \u00bb ' + text


# ------------------------------------------------------------ 10 seedling beds (Life, one round)
def _life_colsum(rows):
    R, Cc = len(rows), len(rows[0])
    tot = 0
    for i in range(R):
        for j in range(Cc):
            n = sum(1 for di in (-1, 0, 1) for dj in (-1, 0, 1) if (di or dj) and 0 <= i + di < R
                    and 0 <= j + dj < Cc and rows[i + di][j + dj] == 'o')
            alive = rows[i][j] == 'o'
            if (alive and n in (2, 3)) or (not alive and n == 3):
                tot += j + 1
    return tot


def _life_sampler(r):
    R, Cc = r.randint(5, 7), r.randint(6, 9)
    p = r.choice((0.3, 0.4, 0.5))
    g = tuple(''.join('o' if r.random() < p else '.' for _ in range(Cc)) for _ in range(R))
    return g, _life_colsum(g)


def enc_life(c, rng):
    tab = _table('life', _life_sampler, need=4, seed=10)
    return '/'.join(rng.choice(tab[c]))


# ------------------------------------------------------------ 11 ring election
def _ring_hops(ids):
    n = len(ids)
    tot = 0
    for i, v in enumerate(ids):
        h = 1
        while True:
            nxt = ids[(i + h) % n]
            if nxt == v or nxt > v:
                break
            h += 1
        tot += h
    return tot


def _ring_sampler(r):
    n = r.randint(8, 18)
    ids = sorted(r.sample(range(1, 100), n), reverse=True)
    for _ in range(r.randint(0, 3 * n)):
        i = r.randrange(n - 1)
        ids[i], ids[i + 1] = ids[i + 1], ids[i]
    k = r.randrange(n)
    ids = tuple(ids[k:] + ids[:k])
    return ids, _ring_hops(ids)


def enc_ring(c, rng):
    tab = _table('ring', _ring_sampler, need=5, seed=11)
    return '(' + ' '.join(map(str, rng.choice(tab[c]))) + ')'


# ------------------------------------------------------------ 12 rock-paper-scissors knockout
BEATS = {('R', 'S'), ('S', 'P'), ('P', 'R')}


def _rps_match(a, b):
    for x, y in zip(a, b):
        if x == y:
            continue
        return 0 if (x, y) in BEATS else 1
    return None


def enc_rps(c, rng):
    while True:
        n = rng.choice((4, 8))
        throws = [''.join(rng.choice('RPS') for _ in range(rng.randint(4, 6))) for _ in range(n)]
        field = list(range(n))
        ok = True
        while len(field) > 1:
            nxt = []
            for i in range(0, len(field), 2):
                r = _rps_match(throws[field[i]], throws[field[i + 1]])
                if r is None:
                    ok = False
                    break
                nxt.append(field[i + r])
            if not ok:
                break
            field = nxt
        if not ok:
            continue
        labels = rng.sample([x for x in range(1, 131) if x != c], n)
        labels[field[0]] = c
        return ' '.join('%d=%s' % (labels[i], throws[i]) for i in range(n))


# ------------------------------------------------------------ 13 SQL NULL logic
CONDS = [
    ('a > {x} OR b = {y}', lambda a, b, x, y: _or(_cmp(a, '>', x), _cmp(b, '=', y))),
    ('a = b AND a < {x}', lambda a, b, x, y: _and(_cmp(a, '=', b), _cmp(a, '<', x))),
    ('NOT a = {x} AND b >= {y}', lambda a, b, x, y: _and(_not(_cmp(a, '=', x)), _cmp(b, '>=', y))),
    ('a <> {x} OR NOT b < {y}', lambda a, b, x, y: _or(_cmp(a, '<>', x), _not(_cmp(b, '<', y)))),
    ('b > a OR a = {x}', lambda a, b, x, y: _or(_cmp(b, '>', a), _cmp(a, '=', x))),
    ('NOT b <= {y} OR a < {x}', lambda a, b, x, y: _or(_not(_cmp(b, '<=', y)), _cmp(a, '<', x))),
]


def _cmp(u, op, v):
    if u is None or v is None:
        return None
    return {'=': u == v, '<>': u != v, '<': u < v, '>': u > v, '<=': u <= v, '>=': u >= v}[op]


def _not(p):
    return None if p is None else not p


def _and(p, q):
    if p is False or q is False:
        return False
    if p is None or q is None:
        return None
    return True


def _or(p, q):
    if p is True or q is True:
        return True
    if p is None or q is None:
        return None
    return False


def enc_sqlnull(c, rng):
    while True:
        tpl, fn = rng.choice(CONDS)
        x, y = rng.randint(1, 8), rng.randint(1, 8)
        rows = []
        for _ in range(rng.randint(5, 8)):
            a = None if rng.random() < 0.25 else rng.randint(0, 9)
            b = None if rng.random() < 0.25 else rng.randint(0, 9)
            rows.append([a, b, 0])
        truth = [fn(a, b, x, y) for a, b, _ in rows]
        t_idx = [i for i, t in enumerate(truth) if t is True]
        if not t_idx or len(t_idx) == len(rows) or None not in truth or len(t_idx) > c:
            continue
        cuts = sorted(rng.sample(range(1, c), len(t_idx) - 1)) if len(t_idx) > 1 else []
        parts = [b - a for a, b in zip([0] + cuts, cuts + [c])]
        for i, p in zip(t_idx, parts):
            rows[i][2] = p
        for i in range(len(rows)):
            if i not in t_idx:
                rows[i][2] = rng.randint(5, 60)
        f = lambda v: '-' if v is None else str(v)
        return 'WHERE %s: %s' % (tpl.format(x=x, y=y), ' '.join('(%s,%s,%d)' % (f(a), f(b), m) for a, b, m in rows))


# ------------------------------------------------------------ 14 Recaman walks
def _recaman(s, n):
    seen = {s}
    v = s
    for k in range(1, n + 1):
        if v - k > 0 and v - k not in seen:
            v -= k
        else:
            v += k
        seen.add(v)
    return v


def enc_recaman(c, rng):
    if 'recaman' not in _TABLES:
        tab = {k: [] for k in CODES}
        for s0 in range(0, 101):
            for n0 in range(4, 81):
                v = _recaman(s0, n0)
                if v in tab:
                    tab[v].append((s0, n0))
        _TABLES['recaman'] = tab
    s, n = rng.choice(_TABLES['recaman'][c])
    return 'from %d, %d steps' % (s, n)


# ------------------------------------------------------------ 15 nearest without going over
def enc_guess(c, rng):
    while True:
        W_ = rng.randint(200, 990)
        k = rng.randint(4, 7)
        labels = rng.sample([x for x in range(1, 131) if x != c], k - 1)
        win = rng.randint(W_ - 40, W_)
        guesses = []
        for _ in range(k - 1):
            if rng.random() < 0.5:
                g = rng.randint(W_ + 1, W_ + max(2, W_ - win + 15))
            else:
                g = rng.randint(max(1, W_ - 200), win - 1) if win - 1 >= max(1, W_ - 200) else W_ + 3
            guesses.append(g)
        entries = list(zip(labels, guesses))
        pos = rng.randint(0, len(entries))
        entries.insert(pos, (c, win))
        # the winner must be unique: no earlier equal guess
        under = [(g, -i) for i, (l, g) in enumerate(entries) if g <= W_]
        best = max(under)
        if entries[-best[1]][0] != c:
            continue
        return 'W=%d: %s' % (W_, ' '.join('%d=%d' % e for e in entries))


# ------------------------------------------------------------ 16 penalty shoot-out sheet
def _shootout_last(rounds):
    """rounds: list of (home ok, away ok).  Returns (round index, 0 home / 1 away) of the deciding kick."""
    h = a = 0
    for r, (ho, ao) in enumerate(rounds):
        h += ho
        if r < 5:
            if h > a + (5 - r) or a > h + (4 - r):
                return r, 0
        a += ao
        if r < 5:
            if h > a + (4 - r) or a > h + (4 - r):
                return r, 1
        else:
            if h != a:
                return r, 1
    return None


def enc_shootout(c, rng):
    while True:
        R = rng.randint(6, 9)
        rounds = [(rng.random() < 0.72, rng.random() < 0.72) for _ in range(R)]
        d = _shootout_last(rounds)
        if d is None:
            continue
        r, side = d
        kicks_after = (R - r - 1) * 2 + (1 if side == 0 else 0)
        if kicks_after < 1:
            continue
        bibs = rng.sample([x for x in range(1, 131) if x != c], 2 * R)
        bibs[2 * r + side] = c
        out = []
        for i, (ho, ao) in enumerate(rounds):
            out.append('%d%s-%d%s' % (bibs[2 * i], 'o' if ho else 'x', bibs[2 * i + 1], 'o' if ao else 'x'))
        return ' '.join(out)


# ------------------------------------------------------------ 17 optimal stopping
def enc_stopping(c, rng):
    while True:
        k = rng.randint(2, 4)
        n = rng.randint(k + 3, k + 6)
        marks = rng.sample(range(20, 100), n)
        best_seen = max(marks[:k])
        hired = None
        for i in range(k, n):
            if marks[i] > best_seen:
                hired = i
                break
        if hired is None or hired == n - 1:
            continue
        labels = rng.sample([x for x in range(1, 131) if x != c], n)
        labels[hired] = c
        return 'skip %d: %s' % (k, ' '.join('%d=%d' % (labels[i], marks[i]) for i in range(n)))


# ------------------------------------------------------------ 18 torch bridge
def _bridge(times):
    t = sorted(times)
    tot = 0
    while len(t) > 3:
        a, b, y, z = t[0], t[1], t[-2], t[-1]
        tot += min(a + 2 * b + z, 2 * a + y + z)
        t = t[:-2]
    if len(t) == 3:
        tot += sum(t)
    elif len(t) == 2:
        tot += t[1]
    else:
        tot += t[0]
    return tot


def enc_bridge(c, rng):
    tab = _table('bridge', lambda r: (lambda ts: (ts, _bridge(ts)))(tuple(r.randint(1, 30) for _ in range(r.randint(3, 6)))), need=5, seed=18)
    return '(' + ' '.join(map(str, rng.choice(tab[c]))) + ')'


# ------------------------------------------------------------ 19 click propagation
TAGS = ['html', 'body', 'main', 'section', 'form', 'div', 'label', 'button']


def _dom_run(elems):
    """elems: list of (tag, [(num, phase, stop)]) outermost first; the last is the target."""
    ran = []
    tgt = len(elems) - 1
    order = [(i, 'c') for i in range(tgt)] + [(tgt, 't')] + [(i, 'b') for i in range(tgt - 1, -1, -1)]
    for i, ph in order:
        stopped = False
        for num, p, stop in elems[i][1]:
            if ph == 't' or p == ph:
                ran.append(num)
                stopped = stopped or stop
        if stopped:
            break
    return ran


def enc_dom(c, rng):
    while True:
        depth = rng.randint(3, 5)
        tags = ['html', 'body'] + sorted(rng.sample(TAGS[2:-1], depth - 3), key=TAGS.index) + ['button']
        elems = []
        for t in tags:
            ls = [(rng.randint(1, 40), rng.choice('cb'), rng.random() < 0.12) for _ in range(rng.randint(1, 3))]
            elems.append([t, ls])
        ran = _dom_run(elems)
        if len(ran) < 2:
            continue
        others = sum(ran[1:])
        first = c - others
        if not 1 <= first <= 99:
            continue
        # put the adjustment on the first listener that runs
        for e in elems:
            for j, (num, p, stop) in enumerate(e[1]):
                if num == ran[0]:
                    e[1][j] = (first, p, stop)
                    break
            else:
                continue
            break
        if sum(_dom_run(elems)) != c:
            continue
        return ' > '.join('%s[%s]' % (t, ' '.join('%d:%s%s' % (n, p, '!' if s else '') for n, p, s in ls)) for t, ls in elems)


# ------------------------------------------------------------ 20 prescription directions
FREQ = {'o.d.': 1, 'b.d.': 2, 't.d.s.': 3, 'q.d.s.': 4}
FORMS = ['cap', 'tab', 'sachet', 'pastille', 'teabag']


def _line(rng, q, f, days):
    fr = [k for k, v in FREQ.items() if v == f][0]
    if days % 7 == 0 and rng.random() < 0.5:
        dur = '%d/52' % (days // 7)
    else:
        dur = '%d/7' % days
    return '%d %s%s %s x %s' % (q, rng.choice(FORMS), 's' if q > 1 else '', fr, dur)


def enc_sig(c, rng):
    while True:
        lines = []
        rest = c
        for _ in range(rng.randint(0, 2)):
            q, f, d = rng.randint(1, 2), rng.randint(1, 4), rng.choice((3, 5, 7, 10, 14))
            if q * f * d < rest - 4:
                lines.append(_line(rng, q, f, d))
                rest -= q * f * d
        opts = [(q, f, rest // (q * f)) for q in (1, 2, 3) for f in (1, 2, 3, 4)
                if rest % (q * f) == 0 and 2 <= rest // (q * f) <= 60]
        if not opts:
            continue
        q, f, d = rng.choice(opts)
        lines.append(_line(rng, q, f, d))
        rng.shuffle(lines)
        return '; '.join(lines)


# ------------------------------------------------------------ 21 telephone gossip
def _gossip(counts, calls):
    know = {p: {p} for p in counts}
    for x, y in calls:
        u = know[x] | know[y]
        know[x] = set(u)
        know[y] = set(u)
    return sum(counts[p] for p in know['A'])


def enc_gossip(c, rng):
    while True:
        k = rng.randint(4, 6)
        ppl = [chr(65 + i) for i in range(k)]
        counts = {p: rng.randint(1, 30) for p in ppl}
        calls = []
        for _ in range(rng.randint(3, 7)):
            calls.append(tuple(rng.sample(ppl, 2)))
        counts['A'] = 0
        base = _gossip(counts, calls)
        a0 = c - base
        reached = [p for p in ppl if p != 'A']
        if not 1 <= a0 <= 40:
            continue
        counts['A'] = a0
        # at least one person must stay out of A's reach, or the puzzle is a plain sum
        kn = {p: {p} for p in ppl}
        for x, y in calls:
            u = kn[x] | kn[y]
            kn[x] = set(u)
            kn[y] = set(u)
        if kn['A'] == set(ppl) or len(kn['A']) < 2:
            continue
        order = list(ppl)
        rng.shuffle(order)
        return ' '.join('%s%d' % (p, counts[p]) for p in order) + ': ' + ' '.join(x + y for x, y in calls)


# ------------------------------------------------------------ 22 file mode classes
USERS = ['tomasz', 'carys', 'dev', 'root', 'www', 'yasmin']
GROUPS = ['staff', 'tea', 'labels', 'wheel', 'www']


def _can_read(user, groups, mode, owner, group):
    if owner == user:
        return mode[0] == 'r'
    if group in groups:
        return mode[3] == 'r'
    return mode[6] == 'r'


def enc_mode(c, rng):
    while True:
        user = rng.choice(['tomasz', 'carys', 'dev', 'yasmin'])
        groups = sorted(rng.sample(GROUPS, rng.randint(1, 2)))
        files = []
        for i in range(rng.randint(4, 7)):
            owner = rng.choice([user, user, 'root', 'www', rng.choice(USERS)])
            group = rng.choice(GROUPS)
            mode = ''.join(rng.choice(x) for x in ('r-', 'w-', 'x-', 'r-', 'w-', 'x-', 'r-', 'w-', 'x-'))
            name = rng.choice(['blend', 'rota', 'labels', 'orders', 'stock', 'notes', 'tins', 'menu']) + str(i) + rng.choice(['.csv', '.txt', '.log', '.json'])
            files.append([mode, owner, group, 0, name])
        rd = [i for i, f in enumerate(files) if _can_read(user, groups, f[0], f[1], f[2])]
        if not rd or len(rd) == len(files) or len(rd) > c:
            continue
        trap = any(f[1] == user and f[0][0] == '-' and (f[0][3] == 'r' or f[0][6] == 'r') for f in files)
        if not trap and rng.random() < 0.7:
            continue
        cuts = sorted(rng.sample(range(1, c), len(rd) - 1)) if len(rd) > 1 else []
        parts = [b - a for a, b in zip([0] + cuts, cuts + [c])]
        for i, p in zip(rd, parts):
            files[i][3] = p
        for i in range(len(files)):
            if i not in rd:
                files[i][3] = rng.randint(3, 90)
        return 'user %s in %s: %s' % (user, ','.join(groups), '; '.join('%s %s %s %d %s' % tuple(f) for f in files))


# ------------------------------------------------------------ registry of encodings
# name: (encoder, separator, rule text)
ENCODINGS = {
    'collatz_hailstone_halving_trips': (enc_hailstone, ' / ',
        "as starting numbers in round brackets: halve the number when it is even, otherwise multiply it by three and add one, and keep doing this until you reach 1; the number of steps taken is a character code (ASCII); numbers are separated by ' / '"),
    'abelian_sandpile_tin_topplings': (enc_sandpile, ' ; ',
        "as rows of tea-tin heaps in square brackets: any heap of two or more tins may topple, passing one tin to each neighbouring heap (a tin passed off either end of the row is lost); keep toppling until no heap holds two or more tins; the total number of topplings (the same whatever order you topple in) is a character code (ASCII); rows are separated by ' ; '"),
    'conker_smash_inheritance': (enc_conker, ' | ',
        "as conker bouts: each conker is written with its starting score (A0 is conker A with no wins); in a bout written X>Y conker X smashes conker Y, Y is out, and X's score becomes X's score plus Y's score plus one; the bouts are played in the order written, and conker A's final score is a character code (ASCII); bout lists are separated by ' | '"),
    'cross_country_team_placings': (enc_crosscountry, ' | ',
        "as race finishes written as the team letters of the runners in finishing order: only teams with at least five finishers score; cross out the runners of the other teams and number the remaining runners 1, 2, 3, ... in order; a team's score is the sum of the numbers of its first five runners (its sixth and later runners keep their numbers and still push other teams' runners back); team A's score is a character code (ASCII); races are separated by ' | '"),
    'hedge_lawn_monotone_journeys': (enc_garden, ' | ',
        "as garden plans: rows are separated by '/', '.' is open lawn and '#' is a hedge; a walker starts in the top-left square and finishes in the bottom-right square, stepping only one square right or one square down and never onto a hedge; the number of different walks is a character code (ASCII); plans are separated by ' | '"),
    'unspaced_strip_segmentations': (enc_wordbreak, ' | ',
        "as label strips written 'PIECES: strip': the strip is a run of letters printed without spaces; count the different ways of cutting the strip into consecutive pieces so that every piece is one of the listed pieces (a piece may be used any number of times); that number of ways is a character code (ASCII); strips are separated by ' | '"),
    'refuel_van_depot_circuit': (enc_refuel, ' | ',
        "as delivery rings written 'depot:fuel/cost': the depots stand in a ring in the order listed, and after the last comes the first again; a van with an empty tank starts at one depot, takes on that depot's fuel, uses 'cost' litres to drive to the next depot, takes on its fuel, and so on once round the ring; exactly one depot lets the van get all the way round without the tank ever going below empty, and its number is a character code (ASCII); rings are separated by ' | '"),
    'party_guest_celebrity_finder': (enc_celebrity, ' | ',
        "as party lists written 'guests ...: x>y ...': each x>y means guest x knows guest y (nothing else is known to anyone); the celebrity is the guest whom every other guest knows and who knows none of the others; the celebrity's number is a character code (ASCII); lists are separated by ' | '"),
    'vi_cursor_motion_columns': (enc_vi, ' | ',
        "as editor lines written 'keys \u00bb text': a word is a run of characters without spaces and the cursor starts on the first character of the text (column 1); w moves to the first character of the next word; e moves to the last character of the current word, or, if it is already there, to the last character of the next word; b moves to the first character of the current word, or, if it is already there, to the first character of the previous word; a number before a key repeats that key; the column where the cursor ends is a character code (ASCII); lines are separated by ' | '"),
    'conway_seedling_bed_colsums': (enc_life, ' | ',
        "as seedling beds: rows are separated by '/', 'o' is a seedling and '.' is bare soil; apply Conway's rule once to every square at the same time (a seedling with two or three seedlings among its eight neighbours survives, a bare square with exactly three seedling neighbours gains a seedling, every other square ends bare; squares beyond the edge are bare); add up the column numbers (1 at the left) of all the squares that then hold a seedling; the total is a character code (ASCII); beds are separated by ' | '"),
    'chang_roberts_election_hops': (enc_ring, ' / ',
        "as rings of station numbers in round brackets, listed clockwise (after the last comes the first): every station sends its own number to its clockwise neighbour; a station that receives a number larger than its own passes it on clockwise, a station that receives a smaller number keeps it and stops it there, and the largest number travels until it is back home; the total number of hand-overs from one station to the next is a character code (ASCII); rings are separated by ' / '"),
    'rock_paper_scissors_knockout_winners': (enc_rps, ' | ',
        "as knockout draws written player=throws: R is rock, P is paper and S is scissors (rock beats scissors, scissors beats paper, paper beats rock); in the first round the first player meets the second, the third meets the fourth and so on, and the winners meet the same way in the next rounds; in every match both players start from the beginning of their own throws, throw them together one by one, and the first throw that is not a tie decides the match; the number of the player who wins the draw is a character code (ASCII); draws are separated by ' | '"),
    'sql_null_unknown_filtering': (enc_sqlnull, ' | ',
        "as table extracts written 'WHERE condition: (a,b,amount) ...' where '-' stands for NULL: a comparison with NULL is unknown, NOT unknown is unknown, AND is false if either side is false and otherwise unknown if either side is unknown, OR is true if either side is true and otherwise unknown if either side is unknown, and NOT binds tighter than AND and OR; only the rows for which the whole condition is true are kept, and the sum of their amounts is a character code (ASCII); extracts are separated by ' | '"),
    'recaman_jump_landings': (enc_recaman, ' | ',
        "as walks written 'from S, n steps': start on the number S; at step k (k = 1, 2, 3, ...) go back k if that lands on a number above 0 that the walk has not visited yet (S counts as visited), otherwise go forward k; the number reached after n steps is a character code (ASCII); walks are separated by ' | '"),
    'weigh_booth_overshoot_elimination': (enc_guess, ' | ',
        "as guess-the-weight stalls written 'W=true weight: entrant=guess ...' (grams): every guess above the true weight is out, the remaining guess closest to the true weight wins, and between equal guesses the one written first wins; the winning entrant's number is a character code (ASCII); stalls are separated by ' | '"),
    'penalty_shootout_clinching_bibs': (enc_shootout, ' | ',
        "as practice sheets of a penalty shoot-out: each round is written home-away as bib number plus o (scored) or x (missed); played for real, the home side kicks first in every round; during the first five rounds it stops as soon as one side can no longer be caught, that is, as soon as one side would still be ahead even if it missed every kick it has left in those five rounds and the other side scored every kick it has left; after five rounds each, if level, it goes on round by round and stops after the first round in which one side scores and the other does not; the bib number of the last kick actually taken is a character code (ASCII); sheets are separated by ' | '"),
    'optimal_stopping_interview_hires': (enc_stopping, ' | ',
        "as interview days written 'skip k: candidate=mark ...': candidates are seen in the order listed; the first k are let go whatever their marks; after that the first candidate whose mark beats every mark seen so far is hired at once (if nobody does, the last candidate is hired); the hired candidate's number is a character code (ASCII); days are separated by ' | '"),
    'lantern_rope_bridge_crossings': (enc_bridge, ' | ',
        "as groups of walkers in round brackets, each written as the minutes they need to cross a rope bridge at night: at most two cross together, at the pace of the slower one, the single lantern must be carried on every crossing, so after each crossing over someone has to bring it back unless everyone is over; the least total time in which the whole group can get across is a character code (ASCII); groups are separated by ' | '"),
    'dom_click_listener_propagation': (enc_dom, ' | ',
        "as click traces: page elements are nested as written, outermost first, joined by '>' (the last one is clicked); each element lists its listeners in square brackets as number:phase with phase c (capture) or b (bubble), and '!' after a listener means it stops propagation; the click first runs the c listeners from the outermost element inwards (not those of the clicked element), then every listener of the clicked element in the order written, then the b listeners from the clicked element's parent outwards; once a listener with '!' has run, the rest of that element's listeners in the same phase still run but no further element's do; the sum of the numbers of the listeners that ran is a character code (ASCII); traces are separated by ' | '"),
    'apothecary_dosage_direction_units': (enc_sig, ' | ',
        "as dispensary directions, lines separated by ';': each line is the units per dose, the form, how often and for how long; o.d. means once a day, b.d. twice a day, t.d.s. three times a day and q.d.s. four times a day; 'x 5/7' means for five days and 'x 2/52' for two weeks; the total number of units to dispense for all the lines together is a character code (ASCII); prescriptions are separated by ' | '"),
    'telephone_gossip_recipe_knowledge': (enc_gossip, ' | ',
        "as call logs written 'people with their recipe counts: calls': each person starts knowing the number of family recipes written after their letter (nobody shares a recipe at the start); the calls happen in the order written, and in every call XY the two people tell each other every recipe they know; the number of recipes person A knows after the last call is a character code (ASCII); logs are separated by ' | '"),
    'unix_mode_triplet_readability': (enc_mode, ' | ',
        "as directory listings written 'user U in G,H: mode owner group size name; ...': for each file only one class of its mode decides: the owner's three letters (the first three) if the user owns the file, otherwise the group's three letters (the middle three) if the file's group is one of the user's groups, otherwise the last three; the user can read the file when the three letters that decide start with r; the total size of the files the user can read is a character code (ASCII); listings are separated by ' | '"),
}


def encode(name, plain, rng):
    fn, sep, _ = ENCODINGS[name]
    return sep.join(fn(ord(ch), rng) for ch in plain)
