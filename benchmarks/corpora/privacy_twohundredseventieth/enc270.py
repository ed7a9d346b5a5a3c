"""Encoders for the 22 evasion encodings of p270.  Each encoder turns one
character code (45-122) into a small puzzle whose answer is that code; the rng
only adds what the answer does not depend on.  Every unit is checked here with
the encoder's own solver before it is accepted; the build decodes every run
again with the independent decoder in dec270."""
import collections
import itertools

RULES = {
    "preference_ballot_runoff_victors":
        "as preference polls written 'n:a>b>c>d ...' (n voters who put candidate a first, b second, c third and d "
        "fourth; the candidates are numbers): count every voter for the candidate they rank highest among those still "
        "in the race; if one candidate has more than half of all the voters, that candidate wins; otherwise the "
        "candidate with the fewest votes drops out and the count is repeated; the number of the winner is a character "
        "code (ASCII); polls are separated by ' | '",
    "batten_mark_gap_variety":
        "as battens written 'L: a b c ...' (a batten L centimetres long with pencil marks a, b, c ... centimetres from "
        "its left end; both ends of the batten count as marks too): measure the distance between every two marks; the "
        "number of different distances that occur is a character code (ASCII); battens are separated by ' | '",
    "split_break_driving_accrual":
        "as tachograph days written as entries (D45 is 45 minutes of driving, W20 is 20 minutes of other work, B30 is "
        "a 30-minute break): a break of 45 minutes or more clears the driving count; a break of at least 15 minutes "
        "followed later by a break of at least 30 minutes also clears it at the end of the second break (any break of "
        "15 minutes or more can be the first part, and after a clearing both parts start afresh); the minutes driven "
        "since the last clearing are a character code (ASCII); days are separated by ' | '",
    "painted_row_certain_cells":
        "as picture-puzzle rows written 'N: a b c' (a row of N squares in which blocks of a, b, c ... filled squares "
        "must appear in that order, each block separated from the next by at least one empty square, with any number "
        "of empty squares at either end): the number of squares that are filled in every possible placement of the "
        "blocks is a character code (ASCII); rows are separated by ' | '",
    "pin_tumbler_fit_pairings":
        "as key cabinets written 'H=h; locks ...; keys ...' (each lock and each key is written as pin heights, one "
        "digit per column): a key fits a lock when, in every column, the lock's digit plus the key's digit is at most "
        "h; the number of lock-and-key pairs that fit is a character code (ASCII); cabinets are separated by ' | '",
    "kerbstone_sequence_assembly_ways":
        "as edging orders written 'ROW: pieces' (ROW is a run of kerbstone colours, one letter each; the pieces are "
        "short runs of colours that come ready-made): the number of different ways of laying the whole ROW from left "
        "to right out of ready-made pieces (any piece as often as needed, no overlaps, no gaps) is a character code "
        "(ASCII); orders are separated by ' | '",
    "northwest_corner_haul_allocations":
        "as haulage plans written 'pits p1 p2 ...; sites s1 s2 ...; ask i-j' (tonnes available at each pit and tonnes "
        "needed at each site, in the order listed; supply and demand match): start with pit 1 and site 1; send as many "
        "tonnes as possible from the current pit to the current site (the smaller of what the pit has left and what the "
        "site still needs); then go on to the next site if the current site is satisfied, otherwise to the next pit; "
        "repeat until everything is sent; the tonnes sent from pit i to site j are a character code (ASCII); plans are "
        "separated by ' | '",
    "comparator_network_slot_readings":
        "as sorting drills written 'numbers a b c ...; swaps i-j ...; read k' (the numbers stand in places 1, 2, 3 ... "
        "from the left): take the swaps in the order written; for a swap i-j, if the number in place i is larger than "
        "the number in place j the two change places, otherwise nothing happens; afterwards the number standing in "
        "place k is a character code (ASCII); drills are separated by ' | '",
    "plant_yard_deadlock_finishers":
        "as plant-yard sheets written 'free a/b; job n has x/y max p/q; ...' (a excavators and b dumpers stand idle in "
        "the yard; job n holds x excavators and y dumpers and may need up to p and q in all): a job can finish when the "
        "machines it may still need (p minus x excavators and q minus y dumpers) are all idle in the yard, and when it "
        "finishes it sends back every machine it holds; keep finishing jobs, in any order, until no more can finish; "
        "the job numbers of the jobs that finish add up to a character code (ASCII); sheets are separated by ' | '",
    "journal_replay_committed_values":
        "as crash journals written 'start S; T1 set 40; T2 set 77; T1 commit; ...; crash' (a counter that starts at S "
        "and the changes transactions made to it, in the order they were logged): after the crash only the changes of "
        "transactions whose 'commit' appears in the journal are kept, applied in the order they were logged; changes "
        "of transactions without a commit (or with an 'abort') are thrown away; the counter's final value is a "
        "character code (ASCII); journals are separated by ' | '",
    "inner_join_matched_pairs":
        "as load checks written 'tickets: ...; dockets: ...' (each entry is a lorry's fleet number): every ticket entry "
        "is paired with every docket entry that shows the same fleet number; the number of pairs is a character code "
        "(ASCII); checks are separated by ' | '",
    "sorted_list_pairing_spread":
        "as weigh-ins written 'A: ...; B: ...' (two lists of the same length): put each list in order from smallest to "
        "largest, pair the smallest of A with the smallest of B, the second smallest with the second smallest, and so "
        "on; add up the differences of all the pairs (always the larger minus the smaller); the total is a character "
        "code (ASCII); weigh-ins are separated by ' | '",
    "padlock_ascending_double_finds":
        "as padlock ranges written 'lo-hi' (four-digit numbers): count the numbers from lo to hi, both included, whose "
        "digits never go down from left to right and which have two equal digits next to each other somewhere; the "
        "count is a character code (ASCII); ranges are separated by ' | '",
    "conveyor_pusher_crate_stations":
        "as loading tracks written 'TRACK MOVES' (the track is a row of squares: '#' a wall, 'O' a crate, '.' an empty "
        "square, '@' the loader; squares are numbered from 1 at the left; each move is L for one square left or R for "
        "one square right): the loader steps one square that way if the square is empty; if it holds a crate, the "
        "loader pushes the whole line of crates in front of it one square along, but only if the square beyond that "
        "line is empty, otherwise nothing moves; walls never move; after the last move the numbers of the squares "
        "holding crates add up to a character code (ASCII); tracks are separated by ' | '",
    "float_switch_sump_starts":
        "as sump logs written 'on X off Y: readings' (water levels in centimetres, read in order; the pump starts "
        "switched off): when the pump is off and a reading is X or more it switches on; when it is on and a reading is "
        "Y or less it switches off; otherwise it stays as it is; the readings at which the pump switched on add up to a "
        "character code (ASCII); logs are separated by ' | '",
    "almanac_shift_chain_readings":
        "as conversion chains written 'start S; d s n, d s n; ...' (each ';'-separated map is a list of lines 'd s n': "
        "the n numbers s, s+1, ..., s+n-1 are moved to d, d+1, ..., d+n-1; a number no line of the map covers stays as "
        "it is): pass the start number through the maps in order; the number that comes out of the last map is a "
        "character code (ASCII); chains are separated by ' | '",
    "quorum_epoch_commit_marks":
        "as cluster reports written 'epoch E from F; committed C; servers a b c d e' (five servers, the leader first; "
        "each number is the last log entry that server holds; the entries after entry F were written in the leader's "
        "current epoch E, entries up to F in earlier epochs; C is the entry already known to be committed): an entry "
        "becomes committed when more than half of the servers hold it and it was written in the current epoch (and "
        "then every entry before it is committed too); entries of earlier epochs are never committed by counting "
        "alone; the highest committed entry is a character code (ASCII); reports are separated by ' | '",
    "snapshot_visible_row_versions":
        "as row histories written 'done 3,7,12; snapshot 10; 40@3-7 81@7-15 95@15-' (the done list names the "
        "transactions that committed; a version v@c-d was written by transaction c and replaced by transaction d, or "
        "by nobody when nothing follows the dash): a transaction counts for the snapshot when it committed and its "
        "number is below the snapshot number; a version is visible when its writer counts and its replacer, if any, "
        "does not; the value of the one visible version is a character code (ASCII); histories are separated by ' | '",
    "autoscaler_tolerance_replica_steps":
        "as autoscaler logs written 'start R, target T%: readings' (R copies of a service are running; each reading is "
        "the average load in per cent): for each reading, if it lies within a tenth of the target (at least 0.9 times T "
        "and at most 1.1 times T) nothing changes; otherwise the number of copies becomes the copies times the reading "
        "divided by T, rounded up to a whole number; the number of copies after the last reading is a character code "
        "(ASCII); logs are separated by ' | '",
    "first_come_lorry_choices":
        "as yard mornings written 'lorries a b c ...; A:x>y>z, B:...; ask D' (drivers listed in the order they arrive, "
        "each with the lorries they want, best first): each driver in turn takes the first lorry on their list that "
        "nobody has taken yet; the number of the lorry the asked driver drives away is a character code (ASCII); "
        "mornings are separated by ' | '",
    "borehole_core_clue_fits":
        "as core-box searches written 'clues k=v k>v k<v; box N: k=v k=v, ...' (each box lists only some of its "
        "readings): a box fits when every reading it lists agrees with the clue for that property ('=' the same value, "
        "'>' a larger value, '<' a smaller value); readings a box does not list never count against it; exactly one "
        "box fits and its number is a character code (ASCII); searches are separated by ' | '",
    "look_then_leap_engagements":
        "as hiring rounds written 'look k: scores' (applicants' scores in the order they are interviewed): let the first "
        "k applicants go but remember the best of their scores; then take the first later applicant who scores higher "
        "than that best, or the last applicant if nobody does; the score of the applicant taken is a character code "
        "(ASCII); rounds are separated by ' | '",
}

FAMILIES = {
    "preference_ballot_runoff_victors": "preferential voting with elimination (instant runoff)",
    "batten_mark_gap_variety": "difference set of marks on a ruler (Golomb-ruler style distinct distances)",
    "split_break_driving_accrual": "EU drivers' hours break rule (45 minutes, or 15 then 30) as a resetting accumulator",
    "painted_row_certain_cells": "nonogram line overlap (cells common to every placement of the clue blocks)",
    "pin_tumbler_fit_pairings": "pair counting under a column-wise sum constraint (lock and key schematics)",
    "kerbstone_sequence_assembly_ways": "number of segmentations of a string into given pieces (word-break count)",
    "northwest_corner_haul_allocations": "north-west corner rule of the transportation problem",
    "comparator_network_slot_readings": "run of a comparator (sorting) network",
    "plant_yard_deadlock_finishers": "banker's algorithm safety check with two resource types",
    "journal_replay_committed_values": "write-ahead-log crash recovery (redo committed, drop uncommitted)",
    "inner_join_matched_pairs": "relational inner-join cardinality",
    "sorted_list_pairing_spread": "one-dimensional optimal matching (sort both, sum of gaps)",
    "padlock_ascending_double_finds": "counting numbers in a range with digit rules (non-decreasing, a double)",
    "conveyor_pusher_crate_stations": "one-dimensional push puzzle (a loader pushing crate lines against walls)",
    "float_switch_sump_starts": "hysteresis (two-threshold) switch",
    "almanac_shift_chain_readings": "composition of piecewise shift maps",
    "quorum_epoch_commit_marks": "Raft-style commit rule (majority and current term)",
    "snapshot_visible_row_versions": "MVCC snapshot visibility",
    "autoscaler_tolerance_replica_steps": "horizontal autoscaler rule (ceiling of ratio, tolerance band)",
    "first_come_lorry_choices": "serial dictatorship allocation",
    "borehole_core_clue_fits": "profile matching with partial records and comparison clues",
    "look_then_leap_engagements": "optimal-stopping (secretary) rule",
}

# ------------------------------------------------------------------ own solvers (encoder side)


def s_runoff(groups):
    alive = set(c for _, r in groups for c in r)
    total = sum(n for n, _ in groups)
    rounds = 0
    while True:
        tally = collections.Counter()
        for n, r in groups:
            tally[next(c for c in r if c in alive)] += n
        for c in alive:
            tally.setdefault(c, 0)
        lead, lv = max(tally.items(), key=lambda kv: kv[1])
        if 2 * lv > total:
            return lead, rounds
        low = min(tally.values())
        los = [c for c in tally if tally[c] == low]
        if len(los) > 1:
            return None, rounds
        alive.remove(los[0])
        rounds += 1


def e_runoff(rng, t):
    while True:
        others = rng.sample([x for x in range(10, 200) if x != t], 3)
        cands = [t] + others
        groups = []
        for _ in range(rng.randrange(4, 7)):
            r = cands[:]
            rng.shuffle(r)
            groups.append((rng.randrange(1, 10), r))
        w, rounds = s_runoff(groups)
        if w == t and rounds >= 1:
            return " ".join("%d:%s" % (n, ">".join(map(str, r))) for n, r in groups)


def s_batten(L, marks):
    ms = [0, L] + list(marks)
    return len({abs(a - b) for a in ms for b in ms if a != b})


def e_batten(rng, t):
    while True:
        L = t + rng.randrange(3, 40)
        marks = set(rng.sample(range(1, L), 3))
        for _ in range(400):
            d = s_batten(L, marks)
            if d == t:
                return "%d: %s" % (L, " ".join(map(str, sorted(marks))))
            if d < t:
                marks.add(rng.randrange(1, L))
            elif len(marks) > 1:
                marks.remove(rng.choice(sorted(marks)))


def e_split(rng, t):
    def drives(total, k):
        cuts = sorted(rng.sample(range(5, total - 4), k - 1)) if k > 1 and total > 10 + 5 * k else []
        parts = []
        prev = 0
        for c in cuts + [total]:
            parts.append(c - prev)
            prev = c
        return parts

    while True:
        ent = []
        for _ in range(rng.randrange(1, 3)):
            ent += ["D%d" % x for x in drives(rng.randrange(30, 200), rng.randrange(1, 3))]
            if rng.random() < 0.5:
                ent.append("W%d" % rng.randrange(5, 40))
            ent.append("B%d" % rng.randrange(5, 14))
        if rng.random() < 0.5:
            ent.append("B%d" % rng.randrange(45, 70))
        else:
            ent.append("B%d" % rng.randrange(15, 30))
            ent += ["D%d" % rng.randrange(20, 90)]
            ent.append("B%d" % rng.randrange(30, 44))
        tail = ["D%d" % x for x in drives(t, rng.randrange(1, 4))]
        # decoys after the clearing: short breaks, other work, at most one break of 15-44 minutes
        extra = ["W%d" % rng.randrange(5, 30), "B%d" % rng.randrange(5, 14)]
        if rng.random() < 0.6:
            extra.append("B%d" % rng.randrange(15, 44))
        for x in extra:
            tail.insert(rng.randrange(0, len(tail) + 1), x)
        s = ent + tail
        # own check
        tot, first = 0, False
        for e in s:
            n = int(e[1:])
            if e[0] == "D":
                tot += n
            elif e[0] == "B":
                if n >= 45 or (first and n >= 30):
                    tot, first = 0, False
                elif n >= 15:
                    first = True
        if tot == t:
            return " ".join(s)


def e_row(rng, t):
    while True:
        s = rng.randrange(1, 9)
        r = rng.randrange(1, 4)
        if t < r:
            continue
        cuts = sorted(rng.sample(range(1, t), r - 1)) if r > 1 else []
        parts = [b - a for a, b in zip([0] + cuts, cuts + [t])]
        blocks = [p + s for p in parts]
        for _ in range(rng.randrange(0, 3)):
            blocks.insert(rng.randrange(len(blocks) + 1), rng.randrange(1, s + 1))
        n = sum(blocks) + len(blocks) - 1 + s
        if sum(max(0, b - s) for b in blocks) == t:
            return "%d: %s" % (n, " ".join(map(str, blocks)))


def e_locks(rng, t):
    h = 7
    cols = 4
    while True:
        m = rng.randrange(8, 14)
        n = max(5, -(-(t + rng.randrange(5, 40)) // m))
        locks = ["".join(str(rng.randrange(0, h + 1)) for _ in range(cols)) for _ in range(m)]
        keys = ["".join(str(rng.randrange(0, h + 1)) for _ in range(cols)) for _ in range(n)]

        def cnt():
            return sum(1 for a in locks for b in keys if all(int(x) + int(y) <= h for x, y in zip(a, b)))

        for _ in range(3000):
            c = cnt()
            if c == t:
                return "H=%d; locks %s; keys %s" % (h, " ".join(locks), " ".join(keys))
            lst = locks if rng.random() < 0.5 else keys
            i = rng.randrange(len(lst))
            digs = [int(x) for x in lst[i]]
            j = rng.randrange(cols)
            if c < t and digs[j] > 0:
                digs[j] -= 1
            elif c > t and digs[j] < h:
                digs[j] += 1
            lst[i] = "".join(map(str, digs))


def s_pieces(row, pieces):
    w = [1] + [0] * len(row)
    for i in range(1, len(row) + 1):
        for p in pieces:
            if i >= len(p) and row[i - len(p):i] == p:
                w[i] += w[i - len(p)]
    return w[len(row)]


def e_pieces(rng, t):
    cols = "GRB"
    while True:
        pieces = set()
        pieces.add(rng.choice(cols))
        want = rng.randrange(4, 7)
        while len(pieces) < want:
            pieces.add("".join(rng.choice(cols) for _ in range(rng.randrange(1, 4))))
        pieces = sorted(pieces, key=lambda p: (len(p), p))
        for _ in range(30):
            row = ""
            w = [1]
            hit = None
            while len(row) < 40 and hit is None:
                row += rng.choice(pieces)
                while len(w) <= len(row):
                    i = len(w)
                    w.append(sum(w[i - len(p)] for p in pieces if i >= len(p) and row[i - len(p):i] == p))
                    if w[i] == t and i >= 6:
                        hit = row[:i]
                        break
                    if w[i] > t and w[i - 1] > t:
                        break
                if w[-1] > 4 * t:
                    break
            if hit is not None and s_pieces(hit, pieces) == t:
                pl = pieces[:]
                rng.shuffle(pl)
                return "%s: %s" % (hit, ", ".join(pl))


def e_nwc(rng, t):
    while True:
        m, n = rng.randrange(2, 5), rng.randrange(2, 5)
        moves = ["R"] * (n - 1) + ["D"] * (m - 1)
        rng.shuffle(moves)
        path = [(0, 0)]
        for mv in moves:
            i, j = path[-1]
            path.append((i, j + 1) if mv == "R" else (i + 1, j))
        amt = {cell: rng.randrange(5, 150) for cell in path}
        ask = rng.choice(path)
        amt[ask] = t
        sup = [sum(v for (i, j), v in amt.items() if i == r) for r in range(m)]
        dem = [sum(v for (i, j), v in amt.items() if j == c) for c in range(n)]
        # own simulation
        s, d = sup[:], dem[:]
        i = j = 0
        got = {}
        while i < m and j < n:
            q = min(s[i], d[j])
            got[(i, j)] = got.get((i, j), 0) + q
            s[i] -= q
            d[j] -= q
            if d[j] == 0:
                j += 1
            else:
                i += 1
        if got.get(ask) == t and all(got.get(c) == amt[c] for c in path):
            return "pits %s; sites %s; ask %d-%d" % (" ".join(map(str, sup)), " ".join(map(str, dem)),
                                                      ask[0] + 1, ask[1] + 1)


def e_drill(rng, t):
    while True:
        n = rng.randrange(5, 8)
        nums = [t] + rng.sample([x for x in range(10, 200) if x != t], n - 1)
        rng.shuffle(nums)
        start = nums.index(t)
        pairs = []
        for _ in range(rng.randrange(5, 10)):
            i, j = sorted(rng.sample(range(n), 2))
            pairs.append((i, j))
        a = nums[:]
        for i, j in pairs:
            if a[i] > a[j]:
                a[i], a[j] = a[j], a[i]
        k = a.index(t)
        if k != start:
            return "numbers %s; swaps %s; read %d" % (" ".join(map(str, nums)),
                                                      " ".join("%d-%d" % (i + 1, j + 1) for i, j in pairs), k + 1)


def e_yard(rng, t):
    while True:
        r = rng.randrange(2, 4)
        if t < 5 * r:
            r = 2
        cuts = sorted(rng.sample(range(5, t - 4), r - 1)) if r > 1 else []
        nums = [b - a for a, b in zip([0] + cuts, cuts + [t])]
        if len(set(nums)) != len(nums) or min(nums) < 3:
            continue
        free = [rng.randrange(0, 3), rng.randrange(0, 3)]
        avail = free[:]
        jobs = []
        for num in nums:
            x, y = rng.randrange(0, 4), rng.randrange(0, 3)
            p = x + rng.randrange(0, avail[0] + 1)
            q = y + rng.randrange(0, avail[1] + 1)
            jobs.append((num, x, y, p, q))
            avail = [avail[0] + x, avail[1] + y]
        stuck_nums = rng.sample([v for v in range(1, 100) if v not in nums], rng.randrange(1, 3))
        for num in stuck_nums:
            x, y = rng.randrange(0, 3), rng.randrange(0, 3)
            if rng.random() < 0.5:
                p, q = x + avail[0] + rng.randrange(1, 4), y + rng.randrange(0, 2)
            else:
                p, q = x + rng.randrange(0, 2), y + avail[1] + rng.randrange(1, 4)
            jobs.append((num, x, y, p, q))
        rng.shuffle(jobs)
        # own check: fixed point
        f = free[:]
        fin = set()
        progress = True
        while progress:
            progress = False
            for num, x, y, p, q in jobs:
                if num not in fin and p - x <= f[0] and q - y <= f[1]:
                    f = [f[0] + x, f[1] + y]
                    fin.add(num)
                    progress = True
        if sum(fin) == t and fin == set(nums):
            return "free %d/%d; %s" % (free[0], free[1], "; ".join(
                "job %d has %d/%d max %d/%d" % j for j in jobs))


def e_journal(rng, t):
    while True:
        start = rng.randrange(10, 200)
        txs = ["T%d" % i for i in range(1, rng.randrange(3, 6))]
        log = []
        for _ in range(rng.randrange(4, 8)):
            log.append((rng.choice(txs), "set", rng.randrange(10, 200)))
        winner = rng.choice(txs)
        log.append((winner, "set", t))
        for _ in range(rng.randrange(0, 3)):
            log.append((rng.choice([x for x in txs if x != winner]), "set", rng.randrange(10, 200)))
        fates = {}
        for tx in txs:
            fates[tx] = "commit" if (tx == winner or rng.random() < 0.4) else rng.choice(["abort", None])
        out = []
        for e in log:
            out.append("%s set %d" % (e[0], e[2]))
        for tx in txs:
            if fates[tx]:
                pos = max(i for i, e in enumerate(log) if e[0] == tx) + 1 if any(e[0] == tx for e in log) else 0
                out.insert(min(len(out), pos + rng.randrange(0, 3)), "%s %s" % (tx, fates[tx]))
        val = start
        committed = {tx for tx in txs if fates[tx] == "commit"}
        for tx, _, v in log:
            if tx in committed:
                val = v
        if val == t:
            return "start %d; %s; crash" % (start, "; ".join(out))


def e_join(rng, t):
    while True:
        labels = rng.sample(["T%02d" % i for i in range(1, 40)], 9)
        rem = t
        a, b = [], []
        k = 0
        while rem > 0 and k < 6:
            x = rng.randrange(1, min(9, rem) + 1)
            y = rng.randrange(1, min(9, rem // x) + 1)
            a += [labels[k]] * x
            b += [labels[k]] * y
            rem -= x * y
            k += 1
        if rem:
            continue
        for lab in labels[k:k + 2]:
            a += [lab] * rng.randrange(1, 3)
        for lab in labels[k + 2:k + 4]:
            b += [lab] * rng.randrange(1, 3)
        rng.shuffle(a)
        rng.shuffle(b)
        ca, cb = collections.Counter(a), collections.Counter(b)
        if sum(ca[x] * cb[x] for x in ca) == t and len(a) + len(b) < 60:
            return "tickets: %s; dockets: %s" % (" ".join(a), " ".join(b))


def e_spread(rng, t):
    while True:
        n = rng.randrange(3, 7)
        a = sorted(rng.sample(range(10, 150), n))
        cuts = sorted(rng.randrange(0, t + 1) for _ in range(n - 1))
        gaps = [y - x for x, y in zip([0] + cuts, cuts + [t])]
        b = [x + (g if rng.random() < 0.5 else -g) for x, g in zip(a, gaps)]
        if min(b) < 1 or len(set(b)) != n or b != sorted(b):
            continue
        if sum(abs(x - y) for x, y in zip(sorted(a), sorted(b))) != t:
            continue
        rng.shuffle(a)
        rng.shuffle(b)
        return "A: %s; B: %s" % (" ".join(map(str, a)), " ".join(map(str, b)))


_PAD = [x for x in range(1000, 10000) if list(str(x)) == sorted(str(x)) and
        any(str(x)[i] == str(x)[i + 1] for i in range(3))]


def e_padlock(rng, t):
    i = rng.randrange(0, len(_PAD) - t)
    lo_min = _PAD[i - 1] + 1 if i > 0 else 1000
    lo = rng.randrange(lo_min, _PAD[i] + 1)
    j = i + t - 1
    hi_max = _PAD[j + 1] - 1 if j + 1 < len(_PAD) else 9999
    hi = rng.randrange(_PAD[j], hi_max + 1)
    return "%d-%d" % (lo, hi)


def s_pusher(track, moves):
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
                t[e], t[q], t[p] = "O", "@", "."
                p = q
    return sum(i + 1 for i, c in enumerate(t) if c == "O")


def e_pusher(rng, t):
    while True:
        k = rng.randrange(1, 4)
        L = max(9, int(2 * t / k) + rng.randrange(-4, 5))
        if L > 90:
            continue
        inner = ["."] * (L - 2)
        for _ in range(rng.randrange(0, 2)):
            inner[rng.randrange(len(inner))] = "#"
        spots = rng.sample([i for i, c in enumerate(inner) if c == "."], k + 1)
        for s in spots[:k]:
            inner[s] = "O"
        inner[spots[k]] = "@"
        track = "#" + "".join(inner) + "#"
        moves = "".join(rng.choice("LR") for _ in range(rng.randrange(5, 12)))
        if s_pusher(track, moves) == t:
            return "%s %s" % (track, moves)


def e_sump(rng, t):
    while True:
        two = t >= 90 and rng.random() < 0.6
        on = rng.randrange(30, (t // 2 if two else t) + 1)
        off = rng.randrange(5, max(6, on - 10))
        starts = [t] if not two else None
        if two:
            a = rng.randrange(on, t - on + 1)
            starts = [a, t - a]
        rd = []
        for s in starts:
            for _ in range(rng.randrange(1, 4)):
                rd.append(rng.randrange(0, on))
            rd.append(s)
            for _ in range(rng.randrange(1, 4)):
                rd.append(rng.randrange(off + 1, 140))
            rd.append(rng.randrange(0, off + 1))
        for _ in range(rng.randrange(0, 3)):
            rd.append(rng.randrange(0, on))
        run, tot = False, 0
        for r in rd:
            if not run and r >= on:
                run, tot = True, tot + r
            elif run and r <= off:
                run = False
        if tot == t:
            return "on %d off %d: %s" % (on, off, " ".join(map(str, rd)))


def e_chain(rng, t):
    while True:
        s0 = rng.randrange(1, 200)
        x = s0
        maps = []
        nmaps = rng.randrange(3, 5)
        ok = True
        for mi in range(nmaps):
            lines = []
            last = mi == nmaps - 1
            if last or rng.random() < 0.75:
                if last:
                    target = t
                else:
                    target = rng.randrange(1, 200)
                    if target == x:
                        target += 1
                off = rng.randrange(0, 6)
                n = off + rng.randrange(1, 12)
                s = x - off
                if s < 0:
                    ok = False
                    break
                d = target - off
                if d < 0:
                    ok = False
                    break
                lines.append((d, s, n))
                cov = (s, s + n)
            else:
                target = x
                cov = (x, x + 1)
            for _ in range(rng.randrange(1, 3)):
                for _ in range(50):
                    ds = rng.randrange(0, 200)
                    ss = rng.randrange(0, 200)
                    nn = rng.randrange(2, 15)
                    if ss + nn <= cov[0] or ss >= cov[1]:
                        if all(ss + nn <= l[1] or ss >= l[1] + l[2] for l in lines):
                            lines.append((ds, ss, nn))
                            break
            rng.shuffle(lines)
            maps.append(lines)
            x = target
        if not ok or x != t:
            continue
        y = s0
        for lines in maps:
            for d, s, n in lines:
                if s <= y < s + n:
                    y = d + y - s
                    break
        if y == t:
            return "start %d; %s" % (s0, "; ".join(", ".join("%d %d %d" % l for l in lines) for lines in maps))


def e_quorum(rng, t):
    while True:
        epoch = rng.randrange(3, 30)
        if rng.random() < 0.55:
            f = rng.randrange(max(1, t - 40), t)
            c = rng.randrange(max(1, f - 30), f + 1)
            hi = [t, rng.randrange(t, t + 20), rng.randrange(t, t + 20)]
            hi[0] = t
            lo = [rng.randrange(max(1, c), t), rng.randrange(max(1, c), t)]
            leader = max(hi)
            rest = [x for x in hi if x != leader] if hi.count(leader) == 1 else hi[1:]
            servers = [leader] + rest + lo
        else:
            c = t
            f = rng.randrange(t + 2, t + 40)
            m = rng.randrange(t, f + 1)
            leader = rng.randrange(f + 1, f + 30)
            others = [m, m + rng.randrange(0, 3) if m + 2 <= f else m, rng.randrange(max(1, t - 10), m + 1),
                      rng.randrange(max(1, t - 10), m + 1)]
            servers = [leader] + others
        rng.shuffle(servers[1:])
        servers = [servers[0]] + sorted(servers[1:], key=lambda _: rng.random())
        best = c
        for n in range(max(servers), f, -1):
            if 2 * sum(1 for s in servers if s >= n) > 5:
                best = max(best, n)
                break
        if best == t and servers[0] == max(servers):
            return "epoch %d from %d; committed %d; servers %s" % (epoch, f, c, " ".join(map(str, servers)))


def e_snapshot(rng, t):
    while True:
        k = rng.randrange(3, 6)
        writers = sorted(rng.sample(range(2, 40), k))
        done = {w for w in writers if rng.random() < 0.6}
        for _ in range(rng.randrange(1, 3)):
            done.add(rng.randrange(1, 45))
        snap = rng.randrange(5, 45)

        def counts(x):
            return x is not None and x in done and x < snap

        vis = [i for i in range(k) if counts(writers[i]) and not counts(writers[i + 1] if i + 1 < k else None)]
        if len(vis) != 1:
            continue
        vals = rng.sample([v for v in range(10, 200) if v != t], k)
        vals[vis[0]] = t
        parts = []
        for i in range(k):
            parts.append("%d@%d-%s" % (vals[i], writers[i], writers[i + 1] if i + 1 < k else ""))
        return "done %s; snapshot %d; %s" % (",".join(map(str, sorted(done))), snap, " ".join(parts))


def e_scaler(rng, t):
    while True:
        T = rng.randrange(40, 81)
        r = rng.randrange(4, 60)
        reads = []
        p = r
        for _ in range(rng.randrange(1, 4)):
            if rng.random() < 0.4:
                x = rng.randrange(-(-9 * T // 10), 11 * T // 10 + 1)
            else:
                x = rng.randrange(10, 100)
            if not (10 * x < 9 * T or 10 * x > 11 * T):
                reads.append(x)
                continue
            q = -(-(p * x) // T)
            if q < 2 or q > 200:
                continue
            reads.append(x)
            p = q
        if p > T or p == 0:
            continue
        lo = T * (t - 1) // p + 1
        hi = T * t // p
        cands = [x for x in range(lo, hi + 1) if (10 * x < 9 * T or 10 * x > 11 * T) and -(-(p * x) // T) == t
                 and x <= 400]
        if not cands:
            continue
        reads.append(rng.choice(cands))
        return "start %d, target %d%%: %s" % (r, T, " ".join(map(str, reads)))


def e_lorries(rng, t):
    names = "ABCDE"
    while True:
        nd = rng.randrange(4, 6)
        lorries = [t] + rng.sample([x for x in range(10, 200) if x != t], nd)
        rng.shuffle(lorries)
        prefs = []
        for i in range(nd):
            lst = lorries[:]
            rng.shuffle(lst)
            prefs.append(lst)
        ask = rng.randrange(1, nd)
        taken = set()
        got = {}
        for i, lst in enumerate(prefs):
            for x in lst:
                if x not in taken:
                    taken.add(x)
                    got[i] = x
                    break
        if got.get(ask) == t and prefs[ask][0] != t:
            return "lorries %s; %s; ask %s" % (" ".join(map(str, lorries)),
                                               ", ".join("%s:%s" % (names[i], ">".join(map(str, p)))
                                                         for i, p in enumerate(prefs)), names[ask])


PROPS = ["clay", "sand", "chalk", "shale", "flint", "marl", "peat"]


def e_cores(rng, t):
    while True:
        props = rng.sample(PROPS, rng.randrange(4, 6))
        clues = {}
        for p in props:
            op = rng.choice("=<>")
            v = rng.randrange(1, 9) if op == "=" else (rng.randrange(3, 8))
            clues[p] = (op, v)

        def agree(p, v):
            op, cv = clues[p]
            return (op == "=" and v == cv) or (op == ">" and v > cv) or (op == "<" and v < cv)

        def good_val(p):
            op, cv = clues[p]
            return cv if op == "=" else (rng.randrange(cv + 1, 10) if op == ">" else rng.randrange(0, cv))

        def bad_val(p):
            op, cv = clues[p]
            if op == "=":
                return rng.choice([x for x in range(10) if x != cv])
            return rng.randrange(0, cv + 1) if op == ">" else rng.randrange(cv, 10)

        boxes = []
        sel = rng.sample(props, rng.randrange(2, 4))
        boxes.append((t, [(p, good_val(p)) for p in sel]))
        nums = rng.sample([x for x in range(10, 200) if x != t], rng.randrange(3, 6))
        for n in nums:
            sel = rng.sample(props, rng.randrange(2, 4))
            rd = [(p, good_val(p)) for p in sel]
            j = rng.randrange(len(rd))
            rd[j] = (rd[j][0], bad_val(rd[j][0]))
            boxes.append((n, rd))
        rng.shuffle(boxes)
        fits = [n for n, rd in boxes if all(agree(p, v) for p, v in rd)]
        if fits == [t]:
            return "clues %s; %s" % (" ".join("%s%s%d" % (p, clues[p][0], clues[p][1]) for p in props),
                                     ", ".join("box %d: %s" % (n, " ".join("%s=%d" % pv for pv in rd))
                                               for n, rd in boxes))


def e_leap(rng, t):
    while True:
        k = rng.randrange(2, 6)
        first = [rng.randrange(10, t) for _ in range(k)]
        best = max(first)
        dec = [rng.randrange(10, best + 1) for _ in range(rng.randrange(1, 4))]
        after = [rng.randrange(10, 200) for _ in range(rng.randrange(1, 4))]
        s = first + dec + [t] + after
        got = next((x for x in s[k:] if x > best), s[-1])
        if got == t:
            return "look %d: %s" % (k, " ".join(map(str, s)))


ENC = {
    "preference_ballot_runoff_victors": e_runoff,
    "batten_mark_gap_variety": e_batten,
    "split_break_driving_accrual": e_split,
    "painted_row_certain_cells": e_row,
    "pin_tumbler_fit_pairings": e_locks,
    "kerbstone_sequence_assembly_ways": e_pieces,
    "northwest_corner_haul_allocations": e_nwc,
    "comparator_network_slot_readings": e_drill,
    "plant_yard_deadlock_finishers": e_yard,
    "journal_replay_committed_values": e_journal,
    "inner_join_matched_pairs": e_join,
    "sorted_list_pairing_spread": e_spread,
    "padlock_ascending_double_finds": e_padlock,
    "conveyor_pusher_crate_stations": e_pusher,
    "float_switch_sump_starts": e_sump,
    "almanac_shift_chain_readings": e_chain,
    "quorum_epoch_commit_marks": e_quorum,
    "snapshot_visible_row_versions": e_snapshot,
    "autoscaler_tolerance_replica_steps": e_scaler,
    "first_come_lorry_choices": e_lorries,
    "borehole_core_clue_fits": e_cores,
    "look_then_leap_engagements": e_leap,
}
assert set(ENC) == set(RULES) == set(FAMILIES)


def encode(rng, encoding, plain):
    return " | ".join(ENC[encoding](rng, ord(ch)) for ch in plain)
