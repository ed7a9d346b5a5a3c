"""Decoders for the 22 evasion encodings of p270.  Independent of the encoders:
imports only re, itertools and collections, and solves every puzzle its own way."""
import collections
import itertools
import re


def _ints(s):
    return [int(x) for x in re.findall(r"-?\d+", s)]


# 1 ------------------------------------------------------------- preference polls (instant runoff)
def d_runoff(u):
    groups = []
    for m in re.finditer(r"(\d+):([\d>]+)", u):
        groups.append((int(m.group(1)), [int(x) for x in m.group(2).split(">")]))
    alive = set(c for _, r in groups for c in r)
    total = sum(n for n, _ in groups)
    while True:
        tally = dict((c, 0) for c in alive)
        for n, ranking in groups:
            for c in ranking:
                if c in alive:
                    tally[c] += n
                    break
        for c, v in tally.items():
            if 2 * v > total:
                return c
        low = min(tally.values())
        losers = [c for c, v in tally.items() if v == low]
        if len(losers) != 1:
            raise ValueError("tie")
        alive.discard(losers[0])


# 2 ------------------------------------------------------------- marked batten
def d_batten(u):
    L, rest = u.split(":")
    marks = [0, int(L)] + _ints(rest)
    return len(set(abs(a - b) for a, b in itertools.combinations(marks, 2)))


# 3 ------------------------------------------------------------- drivers' hours split break
def d_split(u):
    total = 0
    first = False
    for kind, n in re.findall(r"([DWB])(\d+)", u):
        n = int(n)
        if kind == "D":
            total += n
        elif kind == "B":
            if n >= 45 or (first and n >= 30):
                total = 0
                first = False
            elif n >= 15:
                first = True
    return total


# 4 ------------------------------------------------------------- picture-puzzle row overlap
def d_row(u):
    n, rest = u.split(":")
    n = int(n)
    blocks = _ints(rest)
    left = []
    pos = 0
    for b in blocks:
        left.append(pos)
        pos += b + 1
    right = [0] * len(blocks)
    pos = n
    for i in range(len(blocks) - 1, -1, -1):
        right[i] = pos - blocks[i]
        pos = right[i] - 1
    cells = set()
    for b, l, r in zip(blocks, left, right):
        for c in range(r, l + b):
            cells.add(c)
    return len(cells)


# 5 ------------------------------------------------------------- locks and keys
def d_locks(u):
    h, locks, keys = [p.strip() for p in u.split(";")]
    h = int(h.split("=")[1])
    locks = locks.split()[1:]
    keys = keys.split()[1:]
    n = 0
    for lk in locks:
        for k in keys:
            if all(int(a) + int(b) <= h for a, b in zip(lk, k)):
                n += 1
    return n


# 6 ------------------------------------------------------------- building a row from pieces
def d_pieces(u):
    row, pieces = u.split(":")
    row = row.strip()
    pieces = [p.strip() for p in pieces.split(",")]
    ways = [0] * (len(row) + 1)
    ways[0] = 1
    for i in range(len(row)):
        if not ways[i]:
            continue
        for p in pieces:
            if row.startswith(p, i):
                ways[i + len(p)] += ways[i]
    return ways[len(row)]


# 7 ------------------------------------------------------------- north-west corner rule
def d_nwc(u):
    m = re.match(r"pits ([\d ]+); sites ([\d ]+); ask (\d+)-(\d+)", u.strip())
    sup = _ints(m.group(1))
    dem = _ints(m.group(2))
    ai, aj = int(m.group(3)) - 1, int(m.group(4)) - 1
    i = j = 0
    sent = collections.defaultdict(int)
    while i < len(sup) and j < len(dem):
        q = min(sup[i], dem[j])
        sent[(i, j)] += q
        sup[i] -= q
        dem[j] -= q
        if dem[j] == 0:
            j += 1
        else:
            i += 1
    return sent[(ai, aj)]


# 8 ------------------------------------------------------------- comparator drill
def d_drill(u):
    a, b, c = [p.strip() for p in u.split(";")]
    nums = _ints(a)
    for i, j in re.findall(r"(\d+)-(\d+)", b):
        i, j = int(i) - 1, int(j) - 1
        if nums[i] > nums[j]:
            nums[i], nums[j] = nums[j], nums[i]
    return nums[int(c.split()[1]) - 1]


# 9 ------------------------------------------------------------- plant yard (safety check)
def d_yard(u):
    m = re.match(r"free (\d+)/(\d+); (.*)", u.strip())
    free = [int(m.group(1)), int(m.group(2))]
    jobs = {}
    for jm in re.finditer(r"job (\d+) has (\d+)/(\d+) max (\d+)/(\d+)", m.group(3)):
        n, x, y, p, q = map(int, jm.groups())
        jobs[n] = (x, y, p, q)
    done = set()
    changed = True
    while changed:
        changed = False
        for n, (x, y, p, q) in sorted(jobs.items()):
            if n in done:
                continue
            if p - x <= free[0] and q - y <= free[1]:
                free[0] += x
                free[1] += y
                done.add(n)
                changed = True
    return sum(done)


# 10 ------------------------------------------------------------ crash journal
def d_journal(u):
    entries = [e.strip() for e in u.split(";")]
    start = int(entries[0].split()[1])
    committed = set(e.split()[0] for e in entries if e.endswith(" commit"))
    val = start
    for e in entries[1:]:
        w = e.split()
        if len(w) == 3 and w[1] == "set" and w[0] in committed:
            val = int(w[2])
    return val


# 11 ------------------------------------------------------------ matching tickets and dockets
def d_join(u):
    a, b = u.split(";")
    ca = collections.Counter(a.split(":")[1].split())
    cb = collections.Counter(b.split(":")[1].split())
    return sum(ca[k] * cb[k] for k in ca)


# 12 ------------------------------------------------------------ sorted pairing spread
def d_spread(u):
    a, b = u.split(";")
    xa = sorted(_ints(a.split(":")[1]))
    xb = sorted(_ints(b.split(":")[1]))
    return sum(abs(p - q) for p, q in zip(xa, xb))


# 13 ------------------------------------------------------------ padlock range count
def d_padlock(u):
    lo, hi = _ints(u.replace("-", " "))
    n = 0
    for x in range(lo, hi + 1):
        s = str(x)
        if list(s) == sorted(s) and any(s[i] == s[i + 1] for i in range(len(s) - 1)):
            n += 1
    return n


# 14 ------------------------------------------------------------ loader pushing crates
def d_pusher(u):
    track, moves = u.split()
    t = list(track)
    p = t.index("@")
    for mv in moves:
        d = 1 if mv == "R" else -1
        q = p + d
        if t[q] == ".":
            t[p], t[q] = ".", "@"
            p = q
        elif t[q] == "O":
            e = q
            while t[e] == "O":
                e += d
            if t[e] == ".":
                t[e] = "O"
                t[q] = "@"
                t[p] = "."
                p = q
    return sum(i + 1 for i, c in enumerate(t) if c == "O")


# 15 ------------------------------------------------------------ sump pump float switches
def d_sump(u):
    head, rest = u.split(":")
    on, off = _ints(head)
    running = False
    tot = 0
    for r in _ints(rest):
        if not running and r >= on:
            running = True
            tot += r
        elif running and r <= off:
            running = False
    return tot


# 16 ------------------------------------------------------------ conversion chain
def d_chain(u):
    parts = [p.strip() for p in u.split(";")]
    x = int(parts[0].split()[1])
    for mp in parts[1:]:
        for line in mp.split(","):
            d, s, n = _ints(line)
            if s <= x < s + n:
                x = d + (x - s)
                break
    return x


# 17 ------------------------------------------------------------ quorum commit
def d_quorum(u):
    m = re.match(r"epoch (\d+) from (\d+); committed (\d+); servers ([\d ]+)", u.strip())
    f = int(m.group(2))
    c = int(m.group(3))
    servers = _ints(m.group(4))
    best = c
    for n in range(max(servers), f, -1):
        if 2 * sum(1 for s in servers if s >= n) > len(servers):
            best = max(best, n)
            break
    return best


# 18 ------------------------------------------------------------ snapshot visibility
def d_snapshot(u):
    m = re.match(r"done ([\d,]*); snapshot (\d+); (.*)", u.strip())
    done = set(_ints(m.group(1)))
    snap = int(m.group(2))

    def counts(t):
        return t is not None and t in done and t < snap

    vis = []
    for vm in re.finditer(r"(\d+)@(\d+)-(\d*)", m.group(3)):
        v, c, d = int(vm.group(1)), int(vm.group(2)), vm.group(3)
        d = int(d) if d else None
        if counts(c) and not counts(d):
            vis.append(v)
    if len(vis) != 1:
        raise ValueError("not exactly one visible version")
    return vis[0]


# 19 ------------------------------------------------------------ autoscaler
def d_scaler(u):
    head, rest = u.split(":")
    r, t = _ints(head)
    for x in _ints(rest):
        if 10 * x < 9 * t or 10 * x > 11 * t:
            r = -(-(r * x) // t)
    return r


# 20 ------------------------------------------------------------ first come, first served lorries
def d_lorries(u):
    parts = [p.strip() for p in u.split(";")]
    prefs = []
    for m in re.finditer(r"([A-Z]):([\d>]+)", parts[1]):
        prefs.append((m.group(1), [int(x) for x in m.group(2).split(">")]))
    ask = parts[2].split()[1]
    taken = set()
    got = {}
    for d, lst in prefs:
        for x in lst:
            if x not in taken:
                taken.add(x)
                got[d] = x
                break
    return got[ask]


# 21 ------------------------------------------------------------ core box clues
def d_cores(u):
    clue_part, boxes_part = u.split(";", 1)
    clues = {}
    for k, op, v in re.findall(r"([a-z]+)([=<>])(\d+)", clue_part):
        clues[k] = (op, int(v))
    fits = []
    for bm in re.finditer(r"box (\d+):((?: [a-z]+=\d+)+)", boxes_part):
        ok = True
        for k, v in re.findall(r"([a-z]+)=(\d+)", bm.group(2)):
            op, cv = clues[k]
            v = int(v)
            if (op == "=" and v != cv) or (op == ">" and not v > cv) or (op == "<" and not v < cv):
                ok = False
        if ok:
            fits.append(int(bm.group(1)))
    if len(fits) != 1:
        raise ValueError("not exactly one box fits")
    return fits[0]


# 22 ------------------------------------------------------------ look, then leap
def d_leap(u):
    head, rest = u.split(":")
    k = _ints(head)[0]
    s = _ints(rest)
    best = max(s[:k])
    for x in s[k:]:
        if x > best:
            return x
    return s[-1]


DECODERS = {
    "preference_ballot_runoff_victors": d_runoff,
    "batten_mark_gap_variety": d_batten,
    "split_break_driving_accrual": d_split,
    "painted_row_certain_cells": d_row,
    "pin_tumbler_fit_pairings": d_locks,
    "kerbstone_sequence_assembly_ways": d_pieces,
    "northwest_corner_haul_allocations": d_nwc,
    "comparator_network_slot_readings": d_drill,
    "plant_yard_deadlock_finishers": d_yard,
    "journal_replay_committed_values": d_journal,
    "inner_join_matched_pairs": d_join,
    "sorted_list_pairing_spread": d_spread,
    "padlock_ascending_double_finds": d_padlock,
    "conveyor_pusher_crate_stations": d_pusher,
    "float_switch_sump_starts": d_sump,
    "almanac_shift_chain_readings": d_chain,
    "quorum_epoch_commit_marks": d_quorum,
    "snapshot_visible_row_versions": d_snapshot,
    "autoscaler_tolerance_replica_steps": d_scaler,
    "first_come_lorry_choices": d_lorries,
    "borehole_core_clue_fits": d_cores,
    "look_then_leap_engagements": d_leap,
}


def decode_unit(encoding, unit):
    return DECODERS[encoding](unit)


def decode(encoding, run):
    return "".join(chr(decode_unit(encoding, u)) for u in run.split(" | "))
