"""Decoders of the 22 evasion encodings.  Each gets only the encoding name and the
run; nothing is imported from the encoder or from common267, and every answer is
computed in a different way from the encoder where one exists."""
import collections
import heapq
import itertools
import re


def _hailstone(item):
    n, steps = int(item), 0
    seq = [n]
    while seq[-1] != 1:
        x = seq[-1]
        seq.append(3 * x + 1 if x & 1 else x >> 1)
    return len(seq) - 1


def _ladybird(item):
    # simulate in half-centimetre units: ladybirds meet exactly on a point and both turn
    m = re.match(r'(\d+) cm: (.*)$', item)
    L2 = 2 * int(m.group(1))
    bugs = [[2 * int(x), 1 if d == '>' else -1] for x, d in re.findall(r'(\d+)([<>])', m.group(2))]
    t = 0
    while bugs:
        for b in bugs:
            b[0] += b[1]
        t += 1
        at = collections.defaultdict(list)
        for b in bugs:
            at[b[0]].append(b)
        for group in at.values():
            if len(group) == 2 and group[0][1] != group[1][1]:
                for b in group:
                    b[1] = -b[1]
        bugs = [b for b in bugs if 0 < b[0] < L2]
    return t // 2


def _rewrite(item):
    seed, rules, rounds = [x.strip() for x in item.split(';')]
    table = dict(x.split('>') for x in rules.split(', '))
    word = seed
    for _ in range(int(rounds.split()[0])):
        word = ''.join(table.get(ch, ch) for ch in word)
    return len(word)


def _pace(item):
    m = re.match(r'piles ([\d ]+) in (\d+) hours', item)
    piles = [int(x) for x in m.group(1).split()]
    H = int(m.group(2))
    k = 1
    while True:
        hours = 0
        for p in piles:
            left = p
            while left > 0:
                left -= k
                hours += 1
        if hours <= H:
            return k
        k += 1


def _rest(item):
    m = re.match(r'rest (\d+): (.*)$', item)
    n = int(m.group(1))
    left = {b: int(x) for b, x in re.findall(r'([A-Z])(\d+)', m.group(2))}
    ready = {b: 0 for b in left}
    slot = 0
    while any(left.values()):
        cands = [b for b in left if left[b] and ready[b] <= slot]
        if cands:
            b = max(cands, key=lambda x: (left[x], -ord(x)))
            left[b] -= 1
            ready[b] = slot + n + 1
        slot += 1
    return slot


def _recaman(item):
    s, n = map(int, re.findall(r'\d+', item))
    path = [s]
    for step in range(1, n + 1):
        down = path[-1] - step
        path.append(down if down > 0 and down not in path else path[-1] + step)
    return path[-1]


def _buggy(item):
    m = re.match(r'(\d+) s: (.*)$', item)
    T = int(m.group(1))
    best = 0
    for v, a, b in re.findall(r'(\d+)/(\d+)/(\d+)', m.group(2)):
        v, a, b = int(v), int(a), int(b)
        dist, driving, left = 0, True, a
        for _ in range(T):
            if driving:
                dist += v
            left -= 1
            if left == 0:
                driving = not driving
                left = a if driving else b
        best = max(best, dist)
    return best


def _fliers(item):
    m = re.match(r'\(([\d,]+)\) after (\d+) days', item)
    fl = [int(x) for x in m.group(1).split(',')]
    for _ in range(int(m.group(2))):
        born = 0
        nxt = []
        for t in fl:
            if t == 0:
                nxt.append(6)
                born += 1
            else:
                nxt.append(t - 1)
        fl = nxt + [8] * born
    return len(fl)


def _tray(item):
    g = [list(row) for row in item.split('/')]
    moved = True
    while moved:
        moved = False
        for y in range(1, len(g)):
            for x in range(len(g[0])):
                if g[y][x] == 'O' and g[y - 1][x] == '.':
                    g[y - 1][x], g[y][x] = 'O', '.'
                    moved = True
    return sum(len(g) - y for y in range(len(g)) for x in range(len(g[0])) if g[y][x] == 'O')


def _window(item):
    k, s = item.split(':')
    k = int(k)
    for end in range(k, len(s) + 1):
        if len(set(s[end - k:end])) == k:
            return end
    raise ValueError(item)


def _bands(item):
    m = re.match(r'(\d+) m; (.*)$', item)
    L = int(m.group(1))
    bands = []
    for lo, hi, rate in re.findall(r'(\d+)(?:-(\d+)|\+):(\d+)', m.group(2)):
        bands.append((int(lo), int(hi) if hi else 10 ** 9, int(rate)))
    fee = 0
    for metre in range(1, L + 1):      # the metre from metre-1 to metre
        for lo, hi, rate in bands:
            if lo < metre <= hi:
                fee += rate
    return fee


def _tail(item):
    head = [0, 0]
    tail = (0, 0)
    visited = {tail}
    step = {'R': (1, 0), 'L': (-1, 0), 'U': (0, 1), 'D': (0, -1)}
    for d, n in re.findall(r'([RLUD])(\d+)', item):
        for _ in range(int(n)):
            head[0] += step[d][0]
            head[1] += step[d][1]
            dx, dy = head[0] - tail[0], head[1] - tail[1]
            if max(abs(dx), abs(dy)) >= 2:
                tail = (tail[0] + (dx > 0) - (dx < 0), tail[1] + (dy > 0) - (dy < 0))
                visited.add(tail)
    return len(visited)


def _fuel(item):
    # exact optimum by dynamic programming over (station, litres in the tank)
    m = re.match(r'tank (\d+): (.*) end (\d+)$', item)
    T, D = int(m.group(1)), int(m.group(3))
    st = [(int(a), int(b)) for a, b in re.findall(r'(\d+)@(\d+)', m.group(2))]
    INF = float('inf')
    best = {0: 0}        # fuel on arrival at station 0 -> cost
    for i, (pos, price) in enumerate(st):
        nxt_pos = st[i + 1][0] if i + 1 < len(st) else D
        gap = nxt_pos - pos
        new = {}
        for f, c in best.items():
            for buy in range(0, T - f + 1):
                tank = f + buy
                if tank >= gap:
                    left = tank - gap
                    cost = c + buy * price
                    if cost < new.get(left, INF):
                        new[left] = cost
        best = new
    return min(best.values())


def _ack(item):
    m = re.match(r'from (\d+): (.*)$', item)
    want = int(m.group(1))
    got = set()
    for a, n in re.findall(r'(\d+)\+(\d+)', m.group(2)):
        got.update(range(int(a), int(a) + int(n)))
    while want in got:
        want += 1
    return want


def _half(item):
    xs = [int(x) for x in re.findall(r'\d+', item)]
    while max(xs) != min(xs):
        n = len(xs)
        after = []
        for i in range(n):
            mine = xs[i] - xs[i] // 2
            received = xs[(i - 1) % n] // 2
            v = mine + received
            after.append(v + 1 if v % 2 else v)
        xs = after
    return xs[0] // 2


def _cap(item):
    m = re.match(r'cap (\d+): (.*)$', item)
    cap = int(m.group(1))
    total = 0
    for day in m.group(2).split(';'):
        running = 0
        for x in day.split(','):
            running = min(cap, running + int(x))
        total += running
    return total


def _net(item):
    m = re.match(r'stock (.*?); steps (.*?); order (.*?); count (\w)$', item)
    stock = collections.Counter({k: int(v) for k, v in re.findall(r'([A-Z])(\d+)', m.group(1))})
    steps = {}
    for name, ins, outs in re.findall(r'(\w+)=([^>]+)>([^,]+)', m.group(2)):
        steps[name] = (collections.Counter({k: int(v) for v, k in re.findall(r'(\d+)([A-Z])', ins)}),
                       collections.Counter({k: int(v) for v, k in re.findall(r'(\d+)([A-Z])', outs)}))
    for name in m.group(3).split():
        ins, outs = steps[name]
        if all(stock[k] >= v for k, v in ins.items()):
            stock.subtract(ins)
            stock.update(outs)
    return stock[m.group(4)]


def _reorder(item):
    m = re.match(r's=(\d+) S=(\d+) start (\d+): (.*)$', item)
    s, S, x = int(m.group(1)), int(m.group(2)), int(m.group(3))
    demands = [int(d) for d in m.group(4).split()]
    for i, d in enumerate(demands):
        x = x - d if d <= x else 0
        last = i == len(demands) - 1
        if not last and x <= s:
            x = S
    return x


def _torch(item):
    # shortest total time over all states (who is on the far side, where the torch is)
    ts = [int(x) for x in item.split()]
    n = len(ts)
    full = (1 << n) - 1
    dist = {(0, 0): 0}
    pq = [(0, 0, 0)]
    while pq:
        d, far, torch = heapq.heappop(pq)
        if far == full:
            return d
        if dist.get((far, torch), 1 << 30) < d:
            continue
        if torch == 0:
            near = [i for i in range(n) if not far >> i & 1]
            moves = [(c, max(ts[i] for i in c)) for k in (1, 2) for c in itertools.combinations(near, k)]
            for grp, cost in moves:
                nf = far
                for i in grp:
                    nf |= 1 << i
                key = (nf, 1)
                if d + cost < dist.get(key, 1 << 30):
                    dist[key] = d + cost
                    heapq.heappush(pq, (d + cost, nf, 1))
        else:
            for i in range(n):
                if far >> i & 1:
                    key = (far & ~(1 << i), 0)
                    if d + ts[i] < dist.get(key, 1 << 30):
                        dist[key] = d + ts[i]
                        heapq.heappush(pq, (d + ts[i], far & ~(1 << i), 0))
    raise ValueError(item)


def _parts(item):
    m = re.match(r'stock (.*); per kite (.*)$', item)
    stock = dict(re.findall(r'([A-Z])(\d+)', m.group(1)))
    need = dict(re.findall(r'([A-Z])(\d+)', m.group(2)))
    kites = 0
    left = {k: int(v) for k, v in stock.items()}
    while all(left[k] >= int(v) for k, v in need.items()):
        for k, v in need.items():
            left[k] -= int(v)
        kites += 1
    return kites


def _tag(item):
    word, rules = item.split('; ')
    prod = dict(x.split('>') for x in rules.split(', '))
    q = collections.deque(word)
    rounds = 0
    while len(q) >= 2 and q[0] in prod:
        first = q.popleft()
        q.popleft()
        q.extend(prod[first])
        rounds += 1
    return rounds


def _pump(item):
    T, D = map(int, re.findall(r'\d+', item))
    return sum(1 for h in range(T + 1) if h * (T - h) > D)


DEC = {
    'hailstone_halving_tripling_runs': (_hailstone, ' '),
    'ladybird_spar_falloff_seconds': (_ladybird, ' | '),
    'lindenmayer_rewrite_growth_readouts': (_rewrite, ' | '),
    'slowest_sufficient_stitch_pace': (_pace, ' | '),
    'board_rest_spacing_schedule_spans': (_rest, ' | '),
    'recaman_descend_or_climb_terms': (_recaman, ' | '),
    'sprint_rest_buggy_leads': (_buggy, ' | '),
    'flier_recruit_timer_headcounts': (_fliers, ' | '),
    'tilted_tray_pebble_loads': (_tray, ' '),
    'earliest_distinct_window_finishes': (_window, ' '),
    'marginal_band_mooring_fees': (_bands, ' | '),
    'bridle_tail_trodden_spots': (_tail, ' | '),
    'cheapest_ahead_refuel_spend': (_fuel, ' | '),
    'cumulative_ack_next_bytes': (_ack, ' | '),
    'hand_on_half_leaflet_settlements': (_half, ' | '),
    'daily_capped_hire_charges': (_cap, ' | '),
    'petri_workshop_place_contents': (_net, ' | '),
    'reorder_level_closing_stocks': (_reorder, ' | '),
    'jetty_torch_crossing_minutes': (_torch, ' | '),
    'limiting_part_kite_builds': (_parts, ' | '),
    'tag_system_halting_rounds': (_tag, ' | '),
    'pump_hold_record_beats': (_pump, ' | '),
}


def decode(name, run):
    fn, sep = DEC[name]
    items = run.split(sep)
    return ''.join(chr(fn(it)) for it in items)
