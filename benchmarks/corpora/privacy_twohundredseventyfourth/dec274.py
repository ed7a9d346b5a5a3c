"""Decoders of the p274 evasion encodings. Written apart from the encoders: this module
imports nothing from enc274 or common274 and works every answer out its own way."""
import itertools
import re
from collections import Counter


def _kalah(p):
    m = re.fullmatch(r"\{([\d ]+) / ([\d ]+)\} store (\d+): ([\d ]+)", p)
    near = [int(x) for x in m.group(1).split()]
    far = [int(x) for x in m.group(2).split()]
    ring = [("n", i) for i in range(6)] + [("s", 0)] + [("f", i) for i in range(6)]
    cnt = {("n", i): near[i] for i in range(6)}
    cnt.update({("f", i): far[i] for i in range(6)})
    cnt[("s", 0)] = int(m.group(3))
    for mv in m.group(4).split():
        place = ("n", int(mv) - 1)
        hand, cnt[place] = cnt[place], 0
        j = ring.index(place)
        while hand > 0:
            j = j + 1 if j + 1 < len(ring) else 0
            cnt[ring[j]] += 1
            hand -= 1
    return cnt[("s", 0)]


def _bingo(p):
    m = re.fullmatch(r"card: (.*); calls: (.*)", p)
    rows = [[int(x) for x in r.split()] for r in m.group(1).split(" / ")]
    calls = [int(x) for x in m.group(2).split()]
    lines = [set(r) for r in rows] + [set(rows[r][c] for r in range(5)) for c in range(5)]
    lines += [set(rows[i][i] for i in range(5)), set(rows[i][4 - i] for i in range(5))]
    heard = set()
    for n in calls:
        heard.add(n)
        if any(ln <= heard for ln in lines):
            return n
    raise ValueError("no bingo")


_PR = {r: i for i, r in enumerate("23456789TJQKA", start=2)}


def _rank_hand(cards):
    vals = [_PR[c[0]] for c in cards]
    cnt = Counter(vals)
    is_flush = len({c[1] for c in cards}) == 1
    s = sorted(set(vals))
    top = None
    if len(s) == 5 and s[4] - s[0] == 4:
        top = s[4]
    if s == [2, 3, 4, 5, 14]:
        top = 5
    by = sorted(cnt, key=lambda v: (-cnt[v], -v))
    mult = sorted(cnt.values(), reverse=True)
    if top and is_flush:
        cls = 9
        tb = [top]
    elif mult == [4, 1]:
        cls, tb = 8, by
    elif mult == [3, 2]:
        cls, tb = 7, by
    elif is_flush:
        cls, tb = 6, sorted(vals, reverse=True)
    elif top:
        cls, tb = 5, [top]
    elif mult == [3, 1, 1]:
        cls, tb = 4, by
    elif mult == [2, 2, 1]:
        cls, tb = 3, by
    elif mult == [2, 1, 1, 1]:
        cls, tb = 2, by
    else:
        cls, tb = 1, sorted(vals, reverse=True)
    return [cls] + tb


def _poker(p):
    best = None
    who = []
    for seat in p.split(", "):
        m = re.fullmatch(r"seat (\d+): (.+)", seat)
        r = _rank_hand(m.group(2).split())
        if best is None or r > best:
            best, who = r, [int(m.group(1))]
        elif r == best:
            who.append(int(m.group(1)))
    if len(who) != 1:
        raise ValueError("tie")
    return who[0]


def _crib_one(show):
    hand_txt, starter = show.split(" + ")
    hand = hand_txt.split()
    cards = hand + [starter]
    rk = ["A23456789TJQK".index(c[0]) + 1 for c in cards]
    pts = 0
    # fifteens by enumerating bit masks
    for mask in range(1, 32):
        if sum(min(rk[i], 10) for i in range(5) if mask >> i & 1) == 15:
            pts += 2
    # pairs from rank counts
    for v in Counter(rk).values():
        pts += v * (v - 1)
    # runs from rank multiplicities
    cnt = Counter(rk)
    best = 0
    for lo in range(1, 14):
        length = 0
        ways = 1
        r = lo
        while cnt.get(r):
            ways *= cnt[r]
            length += 1
            r += 1
        if length >= 3 and not cnt.get(lo - 1):
            best += length * ways
    pts += best
    suits = [c[1] for c in hand]
    if suits.count(suits[0]) == 4:
        pts += 4 + (starter[1] == suits[0])
    pts += sum(1 for c in hand if c[0] == "J" and c[1] == starter[1])
    return pts


def _cribbage(p):
    return sum(_crib_one(s) for s in p.split(", "))


def _klaverjas(p):
    m = re.fullmatch(r"trumps ([cdhs]): (.*)", p)
    trump = m.group(1)
    t_rank = {r: 8 - i for i, r in enumerate("J9ATKQ87")}
    p_rank = {r: 8 - i for i, r in enumerate("ATKQJ987")}
    t_pts = dict(zip("J9ATKQ87", [20, 14, 11, 10, 4, 3, 0, 0]))
    p_pts = dict(zip("ATKQJ987", [11, 10, 4, 3, 2, 0, 0, 0]))
    tricks = m.group(2).split(" / ")
    team = 0
    for n, tr in enumerate(tricks):
        plays = [(int(x.split(":")[0]), x.split(":")[1]) for x in tr.split()]
        led = plays[0][1][1]

        def strength(card):
            if card[1] == trump:
                return 100 + t_rank[card[0]]
            if card[1] == led:
                return p_rank[card[0]]
            return -1
        winner = max(plays, key=lambda pc: strength(pc[1]))[0]
        value = sum(t_pts[c[0]] if c[1] == trump else p_pts[c[0]] for _, c in plays)
        if n == len(tricks) - 1:
            value += 10
        if winner % 2 == 1:
            team += value
    return team


def _bowling(p):
    balls = []
    frame_starts = []
    for f in p.split():
        frame_starts.append(len(balls))
        prev = 0
        for ch in f:
            if ch == "X":
                v = 10
            elif ch == "/":
                v = 10 - prev
            elif ch == "-":
                v = 0
            else:
                v = int(ch)
            balls.append(v)
            prev = v if ch not in "X/" else 0
    score = 0
    for k, st in enumerate(frame_starts):
        if k == 9:
            score += sum(balls[st:])
        elif balls[st] == 10:
            score += 10 + balls[st + 1] + balls[st + 2]
        elif balls[st] + balls[st + 1] == 10:
            score += 10 + balls[st + 2]
        else:
            score += balls[st] + balls[st + 1]
    return score


def _dart(d):
    if d == "50":
        return 50, True
    if d == "25":
        return 25, False
    if d == "0":
        return 0, False
    mult = {"S": 1, "D": 2, "T": 3}[d[0]]
    return mult * int(d[1:]), d[0] == "D"


def _darts(p):
    start, rest = p.split(": ", 1)
    left = {"A": int(start), "B": int(start)}
    winner = None
    for visit in rest.split(", "):
        parts = visit.split()
        who, darts = parts[0], parts[1:]
        if winner:
            continue
        before = left[who]
        for d in darts:
            val, dbl = _dart(d)
            left[who] -= val
            if left[who] == 0 and dbl:
                winner = who
                break
            if left[who] <= 1:
                left[who] = before
                break
    other = "B" if winner == "A" else "A"
    return left[other]


def _pig(p):
    rolls = [int(x) for x in p.strip("()").split()]
    bank = 0
    run = 0
    for x in rolls:
        if x == 1:
            run = 0
            continue
        run += x
        if run >= 20:
            bank, run = bank + run, 0
    return bank + run


def _cornhole(p):
    tot = 0
    for inning in p.split():
        a, b = inning.split("/")
        d = sum(int(c) for c in a) - sum(int(c) for c in b)
        tot += max(d, 0)
    return tot


def _battleship(p):
    m = re.fullmatch(r"ships: (.*); shots: (.*)", p)

    def cell(s):
        return ("ABCDEFGHIJKL".index(s[0]), int(s[1:]))
    fleet = []
    for sh in m.group(1).split(", "):
        a, b = (cell(x) for x in sh.split("-"))
        if a[0] == b[0]:
            sq = {(a[0], c) for c in range(min(a[1], b[1]), max(a[1], b[1]) + 1)}
        else:
            sq = {(r, a[1]) for r in range(min(a[0], b[0]), max(a[0], b[0]) + 1)}
        fleet.append(sq)
    for i, s in enumerate(m.group(2).split(), start=1):
        c = cell(s)
        for sq in fleet:
            sq.discard(c)
        if all(not sq for sq in fleet):
            return i
    raise ValueError("fleet afloat")


def _volleyball(p):
    m = re.fullmatch(r"A: ([\d ]+); B: ([\d ]+); rallies: ([AB]+)", p)
    order = {"A": m.group(1).split(), "B": m.group(2).split()}
    turns = {"A": 1, "B": 0}
    team = "A"
    server = None
    for w in m.group(3):
        server = order[team][(turns[team] - 1) % 6]
        if w != team:
            turns[w] += 1
            team = w
    return int(server)


def _amidakuji(p):
    m = re.fullmatch(r"(\d+) legs, feet ([\d ]+): (.*)", p)
    feet = m.group(2).split()
    leg = 1
    for rung in m.group(3).split():
        a, b = map(int, rung.split("-"))
        if leg in (a, b):
            leg = a + b - leg
    return int(feet[leg - 1])


def _bullscows(p):
    clues = []
    for c in p.split(", "):
        g, fb = c.split()
        b, w = map(int, fb.split("+"))
        clues.append((g, b, w))
    fits = []
    for n in range(1000):
        s = "%03d" % n
        ok = True
        for g, b, w in clues:
            bulls = sum(1 for i in range(3) if s[i] == g[i])
            rest_s = Counter(s[i] for i in range(3) if s[i] != g[i])
            rest_g = Counter(g[i] for i in range(3) if s[i] != g[i])
            cows = sum((rest_s & rest_g).values())
            if bulls != b or cows != w:
                ok = False
                break
        if ok:
            fits.append(n)
    if len(fits) != 1:
        raise ValueError("not unique")
    return fits[0]


def _knights(p):
    m = re.fullmatch(r"badges ([A-E=\d ]+); (.*)", p)
    badges = {x.split("=")[0]: int(x.split("=")[1]) for x in m.group(1).split()}
    people = sorted(badges)
    stmts = re.findall(r"([A-E]): ([^.]*)\.", m.group(2))

    def holds(text, kn):
        t = re.fullmatch(r"([A-E]) is a knight", text)
        if t:
            return kn[t.group(1)]
        t = re.fullmatch(r"([A-E]) is a knave", text)
        if t:
            return not kn[t.group(1)]
        t = re.fullmatch(r"([A-E]) and ([A-E]) are the same kind", text)
        if t:
            return kn[t.group(1)] == kn[t.group(2)]
        t = re.fullmatch(r"([A-E]) and ([A-E]) are different kinds", text)
        if t:
            return kn[t.group(1)] != kn[t.group(2)]
        t = re.fullmatch(r"exactly (\d+) of us (?:is|are) knights", text)
        if t:
            return sum(kn.values()) == int(t.group(1))
        t = re.fullmatch(r"at least one of ([A-E]) and ([A-E]) is a knave", text)
        if t:
            return not (kn[t.group(1)] and kn[t.group(2)])
        raise ValueError(text)
    sols = []
    for combo in itertools.product([False, True], repeat=len(people)):
        kn = dict(zip(people, combo))
        if all(holds(tx, kn) == kn[sp] for sp, tx in stmts):
            sols.append(kn)
    if len(sols) != 1:
        raise ValueError("not unique")
    return sum(badges[x] for x in people if sols[0][x])


def _minesweeper(p):
    rows = p.split("/")
    mines = {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "*"}
    total = 0
    for (r, c) in mines:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                rr, cc = r + dr, c + dc
                if (dr, dc) != (0, 0) and 0 <= rr < len(rows) and 0 <= cc < len(rows[0]) and (rr, cc) not in mines:
                    total += 1
    return total


def _die(p):
    # faces as outward vectors: x right, y away from you, z up
    face = {(0, 0, 1): 1, (0, -1, 0): 2, (1, 0, 0): 3, (-1, 0, 0): 4, (0, 1, 0): 5, (0, 0, -1): 6}
    rot = {
        "A": lambda v: (v[0], v[2], -v[1]),   # tipping away: up -> away, towards-you -> up
        "T": lambda v: (v[0], -v[2], v[1]),
        "R": lambda v: (v[2], v[1], -v[0]),   # tipping right: up -> right, left -> up
        "L": lambda v: (-v[2], v[1], v[0]),
    }
    total = 0
    for mv in p:
        face = {rot[mv](v): n for v, n in face.items()}
        total += face[(0, 0, 1)]
    return total


def _lift(p):
    m = re.fullmatch(r"at floor (\d+) going (up|down): ([\d ]+)", p)
    floor = int(m.group(1))
    step = 1 if m.group(2) == "up" else -1
    todo = set(int(x) for x in m.group(3).split())
    todo.discard(floor)
    moved = 0
    while todo:
        ahead = [f for f in todo if (f - floor) * step > 0]
        if not ahead:
            step = -step
            continue
        floor += step
        moved += 1
        todo.discard(floor)
    return moved


def _regatta(p):
    m = re.fullmatch(r"(\d+) boats, boat (\d+): (.*)", p)
    n, boat = int(m.group(1)), m.group(2)
    pts = []
    for race in m.group(3).split(" / "):
        order = race.split()
        pts.append(order.index(boat) + 1 if boat in order else n + 1)
    pts.remove(max(pts))
    return sum(pts)


def _boggle(p):
    lists = {}
    for part in p.split("; "):
        who, words = part.split(": ")
        lists[who] = words.split()
    seen = Counter(w for ws in lists.values() for w in set(ws))
    score = 0
    for w in lists["A"]:
        if seen[w] > 1:
            continue
        n = len(w)
        score += 1 if n < 5 else 2 if n == 5 else 3 if n == 6 else 5 if n == 7 else 11
    return score


def _blackjack(p):
    cards = p.strip("()").split()
    total = 0
    hand = []
    for c in cards:
        hand.append(c)
        hard = sum(1 if x == "A" else 10 if x in "TJQK" else int(x) for x in hand)
        best = hard + 10 if "A" in hand and hard + 10 <= 21 else hard
        if best >= 17:
            total += best
            hand = []
    if hand:
        raise ValueError("unfinished round")
    return total


def _yacht(p):
    tot = 0
    for line in p.split(", "):
        cat, dice_txt = line.split(": ")
        d = [int(x) for x in dice_txt.split()]
        c = Counter(d)
        faces = {"ones": 1, "twos": 2, "threes": 3, "fours": 4, "fives": 5, "sixes": 6}
        if cat in faces:
            tot += faces[cat] * c[faces[cat]]
        elif cat == "three of a kind":
            tot += sum(d) if max(c.values()) >= 3 else 0
        elif cat == "four of a kind":
            tot += sum(d) if max(c.values()) >= 4 else 0
        elif cat == "full house":
            tot += 25 if sorted(c.values()) == [2, 3] else 0
        elif cat == "small straight":
            s = "".join(str(x) for x in sorted(set(d)))
            tot += 30 if any(run in s for run in ("1234", "2345", "3456")) else 0
        elif cat == "large straight":
            tot += 40 if len(set(d)) == 5 and max(d) - min(d) == 4 else 0
        elif cat == "yacht":
            tot += 50 if len(c) == 1 else 0
        elif cat == "chance":
            tot += sum(d)
        else:
            raise ValueError(cat)
    return tot


def _devil(p):
    m = re.fullmatch(r"riders ([\d ]+); laps: (.*)", p)
    alive = m.group(1).split()
    for lap in m.group(2).split(" / "):
        order = [x for x in lap.split() if x in alive]
        alive.remove(order[-1])
    if len(alive) != 1:
        raise ValueError("no winner")
    return int(alive[0])


DECODERS = {
    "kalah_sowing_store_seeds": (_kalah, " ; "),
    "bingo_card_completing_ball": (_bingo, " | "),
    "poker_showdown_winning_seat": (_poker, " | "),
    "cribbage_crib_show_points": (_cribbage, " | "),
    "klaverjas_trump_trick_points": (_klaverjas, " | "),
    "tenpin_bowling_frame_totals": (_bowling, " | "),
    "darts_double_out_loser_leftover": (_darts, " | "),
    "pig_dice_hold_twenty_banked": (_pig, " / "),
    "cornhole_cancellation_inning_points": (_cornhole, " | "),
    "battleship_fleet_sinking_shot": (_battleship, " | "),
    "volleyball_sideout_rotation_server": (_volleyball, " | "),
    "amidakuji_rung_descent_endpoint": (_amidakuji, " | "),
    "bulls_cows_feedback_deduction": (_bullscows, " | "),
    "knights_knaves_badge_totals": (_knights, " | "),
    "minesweeper_neighbour_clue_totals": (_minesweeper, " | "),
    "tumbling_die_upper_face_totals": (_die, " | "),
    "lift_sweep_floor_travel": (_lift, " | "),
    "regatta_discard_net_points": (_regatta, " | "),
    "boggle_duplicate_strikeout_points": (_boggle, " | "),
    "blackjack_dealer_shoe_totals": (_blackjack, " / "),
    "yacht_dice_category_points": (_yacht, " | "),
    "devil_take_hindmost_survivor": (_devil, " | "),
}


def decode(name, run):
    fn, sep = DECODERS[name]
    return "".join(chr(fn(piece)) for piece in run.split(sep))
