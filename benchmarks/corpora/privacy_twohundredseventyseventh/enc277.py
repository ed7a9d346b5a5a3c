"""Encoders of the 22 p277 evasion encodings.

Every encoder builds one puzzle unit per character (its answer is the character code),
checks the unit with its own solver and only then returns it. Units are joined with ' | '.
"""
import itertools

SEP = ' | '


def split_sum(rng, total, k, lo=1, hi=99, avoid=()):
    """k distinct numbers in [lo, hi], none in avoid, summing to total (or None)."""
    for _ in range(400):
        if k == 1:
            if lo <= total <= hi and total not in avoid:
                return [total]
            return None
        cuts = sorted(rng.sample(range(1, total), k - 1)) if total > k else None
        if not cuts:
            return None
        parts = [b - a for a, b in zip([0] + cuts, cuts + [total])]
        if len(set(parts)) == k and all(lo <= p <= hi and p not in avoid for p in parts):
            return parts
    return None


def distinct_numbers(rng, n, lo, hi, avoid=()):
    pool = [x for x in range(lo, hi + 1) if x not in avoid]
    return rng.sample(pool, n)


# ---------------------------------------------------------------- 1 Kalah sowing
RING = ['a', 'b', 'c', 'd', 'e', 'f', 'S', 'g', 'h', 'i', 'j', 'k', 'l', 'N']


def _kalah_solve(board, moves):
    b = dict(board)
    for mv in moves:
        seeds = b[mv]
        b[mv] = 0
        i = RING.index(mv)
        skip = 'N' if mv in 'abcdef' else 'S'
        while seeds:
            i = (i + 1) % 14
            if RING[i] == skip:
                continue
            b[RING[i]] += 1
            seeds -= 1
    return b['S'] + b['N']


def enc_kalah(rng, code):
    for _ in range(2000):
        board = {h: (0 if h in 'SN' else rng.randrange(0, 9)) for h in RING}
        moves = []
        b = dict(board)
        for _ in range(rng.randrange(2, 5)):
            pits = [h for h in RING if h not in 'SN' and b[h] > 0]
            mv = rng.choice(pits)
            moves.append(mv)
            # play it on b to know which pits are non-empty next
            seeds = b[mv]
            b[mv] = 0
            i = RING.index(mv)
            skip = 'N' if mv in 'abcdef' else 'S'
            while seeds:
                i = (i + 1) % 14
                if RING[i] == skip:
                    continue
                b[RING[i]] += 1
                seeds -= 1
        t = _kalah_solve(board, moves)
        rest = code - t
        if rest < 0:
            continue
        s0 = rng.randrange(0, rest + 1)
        board['S'] = s0
        board['N'] = rest - s0
        if _kalah_solve(board, moves) != code:
            continue
        return ' '.join('%s%d' % (h, board[h]) for h in RING) + '; moves ' + ', '.join(moves)
    raise RuntimeError('kalah')


# ---------------------------------------------------------------- 2 curling
def _curling_solve(stones):
    inside = [s for s in stones if s[2] <= 183]
    if not inside:
        return 0
    inside.sort(key=lambda s: s[2])
    team = inside[0][0]
    other = [s[2] for s in inside if s[0] != team]
    lim = min(other) if other else 10 ** 9
    return sum(s[1] for s in inside if s[0] == team and s[2] < lim)


def enc_curling(rng, code):
    for _ in range(2000):
        k = rng.randrange(1, 4)
        nums = split_sum(rng, code, k, 1, 99)
        if not nums:
            continue
        team, other = rng.choice([('R', 'Y'), ('Y', 'R')])
        dists = set()

        def d(lo, hi):
            while True:
                x = rng.randrange(lo, hi)
                if x not in dists:
                    dists.add(x)
                    return x
        lim = rng.randrange(60, 170)
        stones = [(team, n, d(0, lim)) for n in nums]
        used = set(nums)
        stones.append((other, rng.choice([x for x in range(1, 99) if x not in used]), lim))
        dists.add(lim)
        used.add(stones[-1][1])
        for _ in range(rng.randrange(1, 5)):
            t = rng.choice([team, other])
            n = rng.choice([x for x in range(1, 99) if x not in used])
            used.add(n)
            stones.append((t, n, d(lim + 1, 260)))
        rng.shuffle(stones)
        if _curling_solve(stones) != code:
            continue
        return ' '.join('%s%d=%d' % s for s in stones)
    raise RuntimeError('curling')


# ---------------------------------------------------------------- 3 baseball
def _baseball_solve(batters):
    bases = [None, None, None]
    outs = 0
    scored = []
    for num, res in batters:
        if outs >= 3:
            break
        if res in ('K', 'F', 'G'):
            outs += 1
            continue
        if res == 'BB':
            if bases[0] is not None:
                if bases[1] is not None:
                    if bases[2] is not None:
                        scored.append(bases[2])
                    bases[2] = bases[1]
                bases[1] = bases[0]
            bases[0] = num
            continue
        n = {'1B': 1, '2B': 2, '3B': 3, 'HR': 4}[res]
        new = [None, None, None]
        for i in (2, 1, 0):
            if bases[i] is not None:
                j = i + n
                if j >= 3:
                    scored.append(bases[i])
                else:
                    new[j] = bases[i]
        if n == 4:
            scored.append(num)
        else:
            new[n - 1] = num
        bases = new
    return sum(scored), scored


def enc_baseball(rng, code):
    for _ in range(3000):
        seq = []
        outs = 0
        while outs < 3 and len(seq) < 14:
            r = rng.choices(['1B', '2B', '3B', 'HR', 'BB', 'K', 'F', 'G'], [5, 2, 1, 1, 3, 3, 3, 3])[0]
            seq.append(r)
            if r in ('K', 'F', 'G'):
                outs += 1
        if outs < 3:
            continue
        idx = [(i, r) for i, r in enumerate(seq)]
        _, scored = _baseball_solve(idx)
        if not 1 <= len(scored) <= 4:
            continue
        nums = split_sum(rng, code, len(scored), 1, 99)
        if not nums:
            continue
        others = distinct_numbers(rng, len(seq) - len(scored), 1, 99, set(nums))
        shirt = {}
        it = iter(nums)
        for i in scored:
            shirt[i] = next(it)
        it2 = iter(others)
        for i in range(len(seq)):
            if i not in shirt:
                shirt[i] = next(it2)
        batters = [(shirt[i], r) for i, r in enumerate(seq)]
        if _baseball_solve(batters)[0] != code:
            continue
        return ' '.join('%d:%s' % b for b in batters)
    raise RuntimeError('baseball')


# ---------------------------------------------------------------- 4 golf skins
NAMES4 = ['Ann', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal', 'Ivy', 'Jo']


def _skins_solve(values, scores, who):
    won = {p: 0 for p in scores}
    carry = 0
    for h, v in enumerate(values):
        pot = carry + v
        low = min(s[h] for s in scores.values())
        ws = [p for p, s in scores.items() if s[h] == low]
        if len(ws) == 1:
            won[ws[0]] += pot
            carry = 0
        else:
            carry = pot
    return won[who]


def enc_skins(rng, code):
    for _ in range(3000):
        players = rng.sample(NAMES4, rng.randrange(3, 5))
        holes = rng.randrange(6, 10)
        scores = {p: [rng.randrange(3, 7) for _ in range(holes)] for p in players}
        values = [rng.randrange(1, 6) for _ in range(holes)]
        who = rng.choice(players)
        # holes that who wins outright
        wins = [h for h in range(holes) if sorted(s[h] for s in scores.values()).count(scores[who][h]) == 1
                and scores[who][h] == min(s[h] for s in scores.values())]
        if not wins:
            continue
        t = _skins_solve(values, scores, who)
        if t > code:
            continue
        h = rng.choice(wins)
        values[h] += code - t
        if _skins_solve(values, scores, who) != code:
            continue
        body = ', '.join('%s %s' % (p, ' '.join(map(str, scores[p]))) for p in players)
        return 'for %s: values %s; %s' % (who, ' '.join(map(str, values)), body)
    raise RuntimeError('skins')


# ---------------------------------------------------------------- 5 backgammon pips
def _pips_solve(black, bbar):
    return sum((25 - p) * n for p, n in black.items()) + 25 * bbar


def enc_pips(rng, code):
    for _ in range(3000):
        black = {}
        bbar = 1 if rng.random() < 0.2 else 0
        total = 25 * bbar
        count = bbar
        while True:
            p = rng.randrange(1, 25)
            if total + (25 - p) > code - 1 or count >= 13:
                break
            black[p] = black.get(p, 0) + 1
            total += 25 - p
            count += 1
        r = code - total
        if not 1 <= r <= 24:
            continue
        black[25 - r] = black.get(25 - r, 0) + 1
        if sum(black.values()) + bbar > 15:
            continue
        free = [p for p in range(1, 25) if p not in black]
        white = {}
        for p in rng.sample(free, rng.randrange(3, 7)):
            white[p] = rng.randrange(1, 4)
        wbar = rng.choice([0, 0, 1])
        if _pips_solve(black, bbar) != code:
            continue
        w = ' '.join('%d/%d' % (p, white[p]) for p in sorted(white))
        b = ' '.join('%d/%d' % (p, black[p]) for p in sorted(black))
        return 'W: %s; B: %s; bar W %d, B %d' % (w, b, wbar, bbar)
    raise RuntimeError('pips')


# ---------------------------------------------------------------- 6 bumps
def _bumps_solve(start, days, place):
    order = list(start)
    for day in days:
        for x, y in day:
            i, j = order.index(x), order.index(y)
            assert i == j + 1
            order[i], order[j] = order[j], order[i]
    return order[place - 1]


def enc_bumps(rng, code):
    for _ in range(2000):
        n = rng.randrange(6, 11)
        crews = distinct_numbers(rng, n, 10, 140, ())
        if code not in crews:
            crews[rng.randrange(n)] = code
            if len(set(crews)) != n:
                continue
        order = list(crews)
        start = list(order)
        days = []
        for _ in range(rng.randrange(2, 5)):
            day = []
            i = len(order) - 1
            while i >= 1:
                if rng.random() < 0.45:
                    day.append((order[i], order[i - 1]))
                    i -= 2
                else:
                    i -= 1
            for x, y in day:
                a, b = order.index(x), order.index(y)
                order[a], order[b] = order[b], order[a]
            days.append(day)
        if not any(days):
            continue
        place = order.index(code) + 1
        if _bumps_solve(start, days, place) != code:
            continue
        parts = ['start: ' + ' '.join(map(str, start))]
        for d, day in enumerate(days):
            parts.append('day %d: %s' % (d + 1, ' '.join('%d>%d' % b for b in day) if day else 'row-over'))
        parts.append('place %d' % place)
        return '; '.join(parts)
    raise RuntimeError('bumps')


# ---------------------------------------------------------------- 7 snake draft
def _draft_solve(n, rounds, trades, team, k):
    owner = {}
    for r in range(1, rounds + 1):
        order = list(range(1, n + 1)) if r % 2 else list(range(n, 0, -1))
        for pos, t in enumerate(order):
            owner[(r - 1) * n + pos + 1] = (t, r)
    picks = []
    for ov in sorted(owner):
        t, r = owner[ov]
        holder = trades.get((t, r), t)
        if holder == team:
            picks.append(ov)
    return picks[k - 1] if len(picks) >= k else None


def enc_draft(rng, code):
    for _ in range(2000):
        n = rng.randrange(6, 15)
        rounds = (code - 1) // n + 1 + rng.randrange(0, 2)
        trades = {}
        for _ in range(rng.randrange(1, 4)):
            a = rng.randrange(1, n + 1)
            r = rng.randrange(1, rounds + 1)
            b = rng.choice([x for x in range(1, n + 1) if x != a])
            trades[(a, r)] = b
        # find who holds pick `code`
        r = (code - 1) // n + 1
        pos = (code - 1) % n
        orig = pos + 1 if r % 2 else n - pos
        holder = trades.get((orig, r), orig)
        k = 1
        while _draft_solve(n, rounds, trades, holder, k) != code:
            k += 1
            if k > 40:
                break
        if k > 40:
            continue
        tr = ' '.join('%d:%d>%d' % (a, r, b) for (a, r), b in sorted(trades.items()))
        return '%d teams, %d rounds; trades %s; team %d, pick %d' % (n, rounds, tr, holder, k)
    raise RuntimeError('draft')


# ---------------------------------------------------------------- 8 whist tricks
RANKS = ['2', '3', '4', '5', '6', '7', '8', '9', '10', 'J', 'Q', 'K', 'A']
RVAL = {r: i + 2 for i, r in enumerate(RANKS)}
SUITS = 'CDHS'


def _whist_solve(trumps, tricks):
    total = 0
    for tr in tricks:
        led = tr[0][1]
        tr_cards = [c for c in tr if c[1] == trumps]
        pool = tr_cards if tr_cards else [c for c in tr if c[1] == led]
        total += max(RVAL[c[0]] for c in pool)
    return total


def enc_whist(rng, code):
    for _ in range(20000):
        trumps = rng.choice(SUITS)
        deck = [(r, s) for r in RANKS for s in SUITS]
        rng.shuffle(deck)
        nt = max(4, min(13, int(round(code / 11.6)) + rng.randrange(-1, 2)))
        tricks = [deck[4 * i:4 * i + 4] for i in range(nt)]
        if _whist_solve(trumps, tricks) != code:
            continue
        return 'trumps %s: %s' % (trumps, '; '.join(' '.join(r + s for r, s in tr) for tr in tricks))
    raise RuntimeError('whist')


# ---------------------------------------------------------------- 9 plus/minus
def _pm_solve(goals):
    pm = {}
    for scorer, kind, a_on, b_on in goals:
        if kind == 'pp':
            continue
        for p in a_on:
            pm[p] = pm.get(p, 0) + (1 if scorer == 'A' else -1)
    return sum(p for p, v in pm.items() if v >= 2)


def enc_pm(rng, code):
    for _ in range(5000):
        a_roster = list(range(12))
        goals = []
        for _ in range(rng.randrange(5, 9)):
            scorer = rng.choice('AAB')
            kind = rng.choice(['ev', 'ev', 'ev', 'pp', 'sh'])
            na = 5 if kind == 'ev' else (4 if (kind == 'pp') == (scorer == 'B') else 5)
            nb = 5 if kind == 'ev' else (9 - na)
            goals.append((scorer, kind, rng.sample(a_roster, na), rng.sample(range(12), nb)))
        pm = {}
        for scorer, kind, a_on, b_on in goals:
            if kind == 'pp':
                continue
            for p in a_on:
                pm[p] = pm.get(p, 0) + (1 if scorer == 'A' else -1)
        q = [p for p, v in pm.items() if v >= 2]
        if not 1 <= len(q) <= 3:
            continue
        nums = split_sum(rng, code, len(q), 2, 98)
        if not nums:
            continue
        amap = dict(zip(q, nums))
        rest = distinct_numbers(rng, 12 - len(q), 2, 98, set(nums))
        it = iter(rest)
        for p in range(12):
            if p not in amap:
                amap[p] = next(it)
        bmap = dict(zip(range(12), distinct_numbers(rng, 12, 2, 98)))
        g2 = [(s, k, [amap[p] for p in a], [bmap[p] for p in b]) for s, k, a, b in goals]
        if _pm_solve(g2) != code:
            continue
        return '; '.join('%s %s: A %s, B %s' % (s, k, ','.join(map(str, a)), ','.join(map(str, b))) for s, k, a, b in g2)
    raise RuntimeError('plusminus')


# ---------------------------------------------------------------- 10 knights and knaves
def _kk_holds(stmt, kn):
    kind, a, b = stmt
    if kind == 'knave':
        return not kn[a]
    if kind == 'knight':
        return kn[a]
    if kind == 'same':
        return None  # needs speaker
    if kind == 'or':
        return kn[a] or kn[b]
    raise ValueError(kind)


def _kk_consistent(notes, kn):
    for sp, (kind, a, b) in notes:
        if kind == 'same':
            v = kn[sp] == kn[a]
        else:
            v = _kk_holds((kind, a, b), kn)
        if v != kn[sp]:
            return False
    return True


def _kk_solutions(n, notes):
    sols = []
    for bits in itertools.product([False, True], repeat=n):
        if _kk_consistent(notes, bits):
            sols.append(bits)
    return sols


def enc_kk(rng, code):
    for _ in range(3000):
        n = rng.randrange(4, 7)
        truth = tuple(rng.random() < 0.5 for _ in range(n))
        kcount = sum(truth)
        if not 1 <= kcount <= 4:
            continue
        notes = []
        for _ in range(3 * n):
            sp = rng.randrange(n)
            kind = rng.choice(['knave', 'knight', 'same', 'or'])
            a = rng.choice([x for x in range(n) if x != sp])
            b = rng.choice([x for x in range(n) if x not in (sp, a)])
            if kind == 'same':
                v = truth[sp] == truth[a]
            else:
                v = _kk_holds((kind, a, b), truth)
            if v != truth[sp]:
                continue
            notes.append((sp, (kind, a, b)))
            sols = _kk_solutions(n, notes)
            if len(sols) == 1 and all(any(s == i for s, _ in notes) for i in range(n)):
                break
        if len(_kk_solutions(n, notes)) != 1:
            continue
        knights = [i for i in range(n) if truth[i]]
        nums = split_sum(rng, code, len(knights), 2, 99)
        if not nums:
            continue
        others = distinct_numbers(rng, n - len(knights), 2, 99, set(nums))
        lab = dict(zip(knights, nums))
        it = iter(others)
        for i in range(n):
            if i not in lab:
                lab[i] = next(it)
        out = []
        for sp, (kind, a, b) in notes:
            if kind == 'or':
                out.append('%d: %d or %d' % (lab[sp], lab[a], lab[b]))
            else:
                out.append('%d: %d %s' % (lab[sp], lab[a], kind))
        return '; '.join(out)
    raise RuntimeError('kk')


# ---------------------------------------------------------------- 11 du folder sizes
FOLDERS = ['curves', 'tickets', 'photos', 'reports', 'labels', 'exports', 'archive', 'scans', 'audits', 'notes']
FILES = ['a.csv', 'b.log', 'c.pdf', 'd.txt', 'e.json', 'f.png', 'g.ods', 'h.xml', 'i.md', 'j.tsv', 'k.bin', 'l.dat']


def _du_solve(tree, path):
    node = tree
    for p in path:
        node = node['dirs'][p]

    def tot(nd):
        return sum(nd['files'].values()) + sum(tot(c) for c in nd['dirs'].values())
    return tot(node)


def enc_du(rng, code):
    for _ in range(2000):
        names = rng.sample(FOLDERS, rng.randrange(3, 6))
        root = {'dirs': {}, 'files': {}}
        nodes = [((), root)]
        for nm in names:
            parent_path, parent = rng.choice(nodes)
            nd = {'dirs': {}, 'files': {}}
            parent['dirs'][nm] = nd
            nodes.append((parent_path + (nm,), nd))
        fnames = rng.sample(FILES, rng.randrange(5, 10))
        for f in fnames:
            _, nd = rng.choice(nodes)
            nd['files'][f] = 0
        target_path, target = rng.choice(nodes[1:])

        def files_under(nd):
            out = [(nd, f) for f in nd['files']]
            for c in nd['dirs'].values():
                out += files_under(c)
            return out
        inside = files_under(target)
        if not 1 <= len(inside) <= 5:
            continue
        sizes = split_sum(rng, code, len(inside), 1, 120)
        if not sizes:
            continue
        for (nd, f), s in zip(inside, sizes):
            nd['files'][f] = s
        for _, nd in nodes:
            for f in nd['files']:
                if nd['files'][f] == 0:
                    nd['files'][f] = rng.randrange(1, 400)
        if _du_solve(root, target_path) != code:
            continue
        lines = []

        def walk(nd):
            lines.append('ls')
            ents = ['dir %s' % d for d in nd['dirs']] + ['%d %s' % (s, f) for f, s in nd['files'].items()]
            rng.shuffle(ents)
            lines.extend(ents)
            for d in nd['dirs']:
                lines.append('cd %s' % d)
                walk(nd['dirs'][d])
                lines.append('cd ..')
        walk(root)
        while lines and lines[-1] == 'cd ..':
            lines.pop()
        lines.append('du /%s' % '/'.join(target_path))
        return '; '.join(lines)
    raise RuntimeError('du')


# ---------------------------------------------------------------- 12 comparator network
def _net_solve(values, comps, w):
    v = list(values)
    for i, j in comps:
        if v[i - 1] > v[j - 1]:
            v[i - 1], v[j - 1] = v[j - 1], v[i - 1]
    return v[w - 1]


def enc_net(rng, code):
    for _ in range(2000):
        n = rng.randrange(5, 9)
        vals = distinct_numbers(rng, n - 1, 10, 150, {code}) + [code]
        rng.shuffle(vals)
        comps = []
        for _ in range(rng.randrange(6, 13)):
            i, j = sorted(rng.sample(range(1, n + 1), 2))
            comps.append((i, j))
        v = list(vals)
        for i, j in comps:
            if v[i - 1] > v[j - 1]:
                v[i - 1], v[j - 1] = v[j - 1], v[i - 1]
        w = v.index(code) + 1
        if _net_solve(vals, comps, w) != code:
            continue
        return '%s; %s; read %d' % (' '.join(map(str, vals)), ' '.join('%d:%d' % c for c in comps), w)
    raise RuntimeError('net')


# ---------------------------------------------------------------- 13 depot loop
def _loop_ok(fuel, cost, s):
    tank = 0
    n = len(fuel)
    for k in range(n):
        i = (s + k) % n
        tank += fuel[i] - cost[i]
        if tank < 0:
            return False
    return True


def enc_loop(rng, code):
    for _ in range(5000):
        n = rng.randrange(5, 9)
        fuel = [rng.randrange(2, 30) for _ in range(n)]
        cost = [rng.randrange(2, 30) for _ in range(n)]
        if sum(fuel) < sum(cost):
            continue
        ok = [s for s in range(n) if _loop_ok(fuel, cost, s)]
        if len(ok) != 1:
            continue
        labels = distinct_numbers(rng, n, 10, 140, {code})
        labels[ok[0]] = code
        return ' '.join('%d:%d/%d' % (labels[i], fuel[i], cost[i]) for i in range(n))
    raise RuntimeError('loop')


# ---------------------------------------------------------------- 14 CIDR gateway
def _ip(s):
    a = [int(x) for x in s.split('.')]
    return (a[0] << 24) | (a[1] << 16) | (a[2] << 8) | a[3]


def _cidr_solve(dest, entries):
    d = _ip(dest)
    best = None
    for pfx, ln, gw in entries:
        mask = 0 if ln == 0 else ((0xFFFFFFFF << (32 - ln)) & 0xFFFFFFFF)
        if (_ip(pfx) & mask) == (d & mask) and (best is None or ln > best[0]):
            best = (ln, gw)
    return best[1]


def enc_cidr(rng, code):
    for _ in range(2000):
        base = [10, 148]
        dest = base + [rng.randrange(0, 256), rng.randrange(1, 255)]
        ds = '.'.join(map(str, dest))
        entries = [('0.0.0.0', 0)]
        for ln in rng.sample([8, 16, 24, 32], rng.randrange(2, 4)):
            octs = ln // 8
            p = dest[:octs] + [0] * (4 - octs)
            entries.append(('.'.join(map(str, p)), ln))
        for _ in range(rng.randrange(2, 4)):
            ln = rng.choice([16, 24, 32])
            octs = ln // 8
            p = list(dest[:octs])
            p[-1] = (p[-1] + rng.randrange(1, 5)) % 256
            p = p + [0] * (4 - octs)
            entries.append(('.'.join(map(str, p)), ln))
        entries = list(dict.fromkeys(entries))
        gws = distinct_numbers(rng, len(entries), 10, 140, {code})
        match = [(ln, i) for i, (pf, ln) in enumerate(entries)
                 if (_ip(pf) >> (32 - ln) if ln else 0) == (_ip(ds) >> (32 - ln) if ln else 0)]
        best = max(match)[1]
        gws[best] = code
        ent = [(pf, ln, gws[i]) for i, (pf, ln) in enumerate(entries)]
        rng.shuffle(ent)
        if _cidr_solve(ds, ent) != code:
            continue
        return 'to %s: %s' % (ds, ', '.join('%s/%d>%d' % e for e in ent))
    raise RuntimeError('cidr')


# ---------------------------------------------------------------- 15 fnmatch
STEMS = ['curve', 'ticket', 'label', 'scan', 'audit', 'report', 'sheet', 'photo']
EXTS = ['csv', 'pdf', 'txt', 'png', 'log', 'json']


def _glob_regex(pat):
    import re
    out = ''
    i = 0
    while i < len(pat):
        c = pat[i]
        if c == '*':
            out += '.*'
        elif c == '?':
            out += '.'
        elif c == '[':
            j = pat.index(']', i)
            body = pat[i + 1:j]
            if body.startswith('!'):
                out += '[^' + re.escape(body[1:]) + ']'
            else:
                out += '[' + re.escape(body) + ']'
            i = j
        else:
            out += re.escape(c)
        i += 1
    return re.compile('^' + out + '$')


def _glob_solve(pat, files):
    rx = _glob_regex(pat)
    return sum(s for n, s in files if rx.match(n))


def enc_glob(rng, code):
    for _ in range(3000):
        stem = rng.choice(STEMS)
        ext = rng.choice(EXTS)
        shape = rng.randrange(4)
        if shape == 0:
            pat = '%s_?[%s].%s' % (stem, ''.join(rng.sample('0123456789', 3)), ext)
        elif shape == 1:
            pat = '%s*[!%s].%s' % (stem, ''.join(rng.sample('0123456789', 3)), ext)
        elif shape == 2:
            pat = '*_2?.%s' % ext
        else:
            pat = '[%s]*.%s' % (''.join(rng.sample('abcdefghprst', 3)), ext)
        names = set()
        while len(names) < rng.randrange(6, 11):
            names.add('%s_%d%d.%s' % (rng.choice(STEMS), rng.randrange(10), rng.randrange(10), rng.choice(EXTS)))
        names = sorted(names)
        rng.shuffle(names)
        rx = _glob_regex(pat)
        hits = [n for n in names if rx.match(n)]
        if not 1 <= len(hits) <= 4:
            continue
        sizes = split_sum(rng, code, len(hits), 1, 120)
        if not sizes:
            continue
        sz = dict(zip(hits, sizes))
        files = [(n, sz.get(n, rng.randrange(1, 300))) for n in names]
        if _glob_solve(pat, files) != code:
            continue
        return '%s: %s' % (pat, ' '.join('%s=%d' % f for f in files))
    raise RuntimeError('glob')


# ---------------------------------------------------------------- 16 chess attackers
FILESC = 'abcdefgh'


def _chess_solve(king, pieces):
    kf, kr = king
    occ = {(f, r) for _, f, r, _ in pieces}
    occ.add(king)
    tot = 0
    for kind, f, r, num in pieces:
        df, dr = kf - f, kr - r
        hit = False
        if kind == 'N':
            hit = (abs(df), abs(dr)) in ((1, 2), (2, 1))
        elif kind == 'P':
            hit = dr == -1 and abs(df) == 1
        else:
            line = (df == 0 or dr == 0)
            diag = abs(df) == abs(dr) and df != 0
            if (kind == 'R' and line) or (kind == 'B' and diag) or (kind == 'Q' and (line or diag)):
                sf = (df > 0) - (df < 0)
                sr = (dr > 0) - (dr < 0)
                x, y = f + sf, r + sr
                hit = True
                while (x, y) != king:
                    if (x, y) in occ:
                        hit = False
                        break
                    x, y = x + sf, y + sr
        if hit:
            tot += num
    return tot


def enc_chess(rng, code):
    for _ in range(5000):
        king = (rng.randrange(8), rng.randrange(8))
        sq = [(f, r) for f in range(8) for r in range(8) if (f, r) != king]
        spots = rng.sample(sq, rng.randrange(5, 10))
        kinds = [rng.choice('QRBNPPN') for _ in spots]
        pieces = [(k, f, r, 0) for k, (f, r) in zip(kinds, spots) if not (k == 'P' and r in (0, 7))]
        # which attack
        att = []
        for i, p in enumerate(pieces):
            if _chess_solve(king, [(p[0], p[1], p[2], 1)] + [(q[0], q[1], q[2], 0) for j, q in enumerate(pieces) if j != i]):
                att.append(i)
        if not 1 <= len(att) <= 3:
            continue
        nums = split_sum(rng, code, len(att), 1, 99)
        if not nums:
            continue
        others = distinct_numbers(rng, len(pieces) - len(att), 1, 99, set(nums))
        lab = dict(zip(att, nums))
        it = iter(others)
        pieces = [(k, f, r, lab[i] if i in lab else next(it)) for i, (k, f, r, _) in enumerate(pieces)]
        if _chess_solve(king, pieces) != code:
            continue
        return 'K %s%d; %s' % (FILESC[king[0]], king[1] + 1, ' '.join('%s %s%d=%d' % (k, FILESC[f], r + 1, n) for k, f, r, n in pieces))
    raise RuntimeError('chess')


# ---------------------------------------------------------------- 17 sailing low point
def _sail_solve(n, races):
    sc = [n + 1 if x in ('DNF', 'DNS', 'OCS') else int(x) for x in races]
    return sum(sc) - max(sc)


def enc_sail(rng, code):
    for _ in range(5000):
        n = rng.randrange(12, 21)
        r = rng.randrange(6, 11)
        if not r - 1 <= code <= (r - 1) * n:
            continue
        kept = [rng.randrange(1, n + 1) for _ in range(r - 1)]
        diff = code - sum(kept)
        for _ in range(400):
            if diff == 0:
                break
            i = rng.randrange(r - 1)
            step = 1 if diff > 0 else -1
            if 1 <= kept[i] + step <= n:
                kept[i] += step
                diff -= step
        if diff:
            continue
        worst = rng.randrange(max(kept), n + 2)
        races = [str(x) for x in kept]
        races.insert(rng.randrange(r), rng.choice(['DNF', 'DNS', 'OCS']) if worst == n + 1 else str(worst))
        if _sail_solve(n, races) != code:
            continue
        boats = ['Nettle', 'Bine', 'Swift', 'Heron', 'Moth', 'Tern', 'Osprey', 'Kestrel']
        names = rng.sample(boats, rng.randrange(3, 5))
        rows = ['%s*: %s' % (names[0], ' '.join(races))]
        for nm in names[1:]:
            other = []
            for k in range(r):
                x = races[k]
                taken = int(x) if x.isdigit() else -1
                v = rng.choice([y for y in range(1, n + 1) if y != taken])
                other.append(str(v) if rng.random() > 0.08 else 'DNS')
            rows.append('%s: %s' % (nm, ' '.join(other)))
        rng.shuffle(rows)
        return '%d boats; %s' % (n, '; '.join(rows))
    raise RuntimeError('sail')


# ---------------------------------------------------------------- 18 offside
def _offside_solve(ball, defenders, attackers):
    d = sorted(defenders)
    second = d[1]
    return sum(num for num, x in attackers if x < 52.5 and x < ball and x < second)


def enc_offside(rng, code):
    for _ in range(5000):
        defenders = [round(rng.uniform(0.5, 6), 1)] + [round(rng.uniform(8, 45), 1) for _ in range(rng.randrange(4, 10))]
        if len(set(defenders)) != len(defenders):
            continue
        second = sorted(defenders)[1]
        ball = round(rng.uniform(5, 70), 1)
        attackers = []
        for _ in range(rng.randrange(3, 7)):
            attackers.append(round(rng.uniform(3, 65), 1))
        off = [i for i, x in enumerate(attackers) if x < 52.5 and x < ball and x < second]
        if not 1 <= len(off) <= 3:
            continue
        nums = split_sum(rng, code, len(off), 2, 99)
        if not nums:
            continue
        others = distinct_numbers(rng, len(attackers) - len(off), 2, 99, set(nums))
        lab = dict(zip(off, nums))
        it = iter(others)
        att = [(lab[i] if i in lab else next(it), x) for i, x in enumerate(attackers)]
        if _offside_solve(ball, defenders, att) != code:
            continue
        rng.shuffle(defenders)
        return 'ball %.1f; D: %s; A: %s' % (ball, ' '.join('%.1f' % x for x in defenders),
                                           ' '.join('%d@%.1f' % a for a in att))
    raise RuntimeError('offside')


# ---------------------------------------------------------------- 19 volleyball
def _volley_solve(a, b, first, rallies):
    a = list(a)
    serving = first
    for w in rallies:
        if w != serving:
            serving = w
            if w == 'A':
                a = a[1:] + a[:1]
    return a[0]


def enc_volley(rng, code):
    for _ in range(2000):
        first = rng.choice('AB')
        rallies = [rng.choice('AB') for _ in range(rng.randrange(8, 22))]
        rot = 0
        serving = first
        for w in rallies:
            if w != serving:
                serving = w
                if w == 'A':
                    rot += 1
        pos = rot % 6
        shirts = distinct_numbers(rng, 6, 1, 99, {code})
        shirts[pos] = code
        bs = distinct_numbers(rng, 6, 1, 99)
        if _volley_solve(shirts, bs, first, rallies) != code:
            continue
        return 'A: %s; B: %s; first serve %s; rallies %s' % (' '.join(map(str, shirts)), ' '.join(map(str, bs)), first, ''.join(rallies))
    raise RuntimeError('volley')


# ---------------------------------------------------------------- 20 Buchholz
LETTERS = 'ABCDEFGHJKLMNPQR'


def _buch_solve(rounds, who):
    score = {}
    opp = {}
    for rd in rounds:
        for a, b, ra, rb in rd:
            score[a] = score.get(a, 0) + ra
            score[b] = score.get(b, 0) + rb
            opp.setdefault(a, []).append(b)
            opp.setdefault(b, []).append(a)
    return sum(score[o] for o in opp[who])


def _buch_all(rounds, n):
    return {p: _buch_solve(rounds, p) for p in LETTERS[:n]}


def enc_buch(rng, code):
    import math
    steps = [(2, 0), (1, 1), (0, 2)]
    for _ in range(500):
        R = max(4, min(12, int(round(math.sqrt(code))) + rng.randrange(-1, 2)))
        n = rng.choice([n for n in (8, 10, 12, 14, 16) if n >= R + 4])
        players = list(LETTERS[:n])
        met = set()
        rounds = []
        ok = True
        for _r in range(R):
            for _t in range(300):
                rng.shuffle(players)
                pairs = [(players[2 * i], players[2 * i + 1]) for i in range(n // 2)]
                if not any(frozenset(p) in met for p in pairs):
                    break
            else:
                ok = False
                break
            rd = []
            for a, b in pairs:
                met.add(frozenset((a, b)))
                rd.append([a, b] + list(rng.choice(steps)))
            rounds.append(rd)
        if not ok:
            continue
        for _step in range(300):
            bs = _buch_all(rounds, n)
            hits = [p for p in bs if bs[p] == code]
            if hits:
                break
            who = min(bs, key=lambda p: (abs(bs[p] - code), p))
            need = 1 if code > bs[who] else -1
            opps = set()
            for rd in rounds:
                for g in rd:
                    if who in g[:2]:
                        opps.add(g[1] if g[0] == who else g[0])
            cands = []
            for rd in rounds:
                for g in rd:
                    if who in g[:2]:
                        continue
                    for side in (0, 1):
                        if g[side] in opps and g[1 - side] not in opps:
                            cur = g[2 + side]
                            if 0 <= cur + need <= 2:
                                cands.append((g, side))
            if not cands:
                break
            g, side = rng.choice(cands)
            g[2 + side] += need
            g[3 - side] = 2 - g[2 + side]
        bs = _buch_all(rounds, n)
        hits = [p for p in bs if bs[p] == code]
        if not hits:
            continue
        who = rng.choice(hits)
        rtup = [[tuple(g) for g in rd] for rd in rounds]
        if _buch_solve(rtup, who) != code:
            continue
        return '%s; player %s' % ('; '.join(', '.join('%s-%s %d-%d' % g for g in rd) for rd in rtup), who)
    raise RuntimeError('buch')


# ---------------------------------------------------------------- 21 Accept negotiation
MEDIA = ['text/html', 'text/csv', 'text/plain', 'application/json', 'application/xml', 'application/pdf',
         'image/png', 'image/webp']


def _q_of(t, ranges):
    typ, sub = t.split('/')
    best = None
    for r, q in ranges:
        rt, rs = r.split('/')
        if r == t:
            spec = 3
        elif rt == typ and rs == '*':
            spec = 2
        elif r == '*/*':
            spec = 1
        else:
            continue
        if best is None or spec > best[0]:
            best = (spec, q)
    return best[1] if best else 0.0


def _accept_solve(ranges, offers):
    best = None
    for num, t in offers:
        q = _q_of(t, ranges)
        if q > 0 and (best is None or q > best[0]):
            best = (q, num)
    return best[1] if best else None


def enc_accept(rng, code):
    for _ in range(3000):
        ranges = []
        used = set()
        for _ in range(rng.randrange(3, 6)):
            k = rng.randrange(3)
            r = rng.choice(MEDIA) if k == 0 else (rng.choice(['text', 'application', 'image']) + '/*' if k == 1 else '*/*')
            if r in used:
                continue
            used.add(r)
            q = rng.choice([1.0, 0.9, 0.8, 0.7, 0.5, 0.3, 0.1, 0.0])
            ranges.append((r, q))
        offers_t = rng.sample(MEDIA, rng.randrange(3, 6))
        labels = distinct_numbers(rng, len(offers_t), 10, 140, {code})
        qs = [_q_of(t, ranges) for t in offers_t]
        if max(qs) <= 0:
            continue
        top = max(qs)
        win = qs.index(top)
        labels[win] = code
        offers = list(zip(labels, offers_t))
        if _accept_solve(ranges, offers) != code:
            continue
        acc = ', '.join(r if (q == 1.0 and rng.random() < 0.6) else '%s;q=%g' % (r, q) for r, q in ranges)
        return 'Accept: %s; offers: %s' % (acc, ' '.join('%d=%s' % o for o in offers))
    raise RuntimeError('accept')


# ---------------------------------------------------------------- 22 athletics heats
def _heats_solve(k, m, heats):
    rest = []
    for h in heats:
        srt = sorted(h, key=lambda x: x[1])
        rest += srt[k:]
    rest.sort(key=lambda x: x[1])
    return sum(b for b, _ in rest[:m])


def enc_heats(rng, code):
    for _ in range(3000):
        nh = rng.randrange(2, 5)
        k = rng.randrange(2, 4)
        m = rng.randrange(1, 4)
        times = set()
        heats = []
        for _ in range(nh):
            h = []
            for _ in range(rng.randrange(k + 2, 9)):
                while True:
                    t = round(rng.uniform(52.0, 62.0), 2)
                    if t not in times:
                        times.add(t)
                        break
                h.append([0, t])
            heats.append(h)
        rest = []
        for h in heats:
            rest += sorted(h, key=lambda x: x[1])[k:]
        rest.sort(key=lambda x: x[1])
        if len(rest) < m + 1:
            continue
        qs = rest[:m]
        nums = split_sum(rng, code, m, 2, 99)
        if not nums:
            continue
        allr = [r for h in heats for r in h]
        others = distinct_numbers(rng, len(allr) - m, 2, 199, set(nums))
        it = iter(others)
        qids = {id(r) for r in qs}
        for r in allr:
            if id(r) not in qids:
                r[0] = next(it)
        for r, n in zip(qs, nums):
            r[0] = n
        hh = [[(b, t) for b, t in h] for h in heats]
        if _heats_solve(k, m, hh) != code:
            continue
        return 'Q %d + q %d: %s' % (k, m, '; '.join('heat %d %s' % (i + 1, ' '.join('%d=%.2f' % r for r in h)) for i, h in enumerate(hh)))
    raise RuntimeError('heats')


ENC = {}
