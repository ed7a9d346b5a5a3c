"""Encoders of the 22 p274 evasion encodings: every character code (45-122) becomes one
small game or puzzle whose answer is that code. The rng only chooses what the answer
does not depend on."""
import itertools

SUITS = "cdhs"


# ---------------------------------------------------------------- 1 kalah sowing
def _sow(board, pit):
    seeds = board[pit]
    board[pit] = 0
    pos = pit
    while seeds:
        pos = (pos + 1) % 13
        board[pos] += 1
        seeds -= 1


def enc_kalah(rng, code):
    while True:
        near = [rng.randint(0, 9) for _ in range(6)]
        far = [rng.randint(0, 9) for _ in range(6)]
        board = near + [0] + far
        moves = []
        for _ in range(rng.randint(2, 5)):
            options = [i for i in range(6) if board[i]]
            if not options:
                break
            p = rng.choice(options)
            moves.append(p + 1)
            _sow(board, p)
        gained = board[6]
        store = code - gained
        if len(moves) >= 2 and store >= 0 and gained > 0:
            return "{%s / %s} store %d: %s" % (" ".join(map(str, near)), " ".join(map(str, far)), store, " ".join(map(str, moves)))


# ---------------------------------------------------------------- 2 bingo
LINES = [[r * 5 + c for c in range(5)] for r in range(5)] + [[r * 5 + c for r in range(5)] for c in range(5)] + \
        [[i * 6 for i in range(5)], [4 + i * 4 for i in range(5)]]


def _complete(marked):
    return any(all(i in marked for i in ln) for ln in LINES)


def enc_bingo(rng, code):
    while True:
        others = rng.sample([n for n in range(1, 131) if n != code], 24)
        pos = rng.randrange(25)
        card = others[:pos] + [code] + others[pos:]
        line = rng.choice([ln for ln in LINES if pos in ln])
        rest_line = [i for i in line if i != pos]
        extra_cells = rng.sample([i for i in range(25) if i not in line], rng.randint(3, 9))
        pre_cells = rest_line + extra_cells
        rng.shuffle(pre_cells)
        marked = set()
        ok = True
        for c in pre_cells:
            marked.add(c)
            if _complete(marked):
                ok = False
                break
        if not ok:
            continue
        calls = [card[c] for c in pre_cells]
        for n in rng.sample([n for n in range(1, 131) if n not in card], rng.randint(4, 10)):
            calls.insert(rng.randint(0, len(calls)), n)
        post_pool = [n for n in range(1, 131) if n not in calls and n != code]
        calls = calls + [code] + rng.sample(post_pool, rng.randint(2, 5))
        rows = " / ".join(" ".join(str(card[r * 5 + c]) for c in range(5)) for r in range(5))
        return "card: %s; calls: %s" % (rows, " ".join(map(str, calls)))


# ---------------------------------------------------------------- 3 poker showdown
RANKS = "23456789TJQKA"


def _poker_key(hand):
    vals = sorted((RANKS.index(c[0]) + 2 for c in hand), reverse=True)
    suits = [c[1] for c in hand]
    counts = {}
    for v in vals:
        counts[v] = counts.get(v, 0) + 1
    groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
    flush = len(set(suits)) == 1
    uniq = sorted(set(vals), reverse=True)
    straight_high = 0
    if len(uniq) == 5:
        if uniq[0] - uniq[4] == 4:
            straight_high = uniq[0]
        elif uniq == [14, 5, 4, 3, 2]:
            straight_high = 5
    shape = [g[1] for g in groups]
    order = [g[0] for g in groups]
    if straight_high and flush:
        return (8, [straight_high])
    if shape[0] == 4:
        return (7, order)
    if shape[:2] == [3, 2]:
        return (6, order)
    if flush:
        return (5, vals)
    if straight_high:
        return (4, [straight_high])
    if shape[0] == 3:
        return (3, order)
    if shape[:2] == [2, 2]:
        return (2, order)
    if shape[0] == 2:
        return (1, order)
    return (0, vals)


def enc_poker(rng, code):
    while True:
        deck = [r + s for r in RANKS for s in SUITS]
        rng.shuffle(deck)
        n = rng.randint(3, 6)
        hands = [deck[i * 5:(i + 1) * 5] for i in range(n)]
        keys = [_poker_key(h) for h in hands]
        best = max(keys)
        if keys.count(best) != 1:
            continue
        w = keys.index(best)
        seats = rng.sample([x for x in range(1, 131) if x != code], n)
        seats[w] = code
        return ", ".join("seat %d: %s" % (seats[i], " ".join(hands[i])) for i in range(n))


# ---------------------------------------------------------------- 4 cribbage shows
CRIB_RANKS = "A23456789TJQK"


def _crib_score(hand, starter):
    cards = hand + [starter]
    rank = [CRIB_RANKS.index(c[0]) + 1 for c in cards]
    val = [min(r, 10) for r in rank]
    s = 0
    for k in range(2, 6):
        for comb in itertools.combinations(range(5), k):
            if sum(val[i] for i in comb) == 15:
                s += 2
    for a, b in itertools.combinations(range(5), 2):
        if rank[a] == rank[b]:
            s += 2
    for k in (5, 4, 3):
        n = 0
        for comb in itertools.combinations(range(5), k):
            rs = sorted(rank[i] for i in comb)
            if all(rs[i + 1] - rs[i] == 1 for i in range(k - 1)):
                n += 1
        if n:
            s += k * n
            break
    if len(set(c[1] for c in hand)) == 1:
        s += 5 if starter[1] == hand[0][1] else 4
    if any(c[0] == "J" and c[1] == starter[1] for c in hand):
        s += 1
    return s


def _crib_show(rng):
    deck = [r + s for r in CRIB_RANKS for s in SUITS]
    cards = rng.sample(deck, 5)
    return cards[:4], cards[4], _crib_score(cards[:4], cards[4])


def enc_cribbage(rng, code):
    while True:
        shows = []
        total = 0
        for _ in range(400):
            if total == code and len(shows) >= 2:
                break
            h, st, sc = _crib_show(rng)
            if total + sc <= code:
                shows.append((h, st))
                total += sc
        if total == code and len(shows) >= 2:
            return ", ".join("%s + %s" % (" ".join(h), st) for h, st in shows)


# ---------------------------------------------------------------- 5 klaverjas tricks
KJ_RANKS = "789TJQKA"
KJ_TRUMP_ORDER = "J9ATKQ87"
KJ_PLAIN_ORDER = "ATKQJ987"
KJ_TRUMP_PTS = {"J": 20, "9": 14, "A": 11, "T": 10, "K": 4, "Q": 3, "8": 0, "7": 0}
KJ_PLAIN_PTS = {"A": 11, "T": 10, "K": 4, "Q": 3, "J": 2, "9": 0, "8": 0, "7": 0}


def _kj_winner(trick, trump):
    trumps = [(p, c) for p, c in trick if c[1] == trump]
    if trumps:
        return min(trumps, key=lambda pc: KJ_TRUMP_ORDER.index(pc[1][0]))[0]
    led = trick[0][1][1]
    same = [(p, c) for p, c in trick if c[1] == led]
    return min(same, key=lambda pc: KJ_PLAIN_ORDER.index(pc[1][0]))[0]


def enc_klaverjas(rng, code):
    while True:
        deck = [r + s for r in KJ_RANKS for s in SUITS]
        rng.shuffle(deck)
        trump = rng.choice(SUITS)
        hands = {p: deck[(p - 1) * 8:p * 8] for p in range(1, 5)}
        leader = rng.randint(1, 4)
        tricks = []
        pts13 = 0
        for t in range(8):
            trick = []
            for k in range(4):
                p = (leader - 1 + k) % 4 + 1
                c = hands[p].pop(rng.randrange(len(hands[p])))
                trick.append((p, c))
            w = _kj_winner(trick, trump)
            pts = sum((KJ_TRUMP_PTS if c[1] == trump else KJ_PLAIN_PTS)[c[0]] for _, c in trick)
            if t == 7:
                pts += 10
            if w in (1, 3):
                pts13 += pts
            tricks.append(trick)
            leader = w
        if pts13 == code:
            return "trumps %s: %s" % (trump, " / ".join(" ".join("%d:%s" % (p, c) for p, c in tr) for tr in tricks))


# ---------------------------------------------------------------- 6 ten-pin bowling
def _bowl_frame(rng, last):
    def ball(maxp):
        k = rng.random()
        if k < 0.15:
            return maxp
        return rng.randint(0, maxp)
    b1 = ball(10)
    if not last:
        if b1 == 10:
            return "X", [10]
        b2 = ball(10 - b1)
        s1 = "-" if b1 == 0 else str(b1)
        if b1 + b2 == 10:
            return s1 + "/", [b1, b2]
        return s1 + ("-" if b2 == 0 else str(b2)), [b1, b2]
    out = []
    rolls = []
    if b1 == 10:
        out.append("X")
        rolls.append(10)
        b2 = ball(10)
        rolls.append(b2)
        out.append("X" if b2 == 10 else ("-" if b2 == 0 else str(b2)))
        if b2 == 10:
            b3 = ball(10)
            out.append("X" if b3 == 10 else ("-" if b3 == 0 else str(b3)))
        else:
            b3 = ball(10 - b2)
            out.append("/" if b2 + b3 == 10 else ("-" if b3 == 0 else str(b3)))
        rolls.append(b3)
        return "".join(out), rolls
    b2 = ball(10 - b1)
    out.append("-" if b1 == 0 else str(b1))
    rolls += [b1, b2]
    if b1 + b2 == 10:
        out.append("/")
        b3 = ball(10)
        out.append("X" if b3 == 10 else ("-" if b3 == 0 else str(b3)))
        rolls.append(b3)
    else:
        out.append("-" if b2 == 0 else str(b2))
    return "".join(out), rolls


def _bowl_total(frames_rolls):
    rolls = [x for fr in frames_rolls for x in fr]
    total = 0
    i = 0
    for f in range(10):
        if rolls[i] == 10:
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            total += 10 + rolls[i + 2]
            i += 2
        else:
            total += rolls[i] + rolls[i + 1]
            i += 2
    return total


def enc_bowling(rng, code):
    while True:
        frames = [_bowl_frame(rng, f == 9) for f in range(10)]
        total = _bowl_total([fr[1] for fr in frames])
        for _ in range(3000):
            if total == code:
                return " ".join(fr[0] for fr in frames)
            i = rng.randrange(10)
            trial = frames[:i] + [_bowl_frame(rng, i == 9)] + frames[i + 1:]
            t2 = _bowl_total([fr[1] for fr in trial])
            if abs(t2 - code) <= abs(total - code):
                frames, total = trial, t2


# ---------------------------------------------------------------- 7 darts double out
DARTS = [("S%d" % n, n, False) for n in range(1, 21)] + [("D%d" % n, 2 * n, True) for n in range(1, 21)] + \
        [("T%d" % n, 3 * n, False) for n in range(1, 21)] + [("25", 25, False), ("50", 50, True), ("0", 0, False)]


_VISITS = {}


def _visit_table():
    if not _VISITS:
        for a in DARTS:
            for b in DARTS:
                for c in DARTS:
                    _VISITS.setdefault(a[1] + b[1] + c[1], []).append((a, b, c))
    return _VISITS


def _visit_with_total(rng, total):
    opts = _visit_table().get(total)
    return list(rng.choice(opts)) if opts else None


def _dart_play(rem, darts):
    """returns ('bust'|'win'|'ok', new remaining, darts actually thrown)"""
    cur = rem
    for i, d in enumerate(darts):
        cur -= d[1]
        if cur < 0 or cur == 1 or (cur == 0 and not d[2]):
            return "bust", rem, darts[:i + 1]
        if cur == 0:
            return "win", 0, darts[:i + 1]
    return "ok", cur, darts


def enc_darts(rng, code):
    while True:
        start = rng.choice([301, 501])
        r = start
        wv = []
        while r > 110:
            s = rng.randint(26, min(140, r - 60))
            d = _visit_with_total(rng, s)
            if d is None:
                continue
            wv.append(d)
            r -= s
        for _ in range(rng.choice([0, 1, 1, 2])):
            for _ in range(2000):
                d = [rng.choice(DARTS) for _ in range(rng.randint(1, 3))]
                res, _, thrown = _dart_play(r, d)
                if res == "bust" and thrown == d:
                    wv.append(d)
                    break
        done = False
        for _ in range(20000):
            d = [rng.choice(DARTS) for _ in range(rng.randint(1, 3))]
            res, _, thrown = _dart_play(r, d)
            if res == "win" and thrown == d:
                wv.append(d)
                done = True
                break
        if not done:
            continue
        winner = rng.choice("AB")
        k = len(wv)
        m = k - 1 if winner == "A" else k
        total = start - code
        if m < 1 or total > 140 * m or total < 0:
            continue
        parts = [0] * m
        left = total
        ok = True
        for i in range(m):
            if i == m - 1:
                parts[i] = left
            else:
                hi = min(140, left)
                lo = max(0, left - 140 * (m - i - 1))
                if lo > hi:
                    ok = False
                    break
                parts[i] = rng.randint(lo, hi)
                left -= parts[i]
        if not ok or parts[-1] > 140:
            continue
        lv = []
        for p in parts:
            d = _visit_with_total(rng, p)
            if d is None:
                ok = False
                break
            lv.append(d)
        if not ok:
            continue
        loser = "B" if winner == "A" else "A"
        seq = []
        wi = li = 0
        turn = "A"
        while wi < len(wv):
            if turn == winner:
                seq.append((winner, wv[wi]))
                wi += 1
            else:
                seq.append((loser, lv[li]))
                li += 1
            turn = "B" if turn == "A" else "A"
        for _ in range(rng.randint(1, 2)):
            seq.append((turn, [rng.choice(DARTS) for _ in range(3)]))
            turn = "B" if turn == "A" else "A"
        return "%d: %s" % (start, ", ".join("%s %s" % (p, " ".join(x[0] for x in d)) for p, d in seq))


# ---------------------------------------------------------------- 8 pig dice
def enc_pig(rng, code):
    while True:
        rolls = []
        banked = 0
        turn = 0
        ok = False
        for _ in range(200):
            x = rng.randint(1, 6)
            rolls.append(x)
            if x == 1:
                turn = 0
            else:
                turn += x
                if turn >= 20:
                    banked += turn
                    turn = 0
            if banked + turn == code and x != 1 and len(rolls) >= 6:
                ok = True
                break
            if banked > code:
                break
        if ok:
            return "(%s)" % " ".join(map(str, rolls))


# ---------------------------------------------------------------- 9 cornhole
def enc_cornhole(rng, code):
    while True:
        innings = []
        a_total = 0
        for _ in range(60):
            a = [rng.choice([0, 1, 1, 1, 3, 3]) for _ in range(4)]
            b = [rng.choice([0, 0, 0, 1, 1, 3]) for _ in range(4)]
            diff = sum(a) - sum(b)
            gain = diff if diff > 0 else 0
            if a_total + gain > code:
                continue
            innings.append((a, b))
            a_total += gain
            if a_total == code and len(innings) >= 4:
                return " ".join("%s/%s" % ("".join(map(str, a)), "".join(map(str, b))) for a, b in innings)


# ---------------------------------------------------------------- 10 battleship
ROWS = "ABCDEFGHIJKL"


def enc_battleship(rng, code):
    while True:
        occupied = set()
        ships = []
        for size in rng.sample([5, 4, 3, 3, 2, 2], rng.randint(3, 5)):
            for _ in range(200):
                horiz = rng.random() < 0.5
                r0 = rng.randrange(12 if horiz else 12 - size + 1)
                c0 = rng.randrange(12 - size + 1 if horiz else 12)
                cells = [(r0, c0 + i) if horiz else (r0 + i, c0) for i in range(size)]
                if not any(c in occupied for c in cells):
                    occupied.update(cells)
                    ships.append(cells)
                    break
        ship_cells = [c for s in ships for c in s]
        nship = len(ship_cells)
        water = [(r, c) for r in range(12) for c in range(12) if (r, c) not in occupied]
        if code - nship < 0 or code - nship + 6 > len(water):
            continue
        last_ship = rng.randrange(len(ships))
        final = rng.choice(ships[last_ship])
        before = [c for c in ship_cells if c != final] + rng.sample(water, code - nship)
        rng.shuffle(before)
        chosen_water = set(before)
        after = rng.sample([w for w in water if w not in chosen_water], rng.randint(2, 6))
        shots = before + [final] + after

        def sq(c):
            return "%s%d" % (ROWS[c[0]], c[1] + 1)
        ship_txt = ", ".join("%s-%s" % (sq(s[0]), sq(s[-1])) for s in ships)
        return "ships: %s; shots: %s" % (ship_txt, " ".join(sq(s) for s in shots))


# ---------------------------------------------------------------- 11 volleyball rotation
def enc_volleyball(rng, code):
    rallies = "".join(rng.choice("AB") for _ in range(rng.randint(12, 30)))
    idx = {"A": 0, "B": -1}
    serving = "A"
    last = None
    for w in rallies:
        last = (serving, idx[serving])
        if w != serving:
            serving = w
            idx[w] = (idx[w] + 1) % 6
    nums = rng.sample([x for x in range(1, 131) if x != code], 12)
    team = {"A": nums[:6], "B": nums[6:]}
    team[last[0]][last[1]] = code
    return "A: %s; B: %s; rallies: %s" % (" ".join(map(str, team["A"])), " ".join(map(str, team["B"])), rallies)


# ---------------------------------------------------------------- 12 amidakuji
def enc_amidakuji(rng, code):
    n = rng.randint(5, 8)
    rungs = [rng.randint(1, n - 1) for _ in range(rng.randint(8, 20))]
    pos = 1
    for i in rungs:
        if pos == i:
            pos = i + 1
        elif pos == i + 1:
            pos = i
    feet = rng.sample([x for x in range(1, 131) if x != code], n)
    feet[pos - 1] = code
    return "%d legs, feet %s: %s" % (n, " ".join(map(str, feet)), " ".join("%d-%d" % (i, i + 1) for i in rungs))


# ---------------------------------------------------------------- 13 bulls and cows
def _bc(code3, guess):
    bulls = sum(a == b for a, b in zip(code3, guess))
    common = sum(min(code3.count(d), guess.count(d)) for d in set(guess))
    return bulls, common - bulls


def enc_bullscows(rng, code):
    target = "%03d" % code
    while True:
        cands = ["%03d" % i for i in range(1000)]
        clues = []
        for _ in range(14):
            g = "%03d" % rng.randrange(1000)
            if g == target:
                continue
            fb = _bc(target, g)
            clues.append((g, fb))
            cands = [c for c in cands if _bc(c, g) == fb]
            if len(cands) == 1:
                return ", ".join("%s %d+%d" % (g, b, c) for g, (b, c) in clues)


# ---------------------------------------------------------------- 14 knights and knaves
def _kk_true(stmt, a):
    kind = stmt[0]
    if kind == "is_knight":
        return a[stmt[1]]
    if kind == "is_knave":
        return not a[stmt[1]]
    if kind == "same":
        return a[stmt[1]] == a[stmt[2]]
    if kind == "diff":
        return a[stmt[1]] != a[stmt[2]]
    if kind == "exactly":
        return sum(a.values()) == stmt[1]
    if kind == "one_knave":
        return (not a[stmt[1]]) or (not a[stmt[2]])
    raise KeyError(kind)


def _kk_text(stmt):
    k = stmt[0]
    if k == "is_knight":
        return "%s is a knight" % stmt[1]
    if k == "is_knave":
        return "%s is a knave" % stmt[1]
    if k == "same":
        return "%s and %s are the same kind" % (stmt[1], stmt[2])
    if k == "diff":
        return "%s and %s are different kinds" % (stmt[1], stmt[2])
    if k == "exactly":
        return "exactly %d of us %s knights" % (stmt[1], "is" if stmt[1] == 1 else "are")
    if k == "one_knave":
        return "at least one of %s and %s is a knave" % (stmt[1], stmt[2])


def enc_knights(rng, code):
    while True:
        n = rng.randint(3, 5)
        people = "ABCDE"[:n]
        a = {p: rng.random() < 0.5 for p in people}
        if not any(a.values()):
            continue
        knights = [p for p in people if a[p]]
        k = len(knights)
        if code < k:
            continue
        cuts = sorted(rng.sample(range(1, code), k - 1)) if k > 1 else []
        parts = [b - a_ for a_, b in zip([0] + cuts, cuts + [code])]
        badges = {}
        for p, v in zip(knights, parts):
            badges[p] = v
        for p in people:
            if p not in badges:
                badges[p] = rng.randint(1, 99)
        stmts = []
        assignments = [dict(zip(people, bits)) for bits in itertools.product([True, False], repeat=n)]
        for _ in range(40):
            sp = rng.choice(people)
            kind = rng.choice(["is_knight", "is_knave", "same", "diff", "exactly", "one_knave"])
            if kind in ("is_knight", "is_knave"):
                st = (kind, rng.choice([p for p in people if p != sp]))
            elif kind in ("same", "diff", "one_knave"):
                x, y = rng.sample(people, 2)
                st = (kind, x, y)
            else:
                st = (kind, rng.randint(0, n))
            if _kk_true(st, a) != a[sp]:
                continue
            stmts.append((sp, st))
            assignments = [b for b in assignments if _kk_true(st, b) == b[sp]]
            if len(assignments) == 1:
                btxt = " ".join("%s=%d" % (p, badges[p]) for p in people)
                return "badges %s; %s" % (btxt, " ".join("%s: %s." % (sp, _kk_text(st)) for sp, st in stmts))
        # not unique within 40 statements: retry


# ---------------------------------------------------------------- 15 minesweeper
def _mine_total(g, rows, cols):
    t = 0
    for r in range(rows):
        for c in range(cols):
            if not g[r][c]:
                for dr in (-1, 0, 1):
                    for dc in (-1, 0, 1):
                        if (dr or dc) and 0 <= r + dr < rows and 0 <= c + dc < cols and g[r + dr][c + dc]:
                            t += 1
    return t


def enc_minesweeper(rng, code):
    while True:
        rows, cols = rng.randint(5, 8), rng.randint(6, 10)
        g = [[rng.random() < 0.18 for _ in range(cols)] for _ in range(rows)]
        for _ in range(600):
            t = _mine_total(g, rows, cols)
            if t == code:
                return "/".join("".join("*" if x else "." for x in row) for row in g)
            r, c = rng.randrange(rows), rng.randrange(cols)
            if t < code and not g[r][c]:
                g[r][c] = True
                if _mine_total(g, rows, cols) > code + 6:
                    g[r][c] = False
            elif t > code and g[r][c]:
                g[r][c] = False


# ---------------------------------------------------------------- 16 tumbling die
def _tip(state, move):
    top, front, right = state
    if move == "A":
        return (front, 7 - top, right)
    if move == "T":
        return (7 - front, top, right)
    if move == "R":
        return (7 - right, front, top)
    if move == "L":
        return (right, front, 7 - top)
    raise KeyError(move)


def enc_die(rng, code):
    while True:
        st = (1, 2, 3)
        total = 0
        moves = []
        while total < code:
            m = rng.choice("ATLR")
            st = _tip(st, m)
            total += st[0]
            moves.append(m)
        if total == code:
            return "".join(moves)


# ---------------------------------------------------------------- 17 lift sweep
def _lift_travel(start, up, calls):
    above = [c for c in calls if c > start]
    below = [c for c in calls if c < start]
    if up:
        if not above:
            return start - min(below) if below else 0
        t = max(above) - start
        if below:
            t += max(above) - min(below)
        return t
    if not below:
        return max(above) - start if above else 0
    t = start - min(below)
    if above:
        t += max(above) - min(below)
    return t


def enc_lift(rng, code):
    while True:
        start = rng.randint(0, 120)
        up = rng.random() < 0.5
        calls = rng.sample([f for f in range(0, 150) if f != start], rng.randint(3, 7))
        if _lift_travel(start, up, calls) == code:
            return "at floor %d going %s: %s" % (start, "up" if up else "down", " ".join(map(str, calls)))


# ---------------------------------------------------------------- 18 regatta discard
def _regatta_net(x, races, n):
    scores = [(r.index(x) + 1) if x in r else n + 1 for r in races]
    return sum(scores) - max(scores)


def enc_regatta(rng, code):
    while True:
        n = rng.randint(8, 14)
        nr = max(4, -(-code // (n + 1)) + 1) + rng.randint(0, 2)
        if (nr - 1) * (n + 1) < code or nr - 1 > code:
            continue
        boats = rng.sample(range(100, 4000), n)
        x = rng.choice(boats)
        races = []
        for _ in range(nr):
            order = boats[:]
            rng.shuffle(order)
            if rng.random() < 0.3:
                order.remove(rng.choice(order))
            races.append(order)
        for _ in range(3000):
            net = _regatta_net(x, races, n)
            if net == code:
                return "%d boats, boat %d: %s" % (n, x, " / ".join(" ".join(map(str, r)) for r in races))
            race = rng.choice(races)
            if x not in race:
                if net > code:
                    race.insert(rng.randrange(len(race) + 1), x)
                continue
            i = race.index(x)
            if net < code:
                if i + 1 < len(race):
                    race[i], race[i + 1] = race[i + 1], race[i]
                elif rng.random() < 0.3:
                    race.remove(x)
            else:
                if i > 0:
                    race[i], race[i - 1] = race[i - 1], race[i]


# ---------------------------------------------------------------- 19 boggle strike-out
BOGGLE_WORDS = """
oak ash elm yew fir bog fen log tar pit ore cord kiln turf peat moss heath reed rush sedge cairn ember flame smoke
spark flint hazel birch alder beech maple larch spruce willow poplar rowan holly ivy fern bracken heather gorse
broom thorn briar bramble nettle sorrel clover daisy thistle sundew orchid lichen fungus mushroom truffle acorn
conker chestnut walnut almond kernel husk seed sapling stump trunk branch twig bark resin sap timber plank beam
rafter lintel billet bundle stack heap mound clamp charcoal cinder clinker soot ashes coal coke char
retort furnace oven hearth chimney flue vent damper bellows poker tongs shovel spade rake fork barrow sledge
axe adze saw wedge mallet hammer chisel auger drill lathe bench stool ladder basket sack bag crate pallet trailer
tractor engine gearbox piston valve pump hose nozzle gauge meter dial lever pedal wheel axle tyre track rail wagon
cabin bothy shelter shed barn stable byre croft farm field meadow pasture hedge ditch drain dyke bank ridge hollow
valley river stream brook burn loch lake pond pool marsh swamp mire moor upland lowland coast harbour island
weather drizzle shower storm thunder lightning rainbow sunrise sunset twilight midnight morning evening autumn
winter spring summer harvest lantern candle lamp torch kettle teapot mug jug bottle flask barrel bucket basin
woodland coppicing charcoaler peatland moorland heathland wetlands rewetting pyrolysis sequestered combustion
carbonised smouldering woodsmoke firewood kindling sawhorse greenwood heartwood sapwood hardwood softwood
""".split()
BOGGLE_WORDS = sorted(set(w for w in BOGGLE_WORDS if w.isalpha()))


def _bog_pts(w):
    n = len(w)
    if n <= 4:
        return 1
    return {5: 2, 6: 3, 7: 5}.get(n, 11)


def enc_boggle(rng, code):
    while True:
        pool = BOGGLE_WORDS[:]
        rng.shuffle(pool)
        nplayers = rng.randint(2, 4)
        names = "ABCD"[:nplayers]
        a_unique = []
        left = code
        for w in pool:
            if left == 0:
                break
            if _bog_pts(w) <= left and (left - _bog_pts(w) == 0 or left - _bog_pts(w) >= 1):
                a_unique.append(w)
                left -= _bog_pts(w)
        if left:
            continue
        rest = [w for w in pool if w not in a_unique]
        shared = rest[:rng.randint(2, 6)]
        rest = rest[len(shared):]
        lists = {"A": a_unique + shared}
        for p in names[1:]:
            own = rest[:rng.randint(3, 8)]
            rest = rest[len(own):]
            lists[p] = own[:]
        for w in shared:
            lists[rng.choice(names[1:])].append(w)
        for p in names:
            rng.shuffle(lists[p])
        return "; ".join("%s: %s" % (p, " ".join(lists[p])) for p in names)


# ---------------------------------------------------------------- 20 blackjack dealer
BJ_CARDS = "A23456789TJQK"


def _bj_val(c):
    return 11 if c == "A" else (10 if c in "TJQK" else int(c))


def enc_blackjack(rng, code):
    while True:
        shoe = []
        total = 0
        ok = False
        for _ in range(12):
            hand_sum = 0
            aces = 0
            while True:
                c = rng.choice(BJ_CARDS)
                shoe.append(c)
                hand_sum += _bj_val(c)
                aces += c == "A"
                while hand_sum > 21 and aces:
                    hand_sum -= 10
                    aces -= 1
                if hand_sum >= 17:
                    break
            total += hand_sum
            if total == code:
                ok = True
                break
            if total > code:
                break
        if ok:
            return "(%s)" % " ".join(shoe)


# ---------------------------------------------------------------- 21 yacht sheets
YACHT_CATS = ["ones", "twos", "threes", "fours", "fives", "sixes", "three of a kind", "four of a kind",
              "full house", "small straight", "large straight", "yacht", "chance"]


def _yacht(cat, dice):
    counts = [dice.count(i) for i in range(1, 7)]
    if cat in YACHT_CATS[:6]:
        f = YACHT_CATS.index(cat) + 1
        return f * dice.count(f)
    if cat == "three of a kind":
        return sum(dice) if max(counts) >= 3 else 0
    if cat == "four of a kind":
        return sum(dice) if max(counts) >= 4 else 0
    if cat == "full house":
        return 25 if sorted(c for c in counts if c) == [2, 3] else 0
    if cat == "small straight":
        s = set(dice)
        return 30 if any(set(range(i, i + 4)) <= s for i in (1, 2, 3)) else 0
    if cat == "large straight":
        return 40 if sorted(dice) in ([1, 2, 3, 4, 5], [2, 3, 4, 5, 6]) else 0
    if cat == "yacht":
        return 50 if max(counts) == 5 else 0
    if cat == "chance":
        return sum(dice)
    raise KeyError(cat)


def enc_yacht(rng, code):
    while True:
        lines = []
        total = 0
        for _ in range(60):
            cat = rng.choice(YACHT_CATS)
            dice = [rng.randint(1, 6) for _ in range(5)]
            if cat in ("full house", "small straight", "large straight", "yacht") and rng.random() < 0.5:
                if cat == "full house":
                    a, b = rng.sample(range(1, 7), 2)
                    dice = [a, a, a, b, b]
                elif cat == "small straight":
                    i = rng.randint(1, 3)
                    dice = [i, i + 1, i + 2, i + 3, rng.randint(1, 6)]
                elif cat == "large straight":
                    i = rng.randint(1, 2)
                    dice = list(range(i, i + 5))
                else:
                    dice = [rng.randint(1, 6)] * 5
                rng.shuffle(dice)
            sc = _yacht(cat, dice)
            if total + sc > code or (sc == 0 and rng.random() < 0.75):
                continue
            lines.append((cat, dice))
            total += sc
            if total == code and len(lines) >= 3:
                return ", ".join("%s: %s" % (c, " ".join(map(str, d))) for c, d in lines)
        # overshoot guard: retry


# ---------------------------------------------------------------- 22 devil take the hindmost
def enc_devil(rng, code):
    n = rng.randint(5, 9)
    riders = list(range(n))
    remaining = set(riders)
    laps = []
    while len(remaining) > 1:
        order = riders[:]
        rng.shuffle(order)
        laps.append(order)
        last = [x for x in order if x in remaining][-1]
        remaining.discard(last)
    winner = remaining.pop()
    nums = rng.sample([x for x in range(1, 131) if x != code], n)
    nums[winner] = code
    listing = " ".join(str(nums[i]) for i in rng.sample(riders, n))
    return "riders %s; laps: %s" % (listing, " / ".join(" ".join(str(nums[i]) for i in lap) for lap in laps))


# ---------------------------------------------------------------- registry
ENCODINGS = {
    "kalah_sowing_store_seeds": (enc_kalah, " ; ",
        "as sowing boards written '{a b c d e f / g h i j k l} store S: moves': the sower's six pits hold a to f (her pit 1 to pit 6, left to right), after her pit 6 comes her store, which starts with S seeds, then the six far pits g to l in the order written, and after the last far pit comes her pit 1 again; a move n takes every seed out of her pit n and drops them one at a time into the following places in that order, her store included; the moves are made one after another in the order written (nobody captures and the far side never moves); the number of seeds in her store after the last move is a character code (ASCII); boards are separated by ' ; '"),
    "bingo_card_completing_ball": (enc_bingo, " | ",
        "as bingo games written 'card: five rows of five numbers separated by '/'; calls: numbers in the order called': a number on the card is crossed out when it is called; the first call that completes a whole row, a whole column or one of the two long diagonals of the card is the winning call, and the number called there is a character code (ASCII); games are separated by ' | '"),
    "poker_showdown_winning_seat": (enc_poker, " | ",
        "as poker showdowns written 'seat N: five cards' (rank 2-9, T, J, Q, K or A, then suit c, d, h or s): the best five-card hand wins, from high to low straight flush, four of a kind, full house, flush, straight, three of a kind, two pair, one pair, high card (an ace may also play low in A-2-3-4-5); within the same kind of hand compare the ranks that make the hand first (the larger set first) and then the remaining cards from the highest down; the winning seat number is a character code (ASCII); showdowns are separated by ' | '"),
    "cribbage_crib_show_points": (enc_cribbage, " | ",
        "as groups of cribbage shows written 'four hand cards + starter' (rank A, 2-9, T, J, Q or K, then suit c, d, h or s): each show scores 2 for every different set of its five cards that adds up to 15 (A counts 1, T, J, Q and K count 10), 2 for every pair of cards of the same rank, the longest runs only (a run is three or more cards of consecutive ranks, A low, no wrapping; if runs of n cards are the longest present, score n for each different set of cards that makes one, so a double run of three scores 6 and a run of four does not also score its runs of three), 4 when the four hand cards share a suit (5 when the starter shares it too) and 1 for a jack in the hand of the starter's suit; the total of the shows of a group is a character code (ASCII); shows are separated by ', ' and groups by ' | '"),
    "klaverjas_trump_trick_points": (enc_klaverjas, " | ",
        "as card games for four players written 'trumps X: tricks', each trick listing player:card in the order played, the first card leading (players 1 and 3 are partners, so are 2 and 4; rank 7, 8, 9, T, J, Q, K or A, then suit c, d, h or s): a trick goes to the highest trump in it, or, when it holds no trump, to the highest card of the suit led; trumps rank from high to low J 9 A T K Q 8 7 and the other suits A T K Q J 9 8 7; card points in trumps are J 20, 9 14, A 11, T 10, K 4, Q 3, in the other suits A 11, T 10, K 4, Q 3, J 2, and all other cards score nothing; the side that takes the last trick gets 10 more; the points taken by players 1 and 3 are a character code (ASCII); tricks are separated by ' / ' and games by ' | '"),
    "tenpin_bowling_frame_totals": (enc_bowling, " | ",
        "as ten-pin score lines of ten frames separated by spaces, each frame written as its balls: X a strike, / a spare, - no pins, a digit the pins knocked down (the tenth frame has a third ball after a strike or a spare): a strike scores 10 plus the next two balls, a spare 10 plus the next ball, any other frame its pins; the game total is a character code (ASCII); games are separated by ' | '"),
    "darts_double_out_loser_leftover": (enc_darts, " | ",
        "as darts legs written 'start: visits', the visits taken in turn by players A and B (A first), each visit being the darts thrown, S, D or T for a single, double or treble of 1-20, 25 the outer bull, 50 the bull (which counts as a double) and 0 a miss: both players count down from the start dart by dart; if a dart takes a player below 0, leaves exactly 1, or reaches exactly 0 with a dart that is not a double, the visit is bust and the player goes back to the score at the start of that visit; a player who reaches exactly 0 with a double wins the leg at once (visits written after that were thrown for fun); the score the other player still had left is a character code (ASCII); visits are separated by ', ' and legs by ' | '"),
    "pig_dice_hold_twenty_banked": (enc_pig, " / ",
        "as rolls of one die in round brackets, played by one player of Pig: every roll of 2 to 6 adds to the turn total, a roll of 1 wipes out the turn total and ends the turn, and as soon as the turn total reaches 20 or more it is banked and a new turn begins; when the rolls run out the turn total of the unfinished turn is banked too; the banked total is a character code (ASCII); roll lists are separated by ' / '"),
    "cornhole_cancellation_inning_points": (enc_cornhole, " | ",
        "as cornhole games written as innings 'aaaa/bbbb', the four bags of team A and of team B (3 for a bag in the hole, 1 for a bag on the board, 0 for a miss): in every inning only the team with more points scores, and it scores the difference between the two; the total team A scores over all the innings is a character code (ASCII); innings are separated by spaces and games by ' | '"),
    "battleship_fleet_sinking_shot": (enc_battleship, " | ",
        "as sea battles on a grid of rows A to L and columns 1 to 12 written 'ships: ...; shots: ...': every ship is written as its two end squares joined by '-' and covers every square between them in a straight line; the shots are taken in the order written and a ship sinks when all its squares have been hit; counting the shots from 1, the number of the shot that sinks the last ship still afloat is a character code (ASCII); battles are separated by ' | '"),
    "volleyball_sideout_rotation_server": (enc_volleyball, " | ",
        "as volleyball matches written 'A: six player numbers; B: six player numbers; rallies': each team's numbers are in serving order (after the sixth comes the first again); team A's first player serves the first rally; the team that wins a rally serves the next one, and whenever a team wins the serve back from the other team its next player in order serves (a team serving for the first time starts with its first player); the rallies are written as the letter of the team that won each; the number of the player who serves the last rally written is a character code (ASCII); matches are separated by ' | '"),
    "amidakuji_rung_descent_endpoint": (enc_amidakuji, " | ",
        "as ghost-leg ladders written 'n legs, feet ...: rungs': n vertical legs numbered 1 to n from the left stand on feet carrying the numbers listed; every rung 'i-j' joins legs i and j (j = i + 1) at its own height, and the rungs are listed from the top down; start at the top of leg 1 and go down, and whenever a rung meets your leg cross it to the other leg and go on down; the number on the foot you reach is a character code (ASCII); ladders are separated by ' | '"),
    "bulls_cows_feedback_deduction": (enc_bullscows, " | ",
        "as code-breaking records of guesses at a hidden three-digit code (leading zeros allowed, digits may repeat), each guess written with its answer 'b+c': b bulls (right digit in the right place) and c cows (right digit in the wrong place, each digit of the code and of the guess counted at most once, bulls not counted again); exactly one three-digit code fits every answer, and read as a number it is a character code (ASCII); guesses are separated by ', ' and records by ' | '"),
    "knights_knaves_badge_totals": (enc_knights, " | ",
        "as island puzzles written 'badges X=n ...; statements': every islander is a knight, who says only true things, or a knave, who says only false things; the statements allow exactly one way of sorting them; the sum of the badge numbers of the knights is a character code (ASCII); puzzles are separated by ' | '"),
    "minesweeper_neighbour_clue_totals": (enc_minesweeper, " | ",
        "as minefields whose rows are separated by '/', '*' a mine and '.' an empty square: every empty square would show the number of mines among its eight neighbours; the sum of those numbers over all empty squares is a character code (ASCII); fields are separated by ' | '"),
    "tumbling_die_upper_face_totals": (enc_die, " | ",
        "as tumbling-die trails: a standard die (opposite faces add up to 7) starts with 1 on top, 2 facing you and 3 on your right; each letter tips it over one bottom edge: A away from you (the face towards you comes to the top), T towards you (the far face comes to the top), L to the left (the right face comes to the top), R to the right (the left face comes to the top); the sum of the top faces after every tip is a character code (ASCII); trails are separated by ' | '"),
    "lift_sweep_floor_travel": (enc_lift, " | ",
        "as lift logs written 'at floor s going up|down: called floors': the lift starts at floor s moving the way given and knows every call from the start; it keeps going that way, stopping at each called floor it passes, until no called floor is left ahead of it, then turns round and does the same the other way, until every called floor has been visited; the number of floors travelled is a character code (ASCII); logs are separated by ' | '"),
    "regatta_discard_net_points": (enc_regatta, " | ",
        "as regatta results written 'n boats, boat X: races', each race the sail numbers of the finishers in finishing order: a boat scores its finishing place in each race, or n + 1 in a race it did not finish (it is missing from that race); each boat discards its single worst race; boat X's total after the discard is a character code (ASCII); races are separated by ' / ' and regattas by ' | '"),
    "boggle_duplicate_strikeout_points": (enc_boggle, " | ",
        "as word-game rounds written 'player: words; ...': every word found by two or more players is struck out for all of them; every remaining word scores by its length: 3 or 4 letters 1 point, 5 letters 2, 6 letters 3, 7 letters 5, 8 or more letters 11; player A's score is a character code (ASCII); rounds are separated by ' | '"),
    "blackjack_dealer_shoe_totals": (enc_blackjack, " / ",
        "as shoes of cards in round brackets (A, 2-9, T, J, Q, K) dealt to the dealer alone, in order, round after round: in each round the dealer takes cards until the hand is worth 17 or more and stands there (soft or hard); an ace counts 11 unless that would take the hand over 21, then 1; T, J, Q and K count 10; a hand over 21 is bust but keeps its total; the shoe holds exactly the cards of the rounds played, and the sum of the final totals of all the rounds is a character code (ASCII); shoes are separated by ' / '"),
    "yacht_dice_category_points": (enc_yacht, " | ",
        "as yacht score sheets of lines 'category: five dice': ones to sixes score the sum of the dice showing that number; three of a kind and four of a kind score the sum of all five dice if at least three (four) dice match, else 0; full house (three of one number and two of another) 25; small straight (four numbers in a row) 30; large straight (five in a row) 40; yacht (all five the same) 50; chance the sum of the dice; a category the dice do not fit scores 0; the total of a sheet is a character code (ASCII); lines are separated by ', ' and sheets by ' | '"),
    "devil_take_hindmost_survivor": (enc_devil, " | ",
        "as elimination races written 'riders ...; laps: ...', each lap written as the numbers of all the starters in the order they crossed the line that lap (riders already out keep riding and are written too): at the end of every lap the rider who crossed last among those still in the race is out; the last rider left wins, and the winner's number is a character code (ASCII); laps are separated by ' / ' and races by ' | '"),
}


def encode(name, rng, plain):
    fn, sep, _ = ENCODINGS[name]
    return sep.join(fn(rng, ord(ch)) for ch in plain)
