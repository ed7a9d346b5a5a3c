"""Independent decoders for the evasion encodings.  Gets only the encoding
name and the run; imports nothing from the encoder or common266."""
import itertools
import re
from fractions import Fraction

SEPS = {
    "neighbour_swap_inversion_counts": " / ", "keeper_station_cheapest_assignment": " ; ",
    "borda_preference_ballot_points": " | ", "stableford_golf_hole_points": " | ",
    "cricket_scorebook_innings_runs": " ; ", "parallel_rewrite_string_lengths": " | ",
    "bankers_rounding_meter_totals": " ; ", "one_day_job_deadline_fees": " | ",
    "tit_for_tat_match_payoffs": " ", "max_min_fair_capacity_levels": " | ",
    "token_bucket_admitted_requests": " | ", "greedy_line_wrap_slack": " | ",
    "brick_pyramid_apex_numbers": " ; ", "deferred_acceptance_berth_fees": " | ",
    "complement_couple_match_counts": " | ", "slowest_sufficient_polishing_rate": " | ",
    "affordable_project_capital_growth": " | ", "thermostat_hysteresis_on_readings": " | ",
    "comparator_network_slot_readings": " | ", "tennis_rally_point_scores": " ",
    "snake_draft_crew_totals": " / ", "ringed_bird_recapture_estimates": " ",
}


def d_inversions(item):
    row = [int(x) for x in item.strip("()").split()]
    # count by repeated neighbour swaps (bubble sort)
    row = list(row)
    swaps = 0
    changed = True
    while changed:
        changed = False
        for i in range(len(row) - 1):
            if row[i] > row[i + 1]:
                row[i], row[i + 1] = row[i + 1], row[i]
                swaps += 1
                changed = True
    return swaps


def d_assignment(item):
    rows = [[int(x) for x in r.split()] for r in item.strip("[]").split("/")]
    n = len(rows)
    # dynamic programming over subsets of stations
    best = {0: 0}
    for i in range(n):
        nb = {}
        for mask, cost in best.items():
            for j in range(n):
                if not mask & (1 << j):
                    m2 = mask | (1 << j)
                    c2 = cost + rows[i][j]
                    if c2 < nb.get(m2, 10 ** 9):
                        nb[m2] = c2
        best = nb
    return best[(1 << n) - 1]


def d_borda(item):
    total = 0
    for tok in item.strip("{}").split():
        cnt, order = tok.split(":")
        total += int(cnt) * (len(order) - 1 - order.index("A"))
    return total


def d_stableford(item):
    pts = 0
    for h in item.strip("<>").split():
        par, st = map(int, h.split("/"))
        pts += max(0, 2 + par - st)
    return pts


def d_cricket(item):
    total = 0
    for tok in item.strip("[]").replace(",", " ").split():
        if tok == "." or tok == "W":
            continue
        if tok == "wd":
            total += 1
        elif tok.startswith("nb"):
            total += 1 + int(tok[2:])
        elif tok.startswith("lb"):
            total += int(tok[2:])
        elif tok.startswith("b"):
            total += int(tok[1:])
        else:
            total += int(tok)
    return total


def d_lsystem(item):
    m = re.match(r"^\(start ([A-Z]+); (.*); steps (\d+)\)$", item)
    word = m.group(1)
    rules = dict(r.split(">") for r in m.group(2).split(", "))
    for _ in range(int(m.group(3))):
        word = "".join(rules.get(ch, ch) for ch in word)
    return len(word)


def d_rounding(item):
    total = 0
    for tok in item.strip("{}").split():
        x = Fraction(tok)
        lo = x.numerator // x.denominator
        diff = x - lo
        if diff * 2 < 1:
            total += lo
        elif diff * 2 > 1:
            total += lo + 1
        else:
            total += lo if lo % 2 == 0 else lo + 1
    return total


def d_deadlines(item):
    jobs = [tuple(map(int, t.split("@"))) for t in item.strip("[]").split()]
    best = 0
    for r in range(len(jobs) + 1):
        for sub in itertools.combinations(jobs, r):
            dls = sorted(d for _, d in sub)
            if all(dls[i] >= i + 1 for i in range(len(dls))):
                best = max(best, sum(f for f, _ in sub))
    return best


def d_titfortat(item):
    me, total, prev = "C", 0, None
    table = {("C", "C"): 3, ("D", "D"): 1, ("D", "C"): 5, ("C", "D"): 0}
    for i, other in enumerate(item):
        me = "C" if i == 0 else prev
        total += table[(me, other)]
        prev = other
    return total


def d_maxmin(item):
    head, reqs = item.split(": ")
    cap = Fraction(int(head[2:]))
    req = {t[0]: Fraction(int(t[1:])) for t in reqs.split()}
    alloc = {k: Fraction(0) for k in req}
    active = set(req)
    while active and cap > 0:
        step = min(min(req[k] - alloc[k] for k in active), cap / len(active))
        for k in active:
            alloc[k] += step
        cap -= step * len(active)
        active = {k for k in active if alloc[k] < req[k]}
    a = alloc["A"]
    assert a.denominator == 1
    return int(a)


def d_bucket(item):
    head, counts = item.split(": ")
    b, n = re.match(r"B(\d+) r(\d+)", head).groups()
    b, n = int(b), int(n)
    tokens, ok = b, 0
    for sec, c in enumerate(counts.split()):
        if sec:
            tokens = min(b, tokens + n)
        for _ in range(int(c)):
            if tokens:
                tokens -= 1
                ok += 1
    return ok


def d_wrap(item):
    head, words = item.split(": ")
    w = int(head[2:])
    lines = [[]]
    for word in words.split():
        trial = " ".join(lines[-1] + [word])
        if lines[-1] and len(trial) > w:
            lines.append([word])
        else:
            lines[-1].append(word)
    return sum(w - len(" ".join(l)) for l in lines)


def d_pyramid(item):
    row = [int(x) for x in item.strip("[]").split()]
    while len(row) > 1:
        row = [a + b for a, b in zip(row, row[1:])]
    return row[0]


def d_berths(item):
    left, right = item.split(" / ")
    bpref = {t.split(":")[0]: t.split(":")[1] for t in left.split()}
    hpref, fee = {}, {}
    for t in right.split():
        m = re.match(r"(\w):(\w+)\((\d+)\)", t)
        hpref[m.group(1)] = m.group(2)
        fee[m.group(1)] = int(m.group(3))
    holds = {}
    asked = {b: 0 for b in bpref}
    unmatched = sorted(bpref)
    while unmatched:
        b = unmatched[0]
        h = bpref[b][asked[b]]
        asked[b] += 1
        if h not in holds:
            holds[h] = b
            unmatched.remove(b)
        elif hpref[h].index(b) < hpref[h].index(holds[h]):
            unmatched.remove(b)
            unmatched.append(holds[h])
            holds[h] = b
    for h, b in holds.items():
        if b == "A":
            return fee[h]


def d_pairs(item):
    head, nums = item.split(": ")
    t = int(head[2:])
    xs = [int(x) for x in nums.split()]
    return sum(1 for i in range(len(xs)) for j in range(i + 1, len(xs)) if xs[i] + xs[j] == t)


def d_rate(item):
    head, piles = item.split(": ")
    h = int(head[2:])
    ps = [int(x) for x in piles.split()]
    r = 1
    while sum((p + r - 1) // r for p in ps) > h:
        r += 1
    return r


def d_capital(item):
    head, projs = item.split(": ")
    w, k = map(int, re.match(r"W=(\d+) k=(\d+)", head).groups())
    ps = [tuple(map(int, t.split(">+"))) for t in projs.split()]
    done = [False] * len(ps)
    for _ in range(k):
        cand = [(g, i) for i, (c, g) in enumerate(ps) if not done[i] and c <= w]
        if not cand:
            break
        g, i = max(cand)
        done[i] = True
        w += g
    return w


def d_thermostat(item):
    head, rs = item.split(": ")
    lo, hi = map(int, re.match(r"on<=(\d+) off>=(\d+)", head).groups())
    on, s = False, 0
    for x in map(int, rs.split()):
        if x <= lo:
            on = True
        elif x >= hi:
            on = False
        if on:
            s += x
    return s


def d_network(item):
    m = re.match(r"^\[([\d ]+)\] ([\d: ]+) @(\d+)$", item)
    v = [int(x) for x in m.group(1).split()]
    for pair in m.group(2).split():
        i, j = map(int, pair.split(":"))
        a, b = v[i - 1], v[j - 1]
        v[i - 1], v[j - 1] = min(a, b), max(a, b)
    return v[int(m.group(3)) - 1]


def d_tennis(item):
    server = "A"
    pts = {"A": 0, "B": 0}
    game = {"A": 0, "B": 0}
    for ch in item:
        receiver = "B" if server == "A" else "A"
        won = server if ch == "S" else receiver
        pts[won] += 1
        game[won] += 1
        x, y = game[server], game[receiver]
        if max(x, y) >= 4 and abs(x - y) >= 2:
            game = {"A": 0, "B": 0}
            server = receiver
    return pts["A"]


def d_draft(item):
    vals = sorted((int(x) for x in item.strip("()").split()), reverse=True)
    order = []
    while len(order) < len(vals):
        order += ["A", "B", "B", "A"]
    return sum(v for v, who in zip(vals, order) if who == "A")


def d_recapture(item):
    m, c, r = map(int, re.match(r"M(\d+)/C(\d+)/R(\d+)", item).groups())
    est = Fraction(m * c, r)
    whole = est.numerator // est.denominator
    if est - whole > Fraction(1, 2):
        whole += 1
    return whole


DEC = {
    "neighbour_swap_inversion_counts": d_inversions, "keeper_station_cheapest_assignment": d_assignment,
    "borda_preference_ballot_points": d_borda, "stableford_golf_hole_points": d_stableford,
    "cricket_scorebook_innings_runs": d_cricket, "parallel_rewrite_string_lengths": d_lsystem,
    "bankers_rounding_meter_totals": d_rounding, "one_day_job_deadline_fees": d_deadlines,
    "tit_for_tat_match_payoffs": d_titfortat, "max_min_fair_capacity_levels": d_maxmin,
    "token_bucket_admitted_requests": d_bucket, "greedy_line_wrap_slack": d_wrap,
    "brick_pyramid_apex_numbers": d_pyramid, "deferred_acceptance_berth_fees": d_berths,
    "complement_couple_match_counts": d_pairs, "slowest_sufficient_polishing_rate": d_rate,
    "affordable_project_capital_growth": d_capital, "thermostat_hysteresis_on_readings": d_thermostat,
    "comparator_network_slot_readings": d_network, "tennis_rally_point_scores": d_tennis,
    "snake_draft_crew_totals": d_draft, "ringed_bird_recapture_estimates": d_recapture,
}


def decode(name, run):
    sep = SEPS[name]
    return "".join(chr(DEC[name](item)) for item in run.split(sep))
