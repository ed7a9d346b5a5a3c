"""Independent decoder of the 22 evasion encodings.  It gets only the encoding
name and the run, imports nothing from the encoder or common272, and works each
answer out its own way (brute force or step-by-step simulation where the
encoder uses a formula, a greedy rule or a table)."""
import itertools
import re
from collections import Counter, deque

SEPS = {
    "climbing_weight_selection_best_totals": " / ",
    "tarpaulin_overlap_cover_metres": " ; ",
    "lantern_pontoon_crossing_least_minutes": " | ",
    "rope_crawling_winkle_last_falloff": " | ",
    "sign_tile_oyster_board_copies": " | ",
    "restock_threshold_grit_delivery_totals": " | ",
    "card_hit_copy_cascade_totals": " / ",
    "higher_scorer_extra_bonus_totals": " ; ",
    "struck_figure_smallest_leftovers": " ",
    "same_boat_answer_least_headcount": " / ",
    "ferry_booking_crossing_heads": " | ",
    "same_grade_run_lighter_takeoffs": " | ",
    "least_hourly_shucking_pace": " | ",
    "film_night_family_seating_totals": " | ",
    "tasting_minute_rating_best_totals": " ; ",
    "shared_marker_route_swap_best_totals": " | ",
    "least_starting_stamina_for_chores": " | ",
    "trestle_height_limit_tallest": " | ",
    "different_bed_each_week_most_weeks": " / ",
    "kelp_line_seeding_growing_earliest_day": " ; ",
    "battery_swap_pump_longest_run": " | ",
    "reference_count_cascade_freed_sizes": " | ",
}


def nums(s):
    return [int(x) for x in re.findall(r"-?\d+", s)]


def d_climb(u):
    a = nums(u)
    best = 0
    for mask in range(1, 1 << len(a)):
        pick = [a[i] for i in range(len(a)) if mask >> i & 1]
        if all(x < y for x, y in zip(pick, pick[1:])):
            best = max(best, sum(pick))
    return best


def d_tarp(u):
    cov = set()
    for a, b in re.findall(r"(\d+)-(\d+)", u):
        cov.update(range(int(a), int(b)))
    return len(cov)


def d_torch(u):
    t = nums(u)
    n = len(t)
    full = (1 << n) - 1
    # state: (people still on the shore as a bit mask, lantern on shore?)
    start = (full, True)
    dist = {start: 0}
    frontier = [start]
    while frontier:
        frontier.sort(key=lambda s: dist[s])
        cur = frontier.pop(0)
        mask, here = cur
        if mask == 0:
            return dist[cur]
        group = [i for i in range(n) if (mask >> i & 1) == here]
        movers = [(i,) for i in group] + list(itertools.combinations(group, 2))
        for mv in movers:
            m2 = mask
            for i in mv:
                m2 ^= 1 << i
            nxt = (m2, not here)
            d = dist[cur] + max(t[i] for i in mv)
            if d < dist.get(nxt, 10 ** 9):
                dist[nxt] = d
                if nxt not in frontier:
                    frontier.append(nxt)
    return None


def d_winkle(u):
    L = int(u.split(":")[0])
    ws = [[2 * int(p), 1 if d == ">" else -1] for p, d in re.findall(r"(\d+)([<>])", u.split(":", 1)[1])]
    steps = 0
    while ws:
        steps += 1
        for w in ws:
            w[0] += w[1]
        ws = [w for w in ws if not ((w[0] <= 0 and w[1] < 0) or (w[0] >= 2 * L and w[1] > 0))]
        if not ws:
            break
        at = Counter(w[0] for w in ws)
        for w in ws:
            if at[w[0]] > 1:
                w[1] = -w[1]
    return steps // 2


def d_tiles(u):
    word, rest = u.split(":", 1)
    cnt = {c: int(n) for c, n in re.findall(r"([A-Z])=(\d+)", rest)}
    k = 0
    while True:
        for c in word:
            if cnt.get(c, 0) <= 0:
                return k
            cnt[c] -= 1
        k += 1


def d_restock(u):
    m = re.match(r"s=(\d+) S=(\d+) lead (\d+); start (\d+): (.*)$", u)
    s, S, lead, stock = (int(m.group(i)) for i in range(1, 5))
    uses = nums(m.group(5))
    arrive = {}
    ordered = 0
    on_way = False
    for day, use in enumerate(uses):
        if day in arrive:
            stock += arrive.pop(day)
            on_way = False
        stock -= min(stock, use)
        if stock <= s and not on_way:
            arrive[day + lead] = S - stock
            ordered += S - stock
            on_way = True
    return ordered


def d_cards(u):
    cards = []
    for c in u.strip("()").split("; "):
        a, b = c.split(" : ")
        cards.append(len(set(nums(a)) & set(nums(b))))
    held = 0
    q = deque(range(len(cards)))
    while q:
        i = q.popleft()
        held += 1
        for j in range(i + 1, min(len(cards), i + 1 + cards[i])):
            q.append(j)
    return held


def d_tokens(u):
    a = nums(u)
    t = [1] * len(a)
    changed = True
    while changed:
        changed = False
        for i in range(len(a)):
            for j in (i - 1, i + 1):
                if 0 <= j < len(a) and a[i] > a[j] and t[i] <= t[j]:
                    t[i] = t[j] + 1
                    changed = True
    return sum(t)


def d_strike(u):
    k, digs = u.split(":")
    k = int(k)
    keep = len(digs) - k
    return min(int("".join(digs[i] for i in c)) for c in itertools.combinations(range(len(digs)), keep))


def d_divers(u):
    open_slots = Counter()
    total = 0
    for a in nums(u):
        if open_slots[a] > 0:
            open_slots[a] -= 1
        else:
            total += a + 1
            open_slots[a] = a
    return total


def d_ferry(u):
    k = int(re.match(r"on (\d+):", u).group(1))
    load = Counter()
    for a, b, n in re.findall(r"(\d+)-(\d+) x(\d+)", u):
        for c in range(int(a), int(b) + 1):
            load[c] += int(n)
    return load[k]


def d_grade(u):
    g, w = u.split(": ")
    w = nums(w)
    off = 0
    keep = w[0]
    for i in range(1, len(g)):
        if g[i] == g[i - 1]:
            off += min(keep, w[i])
            keep = max(keep, w[i])
        else:
            keep = w[i]
    return off


def d_pace(u):
    H = int(u.split(" hours:")[0])
    p = nums(u.split(":", 1)[1])
    k = 1
    while True:
        hours = 0
        for x in p:
            left = x
            while left > 0:
                left -= k
                hours += 1
        if hours <= H:
            return k
        k += 1


def d_seats(u):
    R = int(u.split(" rows")[0])
    taken = {}
    for r_, s in re.findall(r"(\d+)\.(\d+)", u):
        taken.setdefault(int(r_), set()).add(int(s))
    blocks = [set(range(2, 6)), set(range(4, 8)), set(range(6, 10))]
    tot = 0
    for row in range(1, R + 1):
        tk = taken.get(row, set())
        best = 0
        for n in range(1, 4):
            for combo in itertools.combinations(blocks, n):
                seats = set()
                ok = True
                for b in combo:
                    if b & seats or b & tk:
                        ok = False
                    seats |= b
                if ok:
                    best = max(best, n)
        tot += best
    return tot


def d_tasting(u):
    a = nums(u)
    best = 0
    for n in range(1, len(a) + 1):
        for perm in itertools.permutations(a, n):
            best = max(best, sum((i + 1) * x for i, x in enumerate(perm)))
    return best


def d_routes(u):
    m = re.match(r"A: (.*), B: (.*)$", u)
    A, B = nums(m.group(1)), nums(m.group(2))
    shared = sorted(set(A) & set(B))
    best = 0
    for choice in itertools.product("AB", repeat=len(shared) + 1):
        tot, lo = 0, -1
        for seg, hi in zip(choice, shared + [10 ** 9]):
            route = A if seg == "A" else B
            tot += sum(x for x in route if lo < x < hi)
            if hi < 10 ** 9:
                tot += hi
            lo = hi
        best = max(best, tot)
    return best


def d_stamina(u):
    ch = [tuple(map(int, c.split("/"))) for c in re.findall(r"\d+/\d+", u)]
    best = None
    for perm in itertools.permutations(ch):
        spent, start = 0, 0
        for use, need in perm:
            start = max(start, spent + need)
            spent += use
        best = start if best is None else min(best, start)
    return best


def d_trestle(u):
    n = int(re.match(r"n=(\d+):", u).group(1))
    lim = [(1, 0)] + [(int(p), int(h)) for p, h in re.findall(r"(\d+)<=(\d+)", u)]
    return max(min(h + abs(i - p) for p, h in lim) for i in range(1, n + 1))


def d_weeks(u):
    b = nums(u)
    last = None
    weeks = 0
    while True:
        cand = [i for i in range(len(b)) if b[i] > 0 and i != last]
        if not cand:
            return weeks
        i = max(cand, key=lambda j: b[j])
        b[i] -= 1
        last = i
        weeks += 1


def d_bloom(u):
    ln = [tuple(map(int, x)) for x in re.findall(r"(\d+)\+(\d+)", u)]
    best = None
    for perm in itertools.permutations(ln):
        day, fin = 0, 0
        for s, g in perm:
            day += s
            fin = max(fin, day + g)
        best = fin if best is None else min(best, fin)
    return best


def d_pumps(u):
    n = int(u.split(" pumps:")[0])
    b = nums(u.split(":", 1)[1])
    t = sum(b) // n
    while t > 0:
        if sum(min(x, t) for x in b) >= n * t:
            return t
        t -= 1
    return 0


def d_refs(u):
    parts = dict(p.split(" ", 1) for p in u.split("; "))
    size = {m[0]: int(m[1:]) for m in parts["sizes"].split()}
    links = [tuple(x.split(">")) for x in parts["links"].split()]
    count = Counter(b for a, b in links)
    for h in parts["held"].split():
        count[h] += 1
    q = deque()
    for d in parts["drop"].split():
        count[d] -= 1
        if count[d] == 0:
            q.append(d)
    freed = set()
    while q:
        o = q.popleft()
        if o in freed:
            continue
        freed.add(o)
        for a, b in links:
            if a == o:
                count[b] -= 1
                if count[b] == 0:
                    q.append(b)
    return sum(size[o] for o in freed)


SOLVE = {
    "climbing_weight_selection_best_totals": d_climb,
    "tarpaulin_overlap_cover_metres": d_tarp,
    "lantern_pontoon_crossing_least_minutes": d_torch,
    "rope_crawling_winkle_last_falloff": d_winkle,
    "sign_tile_oyster_board_copies": d_tiles,
    "restock_threshold_grit_delivery_totals": d_restock,
    "card_hit_copy_cascade_totals": d_cards,
    "higher_scorer_extra_bonus_totals": d_tokens,
    "struck_figure_smallest_leftovers": d_strike,
    "same_boat_answer_least_headcount": d_divers,
    "ferry_booking_crossing_heads": d_ferry,
    "same_grade_run_lighter_takeoffs": d_grade,
    "least_hourly_shucking_pace": d_pace,
    "film_night_family_seating_totals": d_seats,
    "tasting_minute_rating_best_totals": d_tasting,
    "shared_marker_route_swap_best_totals": d_routes,
    "least_starting_stamina_for_chores": d_stamina,
    "trestle_height_limit_tallest": d_trestle,
    "different_bed_each_week_most_weeks": d_weeks,
    "kelp_line_seeding_growing_earliest_day": d_bloom,
    "battery_swap_pump_longest_run": d_pumps,
    "reference_count_cascade_freed_sizes": d_refs,
}

_CACHE = {}


def decode_unit(name, unit):
    return SOLVE[name](unit)


def decode(name, run):
    key = (name, run)
    if key not in _CACHE:
        _CACHE[key] = "".join(chr(decode_unit(name, u)) for u in run.split(SEPS[name]))
    return _CACHE[key]
