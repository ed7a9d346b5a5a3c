"""Independent decoders for the p271 evasion encodings.  Gets only the encoding
name and the run; imports nothing from the encoder or the common module."""
import functools
import heapq
import itertools
import re

SEP = {'collatz_hailstone_halving_trips': ' / ', 'abelian_sandpile_tin_topplings': ' ; ',
       'chang_roberts_election_hops': ' / '}


def _pieces(name, run):
    return run.split(SEP.get(name, ' | '))


def d_hail(p):
    n = int(p.strip('()'))

    @functools.lru_cache(maxsize=None)
    def steps(m):
        if m == 1:
            return 0
        return 1 + steps(m // 2 if m % 2 == 0 else 3 * m + 1)
    return steps(n)


def d_sand(p):
    row = [int(x) for x in p.strip('[]').split()]
    total = 0
    while True:
        fire = [1 if v >= 2 else 0 for v in row]
        if not any(fire):
            return total
        total += sum(fire)
        new = [v - 2 * f for v, f in zip(row, fire)]
        for i, f in enumerate(fire):
            if f:
                if i - 1 >= 0:
                    new[i - 1] += 1
                if i + 1 < len(row):
                    new[i + 1] += 1
        row = new


def d_conker(p):
    head, bouts = p.split(': ')
    sc = {}
    for tok in head.split():
        sc[tok[0]] = int(tok[1:])
    for b in bouts.split():
        w, l = b.split('>')
        sc[w] += sc.pop(l) + 1
    return sc['A']


def d_xc(p):
    counts = {}
    for ch in p:
        counts[ch] = counts.get(ch, 0) + 1
    kept = [ch for ch in p if counts[ch] >= 5]
    return sum(i + 1 for i, ch in enumerate(kept) if ch == 'A' and kept[:i + 1].count('A') <= 5)


def d_garden(p):
    g = p.split('/')
    R, C = len(g), len(g[0])

    @functools.lru_cache(maxsize=None)
    def f(i, j):
        if i >= R or j >= C or g[i][j] == '#':
            return 0
        if (i, j) == (R - 1, C - 1):
            return 1
        return f(i + 1, j) + f(i, j + 1)
    return f(0, 0)


def d_strip(p):
    words, strip = p.split(': ')
    ws = words.split(',')

    @functools.lru_cache(maxsize=None)
    def f(i):
        if i == len(strip):
            return 1
        return sum(f(i + len(w)) for w in ws if strip.startswith(w, i))
    return f(0)


def d_refuel(p):
    st = []
    for tok in p.split():
        lab, fc = tok.split(':')
        f, c = fc.split('/')
        st.append((int(lab), int(f), int(c)))
    start, tank, total = 0, 0, 0
    for i, (_, f, c) in enumerate(st):
        total += f - c
        tank += f - c
        if tank < 0:
            start, tank = i + 1, 0
    return st[start][0]


def d_celeb(p):
    head, rels = p.split(': ')
    guests = [int(x) for x in head.split()[1].split(',')]
    knows = set(tuple(int(y) for y in r.split('>')) for r in rels.split())
    cand = guests[0]
    for g in guests[1:]:
        if (cand, g) in knows:
            cand = g
    assert all((g, cand) in knows and (cand, g) not in knows for g in guests if g != cand)
    return cand


def d_vi(p):
    keys, text = p.split(' \u00bb ')
    pos = 0  # 0-based index
    L = len(text)

    def is_w(i):
        return 0 <= i < L and text[i] != ' '
    for tok in keys.split():
        n = int(tok[:-1]) if tok[:-1] else 1
        for _ in range(n):
            k = tok[-1]
            if k == 'w':
                j = pos
                while is_w(j):
                    j += 1
                while j < L and not is_w(j):
                    j += 1
                if j < L:
                    pos = j
            elif k == 'e':
                if is_w(pos + 1):
                    while is_w(pos + 1):
                        pos += 1
                else:
                    j = pos + 1
                    while j < L and not is_w(j):
                        j += 1
                    if j < L:
                        while is_w(j + 1):
                            j += 1
                        pos = j
            elif k == 'b':
                if is_w(pos - 1):
                    while is_w(pos - 1):
                        pos -= 1
                else:
                    j = pos - 1
                    while j >= 0 and not is_w(j):
                        j -= 1
                    if j >= 0:
                        while is_w(j - 1):
                            j -= 1
                        pos = j
    return pos + 1


def d_life(p):
    rows = p.split('/')
    live = {(i, j) for i, r in enumerate(rows) for j, ch in enumerate(r) if ch == 'o'}
    R, C = len(rows), len(rows[0])
    nxt = set()
    for i in range(R):
        for j in range(C):
            n = len(live & {(i + a, j + b) for a in (-1, 0, 1) for b in (-1, 0, 1) if a or b})
            if n == 3 or (n == 2 and (i, j) in live):
                nxt.add((i, j))
    return sum(j + 1 for _, j in nxt)


def d_ring(p):
    ids = [int(x) for x in p.strip('()').split()]
    n = len(ids)
    msgs = [(i, v) for i, v in enumerate(ids)]  # message v currently held at station i, about to be sent
    sends = 0
    while msgs:
        new = []
        for i, v in msgs:
            j = (i + 1) % n
            sends += 1
            if ids[j] < v:
                new.append((j, v))
        msgs = new
    return sends


def d_rps(p):
    players = []
    for tok in p.split():
        lab, th = tok.split('=')
        players.append((int(lab), th))
    win = {'RS', 'SP', 'PR'}
    while len(players) > 1:
        nxt = []
        for a, b in zip(players[::2], players[1::2]):
            for x, y in zip(a[1], b[1]):
                if x != y:
                    nxt.append(a if x + y in win else b)
                    break
        players = nxt
    return players[0][0]


def _sql_eval(cond, a, b):
    toks = re.findall(r'<>|<=|>=|[=<>()]|[A-Za-z]+|\d+', cond)
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        pos[0] += 1
        return toks[pos[0] - 1]

    def val(t):
        if t == 'a':
            return a
        if t == 'b':
            return b
        return int(t)

    def comparison():
        if peek() == 'NOT':
            take()
            v = comparison()
            return None if v is None else (not v)
        if peek() == '(':
            take()
            v = disj()
            take()
            return v
        x = val(take())
        op = take()
        y = val(take())
        if x is None or y is None:
            return None
        return {'=': x == y, '<>': x != y, '<': x < y, '>': x > y, '<=': x <= y, '>=': x >= y}[op]

    def conj():
        v = comparison()
        while peek() == 'AND':
            take()
            w = comparison()
            v = False if (v is False or w is False) else (None if (v is None or w is None) else True)
        return v

    def disj():
        v = conj()
        while peek() == 'OR':
            take()
            w = conj()
            v = True if (v is True or w is True) else (None if (v is None or w is None) else False)
        return v
    return disj()


def d_sql(p):
    cond, rows = p[len('WHERE '):].split(': ')
    tot = 0
    for a, b, m in re.findall(r'\(([-\d]+),([-\d]+),(\d+)\)', rows):
        av = None if a == '-' else int(a)
        bv = None if b == '-' else int(b)
        if _sql_eval(cond, av, bv) is True:
            tot += int(m)
    return tot


def d_recaman(p):
    s, n = map(int, re.findall(r'\d+', p))
    visited = [s]
    for k in range(1, n + 1):
        down = visited[-1] - k
        visited.append(down if down > 0 and down not in visited else visited[-1] + k)
    return visited[-1]


def d_guess(p):
    head, rest = p.split(': ')
    w = int(head[2:])
    best = None
    for tok in rest.split():
        lab, g = map(int, tok.split('='))
        if g <= w and (best is None or g > best[1]):
            best = (lab, g)
    return best[0]


def d_shoot(p):
    kicks = []
    for rnd in p.split():
        h, a = rnd.split('-')
        kicks.append((int(h[:-1]), h[-1] == 'o'))
        kicks.append((int(a[:-1]), a[-1] == 'o'))
    goals = [0, 0]
    taken = [0, 0]
    for i, (bib, ok) in enumerate(kicks):
        side = i % 2
        taken[side] += 1
        goals[side] += ok
        if taken[0] <= 5 and taken[1] <= 5 and not (taken[0] == 5 and taken[1] == 5 and side == 1 and goals[0] == goals[1]):
            left = [5 - taken[0], 5 - taken[1]]
            if goals[0] + left[0] < goals[1] or goals[1] + left[1] < goals[0]:
                return bib
        elif side == 1 and taken[0] > 5 and goals[0] != goals[1]:
            return bib
    raise ValueError('undecided')


def d_stop(p):
    head, rest = p.split(': ')
    k = int(head.split()[1])
    cands = [tuple(map(int, t.split('='))) for t in rest.split()]
    top = max(m for _, m in cands[:k])
    for lab, m in cands[k:]:
        if m > top:
            return lab
    return cands[-1][0]


def d_bridge(p):
    t = [int(x) for x in p.strip('()').split()]
    n = len(t)
    full = (1 << n) - 1
    dist = {(0, 0): 0}
    pq = [(0, 0, 0)]
    while pq:
        d, far, side = heapq.heappop(pq)
        if far == full:
            return d
        if d > dist.get((far, side), 1 << 30):
            continue
        here = [i for i in range(n) if bool(far >> i & 1) == bool(side)]
        moves = []
        if side == 0:
            for i, j in itertools.combinations_with_replacement(here, 2):
                moves.append((far | (1 << i) | (1 << j), 1, max(t[i], t[j])))
        else:
            for i in here:
                moves.append((far & ~(1 << i), 0, t[i]))
        for nf, ns, c in moves:
            if d + c < dist.get((nf, ns), 1 << 30):
                dist[(nf, ns)] = d + c
                heapq.heappush(pq, (d + c, nf, ns))
    raise ValueError


def d_dom(p):
    elems = []
    for part in p.split(' > '):
        tag, ls = part[:-1].split('[')
        elems.append([(int(m.group(1)), m.group(2), m.group(3) == '!') for m in re.finditer(r'(\d+):([cb])(!?)', ls)])
    path = [(e, 'c') for e in elems[:-1]] + [(elems[-1], 't')] + [(e, 'b') for e in reversed(elems[:-1])]
    tot = 0
    for listeners, phase in path:
        stop = False
        for num, ph, st in listeners:
            if phase == 't' or ph == phase:
                tot += num
                stop |= st
        if stop:
            break
    return tot


def d_sig(p):
    per_day = {'o.d.': 1, 'b.d.': 2, 't.d.s.': 3, 'q.d.s.': 4}
    tot = 0
    for line in p.split('; '):
        m = re.match(r'(\d+) \w+ (o\.d\.|b\.d\.|t\.d\.s\.|q\.d\.s\.) x (\d+)/(7|52)$', line)
        q, f, n, unit = int(m.group(1)), per_day[m.group(2)], int(m.group(3)), m.group(4)
        tot += q * f * n * (7 if unit == '52' else 1)
    return tot


def d_gossip(p):
    head, calls = p.split(': ')
    idx = {}
    cnt = []
    for tok in head.split():
        idx[tok[0]] = len(cnt)
        cnt.append(int(tok[1:]))
    mask = [1 << i for i in range(len(cnt))]
    for c in calls.split():
        x, y = idx[c[0]], idx[c[1]]
        mask[x] = mask[y] = mask[x] | mask[y]
    return sum(cnt[i] for i in range(len(cnt)) if mask[idx['A']] >> i & 1)


def d_mode(p):
    head, rest = p.split(': ', 1)
    m = re.match(r'user (\S+) in (\S+)', head)
    user, groups = m.group(1), m.group(2).split(',')
    tot = 0
    for f in rest.split('; '):
        mode, owner, group, size, _ = f.split()
        cls = mode[0:3] if owner == user else (mode[3:6] if group in groups else mode[6:9])
        if cls.startswith('r'):
            tot += int(size)
    return tot


DEC = {'collatz_hailstone_halving_trips': d_hail, 'abelian_sandpile_tin_topplings': d_sand,
       'conker_smash_inheritance': d_conker, 'cross_country_team_placings': d_xc,
       'hedge_lawn_monotone_journeys': d_garden, 'unspaced_strip_segmentations': d_strip,
       'refuel_van_depot_circuit': d_refuel, 'party_guest_celebrity_finder': d_celeb,
       'vi_cursor_motion_columns': d_vi, 'conway_seedling_bed_colsums': d_life,
       'chang_roberts_election_hops': d_ring, 'rock_paper_scissors_knockout_winners': d_rps,
       'sql_null_unknown_filtering': d_sql, 'recaman_jump_landings': d_recaman,
       'weigh_booth_overshoot_elimination': d_guess, 'penalty_shootout_clinching_bibs': d_shoot,
       'optimal_stopping_interview_hires': d_stop, 'lantern_rope_bridge_crossings': d_bridge,
       'dom_click_listener_propagation': d_dom, 'apothecary_dosage_direction_units': d_sig,
       'telephone_gossip_recipe_knowledge': d_gossip, 'unix_mode_triplet_readability': d_mode}


def decode(name, run):
    return ''.join(chr(DEC[name](p)) for p in _pieces(name, run))
