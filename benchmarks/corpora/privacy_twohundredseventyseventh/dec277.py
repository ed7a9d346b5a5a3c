"""Independent decoders of the 22 p277 evasion encodings.

decode(encoding, run) -> the hidden string. Imports nothing from the encoder or common277;
each answer is worked out its own way (see the README for how the two sides differ).
"""
import itertools
import re
from collections import Counter, defaultdict


def _kalah(u):
    board, moves = u.split('; moves ')
    order = []
    cnt = []
    for tok in board.split():
        order.append(tok[0])
        cnt.append(int(tok[1:]))
    for mv in [m.strip() for m in moves.split(',')]:
        i = order.index(mv)
        seeds = cnt[i]
        cnt[i] = 0
        skip = order.index('N') if mv in 'abcdef' else order.index('S')
        path = [j % 14 for j in range(i + 1, i + 15) if j % 14 != skip]  # 13 holes, pit itself last
        laps, rem = divmod(seeds, 13)
        for j in path:
            cnt[j] += laps
        for j in path[:rem]:
            cnt[j] += 1
    return cnt[order.index('S')] + cnt[order.index('N')]


def _curling(u):
    stones = []
    for tok in u.split():
        m = re.match(r'^([RY])(\d+)=(\d+)$', tok)
        stones.append((m.group(1), int(m.group(2)), int(m.group(3))))
    house = [s for s in stones if s[2] <= 183]
    shot = min(house, key=lambda s: s[2])
    team = shot[0]
    total = 0
    for t, n, d in house:
        if t == team and all(d < d2 for t2, _, d2 in house if t2 != team):
            total += n
    return total


def _baseball(u):
    runners = []  # [number, base] with base 1..3
    outs = 0
    total = 0
    for tok in u.split():
        num, res = tok.split(':')
        num = int(num)
        if outs == 3:
            break
        if res in ('K', 'F', 'G'):
            outs += 1
        elif res == 'BB':
            occupied = {b for _, b in runners}
            forced = 1
            while forced in occupied:
                forced += 1
            for r in runners:
                if r[1] < forced:
                    r[1] += 1
            runners.append([num, 1])
        else:
            adv = {'1B': 1, '2B': 2, '3B': 3, 'HR': 4}[res]
            for r in runners:
                r[1] += adv
            runners.append([num, adv])
        keep = []
        for r in runners:
            if r[1] >= 4:
                total += r[0]
            else:
                keep.append(r)
        runners = keep
    return total


def _skins(u):
    head, body = u.split('; ', 1)
    m = re.match(r'^for (\w+): values ([\d ]+)$', head)
    who = m.group(1)
    values = [int(x) for x in m.group(2).split()]
    cards = {}
    for part in body.split(', '):
        name, *sc = part.split()
        cards[name] = [int(x) for x in sc]
    pot = 0
    mine = 0
    for h, v in enumerate(values):
        pot += v
        col = Counter(c[h] for c in cards.values())
        low = min(col)
        if col[low] == 1:
            if cards[who][h] == low:
                mine += pot
            pot = 0
    return mine


def _pips(u):
    m = re.match(r'^W: (.*); B: (.*); bar W (\d+), B (\d+)$', u)
    tot = 25 * int(m.group(4))
    for tok in m.group(2).split():
        p, n = tok.split('/')
        tot += (25 - int(p)) * int(n)
    return tot


def _bumps(u):
    parts = u.split('; ')
    order = [int(x) for x in parts[0][len('start: '):].split()]
    place = int(parts[-1].split()[1])
    for day in parts[1:-1]:
        body = day.split(': ', 1)[1]
        if body == 'row-over':
            continue
        pos = {c: i for i, c in enumerate(order)}
        new = list(order)
        for b in body.split():
            x, y = (int(v) for v in b.split('>'))
            new[pos[x]], new[pos[y]] = y, x
        order = new
    return order[place - 1]


def _draft(u):
    m = re.match(r'^(\d+) teams, (\d+) rounds; trades (.*); team (\d+), pick (\d+)$', u)
    n, rounds, team, k = int(m.group(1)), int(m.group(2)), int(m.group(4)), int(m.group(5))
    trades = {}
    for t in m.group(3).split():
        a, rest = t.split(':')
        r, b = rest.split('>')
        trades[(int(a), int(r))] = int(b)
    overall = 0
    mine = []
    for r in range(1, rounds + 1):
        seq = range(1, n + 1) if r % 2 == 1 else range(n, 0, -1)
        for t in seq:
            overall += 1
            if trades.get((t, r), t) == team:
                mine.append(overall)
    return mine[k - 1]


def _whist(u):
    m = re.match(r'^trumps ([CDHS]): (.*)$', u)
    trumps = m.group(1)
    val = {'J': 11, 'Q': 12, 'K': 13, 'A': 14}
    tot = 0
    for trick in m.group(2).split('; '):
        cards = [(c[:-1], c[-1]) for c in trick.split()]
        led = cards[0][1]

        def key(c):
            v = val.get(c[0]) or int(c[0])
            return (c[1] == trumps, c[1] == led, v)
        best = max(cards, key=key)
        tot += val.get(best[0]) or int(best[0])
    return tot


def _pm(u):
    score = Counter()
    for g in u.split('; '):
        m = re.match(r'^([AB]) (ev|pp|sh): A ([\d,]+), B ([\d,]+)$', g)
        if m.group(2) == 'pp':
            continue
        d = 1 if m.group(1) == 'A' else -1
        for p in m.group(3).split(','):
            score[int(p)] += d
    return sum(p for p, v in score.items() if v >= 2)


def _kk(u):
    notes = []
    people = set()
    for n in u.split('; '):
        m = re.match(r'^(\d+): (\d+) or (\d+)$', n)
        if m:
            notes.append((int(m.group(1)), 'or', int(m.group(2)), int(m.group(3))))
        else:
            m = re.match(r'^(\d+): (\d+) (knave|knight|same)$', n)
            notes.append((int(m.group(1)), m.group(3), int(m.group(2)), None))
        people.update(x for x in notes[-1] if isinstance(x, int))
    people = sorted(people)
    fits = []
    for mask in range(1 << len(people)):
        kn = {p: bool(mask >> i & 1) for i, p in enumerate(people)}
        good = True
        for sp, kind, a, b in notes:
            if kind == 'knave':
                claim = not kn[a]
            elif kind == 'knight':
                claim = kn[a]
            elif kind == 'same':
                claim = kn[a] == kn[sp]
            else:
                claim = kn[a] or kn[b]
            if claim != kn[sp]:
                good = False
                break
        if good:
            fits.append(kn)
    assert len(fits) == 1
    return sum(p for p, v in fits[0].items() if v)


def _du(u):
    cwd = []
    files = {}
    lines = u.split('; ')
    target = None
    for ln in lines:
        if ln == 'ls' or ln.startswith('dir '):
            continue
        if ln.startswith('cd '):
            d = ln[3:]
            if d == '..':
                cwd.pop()
            else:
                cwd.append(d)
        elif ln.startswith('du '):
            target = ln[3:].strip('/')
        else:
            size, name = ln.split(' ', 1)
            files['/'.join(cwd + [name])] = int(size)
    return sum(s for p, s in files.items() if p.startswith(target + '/'))


def _net(u):
    vals, comps, rd = u.split('; ')
    v = [int(x) for x in vals.split()]
    for c in comps.split():
        i, j = (int(x) - 1 for x in c.split(':'))
        lo, hi = min(v[i], v[j]), max(v[i], v[j])
        v[i], v[j] = lo, hi
    return v[int(rd.split()[1]) - 1]


def _loop(u):
    deps = []
    for tok in u.split():
        lab, fc = tok.split(':')
        f, c = fc.split('/')
        deps.append((int(lab), int(f) - int(c)))
    total = 0
    run = 0
    start = 0
    for i, (_, g) in enumerate(deps):
        total += g
        run += g
        if run < 0:
            start = i + 1
            run = 0
    assert total >= 0
    return deps[start][0]


def _cidr(u):
    m = re.match(r'^to ([\d.]+): (.*)$', u)
    dest = m.group(1).split('.')
    best = (-1, None)
    for e in m.group(2).split(', '):
        pfx, rest = e.split('/')
        ln, gw = rest.split('>')
        ln = int(ln)
        octs = ln // 8
        if pfx.split('.')[:octs] == dest[:octs] and ln > best[0]:
            best = (ln, int(gw))
    return best[1]


def _match(p, s):
    if not p:
        return not s
    c = p[0]
    if c == '*':
        return any(_match(p[1:], s[i:]) for i in range(len(s) + 1))
    if not s:
        return False
    if c == '?':
        return _match(p[1:], s[1:])
    if c == '[':
        j = p.index(']')
        body = p[1:j]
        neg = body.startswith('!')
        if neg:
            body = body[1:]
        if (s[0] in body) == neg:
            return False
        return _match(p[j + 1:], s[1:])
    return c == s[0] and _match(p[1:], s[1:])


def _glob(u):
    pat, files = u.split(': ', 1)
    tot = 0
    for f in files.split():
        name, size = f.rsplit('=', 1)
        if _match(pat, name):
            tot += int(size)
    return tot


def _chess(u):
    head, body = u.split('; ', 1)
    ks = head.split()[1]
    kf, kr = ord(ks[0]) - 97, int(ks[1:]) - 1
    board = {}
    for tok in body.split(' '):
        pass
    for m in re.finditer(r'([QRBNP]) ([a-h])(\d)=(\d+)', body):
        board[(ord(m.group(2)) - 97, int(m.group(3)) - 1)] = (m.group(1), int(m.group(4)))
    tot = 0
    for df, dr in [(1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1)]:
        x, y = kf + df, kr + dr
        while 0 <= x < 8 and 0 <= y < 8:
            if (x, y) in board:
                kind, num = board[(x, y)]
                straight = df == 0 or dr == 0
                if kind == 'Q' or (kind == 'R' and straight) or (kind == 'B' and not straight):
                    tot += num
                break
            x, y = x + df, y + dr
    for df, dr in [(1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)]:
        p = board.get((kf + df, kr + dr))
        if p and p[0] == 'N':
            tot += p[1]
    for df in (1, -1):
        p = board.get((kf + df, kr + 1))
        if p and p[0] == 'P':
            tot += p[1]
    return tot


def _sail(u):
    parts = u.split('; ')
    n = int(parts[0].split()[0])
    for row in parts[1:]:
        name, res = row.split(': ')
        if name.endswith('*'):
            sc = sorted(n + 1 if not x.isdigit() else int(x) for x in res.split())
            return sum(sc[:-1])


def _offside(u):
    m = re.match(r'^ball ([\d.]+); D: ([\d. ]+); A: (.*)$', u)
    ball = float(m.group(1))
    d = sorted((float(x) for x in m.group(2).split()), reverse=True)
    second_last = d[-2]
    tot = 0
    for a in m.group(3).split():
        num, x = a.split('@')
        x = float(x)
        if x < 52.5 and x < ball and x < second_last:
            tot += int(num)
    return tot


def _volley(u):
    m = re.match(r'^A: ([\d ]+); B: ([\d ]+); first serve ([AB]); rallies ([AB]+)$', u)
    a = [int(x) for x in m.group(1).split()]
    serve = m.group(3)
    turns = 0
    for w in m.group(4):
        if w != serve and w == 'A':
            turns += 1
        serve = w
    return a[turns % 6]


def _buch(u):
    parts = u.split('; ')
    who = parts[-1].split()[1]
    pts = defaultdict(int)
    opps = defaultdict(list)
    for rd in parts[:-1]:
        for g in rd.split(', '):
            pair, res = g.split(' ')
            a, b = pair.split('-')
            ra, rb = res.split('-')
            pts[a] += int(ra)
            pts[b] += int(rb)
            opps[a].append(b)
            opps[b].append(a)
    return sum(pts[o] for o in opps[who])


def _accept(u):
    m = re.match(r'^Accept: (.*); offers: (.*)$', u)
    ranges = []
    for r in m.group(1).split(', '):
        if ';q=' in r:
            t, q = r.split(';q=')
            ranges.append((t, float(q)))
        else:
            ranges.append((r, 1.0))
    best = None
    for o in m.group(2).split():
        num, t = o.split('=')
        cands = []
        for rt, q in ranges:
            if rt == t:
                cands.append((3, q))
            elif rt.endswith('/*') and rt != '*/*' and t.startswith(rt[:-1]):
                cands.append((2, q))
            elif rt == '*/*':
                cands.append((1, q))
        q = max(cands)[1] if cands else 0.0
        if q > 0 and (best is None or q > best[0]):
            best = (q, int(num))
    return best[1]


def _heats(u):
    m = re.match(r'^Q (\d+) \+ q (\d+): (.*)$', u)
    k, q = int(m.group(1)), int(m.group(2))
    pool = []
    for h in m.group(3).split('; '):
        runners = [(float(t), int(b)) for b, t in (x.split('=') for x in h.split()[2:])]
        runners.sort()
        pool.extend(runners[k:])
    pool.sort()
    return sum(b for _, b in pool[:q])


DECODERS = {
    'kalah_sowing_granaries': _kalah,
    'curling_button_proximity_shots': _curling,
    'baseball_inning_plate_crossers': _baseball,
    'golf_skins_carryover_purse': _skins,
    'backgammon_pipcount_homeward': _pips,
    'rowing_bumps_chart_placing': _bumps,
    'serpentine_draft_overall_ordinal': _draft,
    'whist_trumps_trickwinner_denominations': _whist,
    'icehockey_plusminus_shirts': _pm,
    'knights_knaves_islanders': _kk,
    'du_folder_bytes_subtree': _du,
    'comparator_wire_network_readout': _net,
    'circular_depot_lap_origin': _loop,
    'cidr_gateway_specificity': _cidr,
    'fnmatch_wildcard_filesizes': _glob,
    'chess_king_checkgivers': _chess,
    'dinghy_lowpoint_discard_series': _sail,
    'football_offside_shirts': _offside,
    'volleyball_sideout_rotation_server': _volley,
    'swiss_buchholz_tiebreak_aggregate': _buch,
    'accept_header_quality_preference': _accept,
    'athletics_heats_quickest_nonplacers': _heats,
}


def decode_unit(encoding, unit):
    return DECODERS[encoding](unit)


def decode(encoding, run):
    return ''.join(chr(decode_unit(encoding, u)) for u in run.split(' | '))
