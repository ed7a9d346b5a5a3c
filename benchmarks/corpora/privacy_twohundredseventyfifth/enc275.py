"""Encoders of the p275 evasions: every character code (45-122) becomes a small game or puzzle."""
import heapq
import itertools
import math

SEP = " | "

RULES = {}
ENC = {}


def encoding(name, rule):
    def deco(fn):
        RULES[name] = rule
        ENC[name] = fn
        return fn
    return deco


def encode(name, plain, rng):
    return SEP.join(ENC[name](ord(ch), rng) for ch in plain)


# ============================================================ 1 Reversi
COLS = "abcdefgh"
DIRS8 = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


def _rv_flips(b, r, c, me):
    if b[r][c] != ".":
        return []
    opp = "W" if me == "B" else "B"
    out = []
    for dr, dc in DIRS8:
        rr, cc, line = r + dr, c + dc, []
        while 0 <= rr < 8 and 0 <= cc < 8 and b[rr][cc] == opp:
            line.append((rr, cc)); rr += dr; cc += dc
        if line and 0 <= rr < 8 and 0 <= cc < 8 and b[rr][cc] == me:
            out += line
    return out


@encoding("reversi_flanked_disc_turnovers",
          "as Reversi games on an 8x8 board (columns a-h from the left, rows 1-8 from the top) that start with white discs on d4 "
          "and e5 and black discs on e4 and d5; Black moves first and the players alternate, each move written as the square "
          "played, or '--' for a player who has no legal move and passes; a move must flank: the new disc and another disc of the "
          "mover's colour enclose at least one unbroken straight line (across, up or down, or diagonal) of the opponent's discs, "
          "and every disc enclosed in every such line is turned over; the number of discs turned over in the whole game is a "
          "character code (ASCII); games are separated by ' | '")
def enc_reversi(code, rng):
    while True:
        b = [["."] * 8 for _ in range(8)]
        b[3][3] = b[4][4] = "W"; b[3][4] = b[4][3] = "B"
        me, total, moves, passes = "B", 0, [], 0
        while total < code and passes < 2:
            legal = [(r, c) for r in range(8) for c in range(8) if _rv_flips(b, r, c, me)]
            if not legal:
                moves.append("--"); passes += 1
            else:
                passes = 0
                r, c = rng.choice(legal)
                fl = _rv_flips(b, r, c, me)
                b[r][c] = me
                for rr, cc in fl:
                    b[rr][cc] = me
                total += len(fl)
                moves.append(f"{COLS[c]}{r + 1}")
            me = "W" if me == "B" else "B"
        if total == code and moves[-1] != "--":
            return " ".join(moves)


# ============================================================ 2 Muggins dominoes
TILES = [(a, b) for a in range(7) for b in range(a, 7)]


def _f3(cnt):
    if cnt <= 0:
        return 0
    return (cnt // 5 if cnt % 5 == 0 else 0) + (cnt // 3 if cnt % 3 == 0 else 0)


def _dom_line(rng):
    tiles = TILES[:]
    rng.shuffle(tiles)
    first = next(t for t in tiles if t[0] != t[1])
    tiles.remove(first)
    a, b = first if rng.random() < 0.5 else (first[1], first[0])
    left, right, ldbl, rdbl = a, b, False, False
    toks, score = [f"{a}-{b}"], 0
    score += _f3(a + b)
    for _ in range(rng.randrange(3, 14)):
        opts = []
        for t in tiles:
            for side, end in (("L", left), ("R", right)):
                if end in t:
                    opts.append((t, side, end))
        if not opts:
            break
        t, side, end = rng.choice(opts)
        tiles.remove(t)
        other = t[1] if t[0] == end else t[0]
        dbl = t[0] == t[1]
        if side == "L":
            left, ldbl = other, dbl
        else:
            right, rdbl = other, dbl
        toks.append(f"{side}{end}-{other}")
        score += _f3((2 * left if ldbl else left) + (2 * right if rdbl else right))
    return " ".join(toks), score


@encoding("fives_and_threes_domino_count",
          "as lines of dominoes (double-six set) laid one tile at a time: the first tile (never a double) is written 'a-b' and "
          "its two halves are the two open ends; every later tile is written L or R (the end of the line it joins) followed by "
          "its halves, the half that matches that open end first, so its other half becomes the new open end; after every tile, "
          "the first included, add up the two open ends, where an end held by a double counts both its halves; whenever that "
          "count is a multiple of 5 the player scores a fifth of it, and whenever it is a multiple of 3 a third of it (a count of 15 scores both, 8); the points of all the lines of a group add up to a "
          "character code (ASCII); lines are separated by ' / ' and groups by ' | '")
def enc_fives_threes(code, rng):
    while True:
        lines, rem = [], code
        for _ in range(400):
            if rem == 0:
                break
            s, sc = _dom_line(rng)
            if 0 < sc <= rem and (rem - sc == 0 or rem - sc >= 1):
                lines.append(s); rem -= sc
        if rem == 0:
            rng.shuffle(lines)
            return " / ".join(lines)


# ============================================================ 3 Gin rummy deadwood
RANKS = "A23456789TJQK"
SUITS = "cdhs"


def _card_val(c):
    i = RANKS.index(c[0]) + 1
    return min(i, 10)


def _gin_melds(hand):
    melds = []
    by_rank = {}
    for c in hand:
        by_rank.setdefault(c[0], []).append(c)
    for cs in by_rank.values():
        if len(cs) >= 3:
            for k in (3, 4):
                for comb in itertools.combinations(cs, k):
                    melds.append(frozenset(comb))
    by_suit = {}
    for c in hand:
        by_suit.setdefault(c[1], []).append(RANKS.index(c[0]))
    for s, idx in by_suit.items():
        idx = set(idx)
        for start in range(13):
            for ln in range(3, 14):
                run = list(range(start, start + ln))
                if run[-1] > 12 or not all(x in idx for x in run):
                    break
                melds.append(frozenset(RANKS[x] + s for x in run))
    return melds


def gin_deadwood(hand):
    melds = _gin_melds(hand)
    total = sum(_card_val(c) for c in hand)
    best = [0]

    def rec(i, used, saved):
        if saved > best[0]:
            best[0] = saved
        for j in range(i, len(melds)):
            m = melds[j]
            if not (m & used):
                rec(j + 1, used | m, saved + sum(_card_val(c) for c in m))
    rec(0, frozenset(), 0)
    return total - best[0]


def _gin_constructed(target, rng):
    deck = [r + s for r in RANKS for s in SUITS]
    for _ in range(2000):
        hand = set()
        m = rng.randrange(1, 5)
        # melds first
        while len(hand) < 10 - m:
            if rng.random() < 0.5:
                r = rng.choice(RANKS)
                k = min(rng.choice([3, 4]), 10 - m - len(hand))
                if k < 3:
                    break
                cs = rng.sample([r + s for s in SUITS], k)
            else:
                s = rng.choice(SUITS)
                ln = min(rng.randrange(3, 6), 10 - m - len(hand))
                if ln < 3:
                    break
                st = rng.randrange(0, 13 - ln + 1)
                cs = [RANKS[x] + s for x in range(st, st + ln)]
            if hand & set(cs):
                continue
            hand |= set(cs)
        if len(hand) != 10 - m:
            continue
        rest = [c for c in deck if c not in hand]
        dead = rng.sample(rest, m)
        h = list(hand) + dead
        if len(set(h)) == 10 and gin_deadwood(h) == target:
            rng.shuffle(h)
            return h
    return None


@encoding("gin_rummy_meld_deadwood",
          "as gin rummy hands of ten cards (rank A, 2-9, T, J, Q or K, then suit c, d, h or s): arrange each hand into melds so "
          "as to leave the smallest deadwood, a meld being three or four cards of one rank or a run of three or more cards of "
          "consecutive ranks in one suit (the ace is low only), each card used in at most one meld; the deadwood is the total "
          "of the cards left over (A 1, 2-9 their face value, T, J, Q and K 10); the deadwood of the hands of a group adds up to "
          "a character code (ASCII); hands are separated by ' / ' and groups by ' | '")
def enc_gin(code, rng):
    deck = [r + s for r in RANKS for s in SUITS]
    while True:
        hands, rem = [], code
        while rem > 40:
            h = rng.sample(deck, 10)
            d = gin_deadwood(h)
            if 5 <= d <= rem - 5:
                hands.append(h); rem -= d
        if rem > 0:
            h = _gin_constructed(rem, rng)
            if h is None:
                continue
            hands.append(h)
        rng.shuffle(hands)
        return " / ".join(" ".join(h) for h in hands)


# ============================================================ 4 SET trio
FEAT = ["123", "rgp", "esf", "dow"]


def _is_trio(a, b, c):
    return all(len({a[i], b[i], c[i]}) in (1, 3) for i in range(4))


@encoding("quartet_feature_trio_labels",
          "as layouts of twelve cards, each written label=NCSH (N the number 1, 2 or 3; C the colour r, g or p; S the shading e "
          "empty, s striped or f full; H the shape d diamond, o oval or w squiggle): three cards make a trio when, for each of "
          "the four features on its own, they are all the same or all different; every layout holds exactly one trio, and the "
          "labels of its three cards add up to a character code (ASCII); layouts are separated by ' | '")
def enc_trio(code, rng):
    allc = ["".join(t) for t in itertools.product(*FEAT)]
    while True:
        cards = rng.sample(allc, 12)
        trios = [t for t in itertools.combinations(range(12), 3) if _is_trio(*(cards[i] for i in t))]
        if len(trios) != 1:
            continue
        tri = trios[0]
        for _ in range(200):
            a = rng.randrange(1, min(99, code - 2))
            b = rng.randrange(1, min(99, code - a))
            c = code - a - b
            if 1 <= c <= 99 and len({a, b, c}) == 3:
                break
        else:
            continue
        others = [x for x in range(1, 100) if x not in (a, b, c)]
        rng.shuffle(others)
        labels = others[:12]
        for idx, lab in zip(tri, (a, b, c)):
            labels[idx] = lab
        return " ".join(f"{labels[i]}={cards[i]}" for i in range(12))


# ============================================================ 5 Dots and boxes
def _db_lines():
    L = []
    for r in range(1, 5):
        for c in range(4):
            L.append((f"{COLS[c]}{r}", f"{COLS[c + 1]}{r}"))
    for r in range(1, 4):
        for c in range(5):
            L.append((f"{COLS[c]}{r}", f"{COLS[c]}{r + 1}"))
    return L


def _db_box_edges(r, c):
    a, b = COLS[c], COLS[c + 1]
    return {(f"{a}{r}", f"{b}{r}"), (f"{a}{r + 1}", f"{b}{r + 1}"), (f"{a}{r}", f"{a}{r + 1}"), (f"{b}{r}", f"{b}{r + 1}")}


@encoding("dotgrid_line_captured_cells",
          "as games of dots and boxes on a grid of 3 rows of 4 boxes, written 'boxes: ...; lines: ...': the numbers on the "
          "boxes are listed row by row from the top (rows separated by ','), the dots are named by column a-e and row 1-4 from "
          "the top left, and the lines are listed in the order drawn, each as its two neighbouring dots; players A and B draw in "
          "turn, A first, but a player whose line completes one or two boxes takes them and draws again; the numbers of the "
          "boxes A takes add up to a character code (ASCII); games are separated by ' | '")
def enc_dots(code, rng):
    while True:
        lines = _db_lines()
        rng.shuffle(lines)
        drawn, owner, player = set(), {}, "A"
        for ln in lines:
            drawn.add(ln)
            got = False
            for r in range(1, 4):
                for c in range(4):
                    if (r, c) not in owner and _db_box_edges(r, c) <= drawn:
                        owner[(r, c)] = player; got = True
            if not got:
                player = "B" if player == "A" else "A"
        mine = [k for k, v in owner.items() if v == "A"]
        if not 2 <= len(mine) <= 8:
            continue
        k = len(mine)
        for _ in range(500):
            vals = rng.sample(range(1, 60), k - 1)
            last = code - sum(vals)
            if 1 <= last <= 59 and last not in vals:
                break
        else:
            continue
        vals.append(last)
        pool = [x for x in range(1, 60) if x not in vals]
        rng.shuffle(pool)
        lab = {}
        for key, val in zip(mine, vals):
            lab[key] = val
        for r in range(1, 4):
            for c in range(4):
                if (r, c) not in lab:
                    lab[(r, c)] = pool.pop()
        boxes = ", ".join(" ".join(str(lab[(r, c)]) for c in range(4)) for r in range(1, 4))
        return f"boxes: {boxes}; lines: " + " ".join(f"{a}-{b}" for a, b in lines)


# ============================================================ 6 Peg solitaire
def _peg_board():
    pos, n = {}, 1
    for r in range(1, 8):
        cols = range(1, 8) if 3 <= r <= 5 else range(3, 6)
        for c in cols:
            pos[(r, c)] = n; n += 1
    return pos


PEG = _peg_board()
PEG_AT = {v: k for k, v in PEG.items()}


@encoding("solitaire_board_jumped_holes",
          "as games of English peg solitaire: the 33 holes are numbered row by row from the top, 1-3 and 4-6 in the middle "
          "three columns of rows 1 and 2, 7-13, 14-20 and 21-27 across all seven columns of rows 3 to 5, and 28-30 and 31-33 in "
          "the middle three columns of rows 6 and 7; every hole holds a peg except the centre, 17; each move 'a-b' takes the peg "
          "in hole a over the peg in the next hole along the same row or column into the empty hole b just beyond it, and the "
          "peg jumped over is removed; the numbers of the holes of all the removed pegs add up to a character code (ASCII); "
          "games are separated by ' | '")
def enc_peg(code, rng):
    while True:
        full = set(PEG.values()) - {17}
        total, moves = 0, []
        while total < code:
            opts = []
            for h in full:
                r, c = PEG_AT[h]
                for dr, dc in ((0, 1), (0, -1), (1, 0), (-1, 0)):
                    mid, to = (r + dr, c + dc), (r + 2 * dr, c + 2 * dc)
                    if mid in PEG and to in PEG and PEG[mid] in full and PEG[to] not in full:
                        opts.append((h, PEG[mid], PEG[to]))
            if not opts:
                break
            a, m, b = rng.choice(opts)
            full -= {a, m}; full.add(b)
            total += m
            moves.append(f"{a}-{b}")
        if total == code:
            return " ".join(moves)


# ============================================================ 7 6x6 sudoku
def _sd_solve_count(g, limit=2):
    cells = [i for i in range(36) if g[i] == 0]
    cnt = [0]

    def ok(i, d):
        r, c = divmod(i, 6)
        if any(g[r * 6 + k] == d for k in range(6)) or any(g[k * 6 + c] == d for k in range(6)):
            return False
        br, bc = r // 2 * 2, c // 3 * 3
        return not any(g[(br + x) * 6 + bc + y] == d for x in range(2) for y in range(3))

    def rec(k):
        if cnt[0] >= limit:
            return
        if k == len(cells):
            cnt[0] += 1
            return
        i = cells[k]
        for d in range(1, 7):
            if ok(i, d):
                g[i] = d
                rec(k + 1)
                g[i] = 0
    rec(0)
    return cnt[0]


@encoding("sextet_sudoku_starred_cells",
          "as 6x6 sudoku grids written row by row (rows separated by '/', '.' an empty cell): fill the grid so that every row, "
          "every column and every block of 2 rows by 3 columns holds 1 to 6 once each (the clues allow one way only); the "
          "digits in the cells marked with square brackets, given or filled in, add up to a character code (ASCII); grids are "
          "separated by ' | '")
def enc_sudoku(code, rng):
    base = [[(c + [0, 3, 1, 4, 2, 5][r]) % 6 + 1 for c in range(6)] for r in range(6)]
    while True:
        bands = [0, 1, 2]; rng.shuffle(bands)
        rows = []
        for bnd in bands:
            rr = [2 * bnd, 2 * bnd + 1]; rng.shuffle(rr); rows += rr
        stacks = [0, 1]; rng.shuffle(stacks)
        cols = []
        for s in stacks:
            cc = [3 * s, 3 * s + 1, 3 * s + 2]; rng.shuffle(cc); cols += cc
        perm = list(range(1, 7)); rng.shuffle(perm)
        sol = [perm[base[r][c] - 1] for r in rows for c in cols]
        idx = list(range(36)); rng.shuffle(idx)
        stars, s = [], 0
        for i in idx:
            if s + sol[i] <= code:
                stars.append(i); s += sol[i]
            if s == code:
                break
        if s != code:
            continue
        g = sol[:]
        order = list(range(36)); rng.shuffle(order)
        for i in order:
            keep = g[i]
            g[i] = 0
            if _sd_solve_count(g[:]) != 1:
                g[i] = keep
        out = []
        for r in range(6):
            row = ""
            for c in range(6):
                i = r * 6 + c
                ch = str(g[i]) if g[i] else "."
                row += f"[{ch}]" if i in stars else ch
            out.append(row)
        return "/".join(out)


# ============================================================ 8 Logic grid
DRIVERS = ["Ade", "Bex", "Cal", "Dot", "Eli", "Fin", "Gus", "Hal", "Ivy", "Jo"]
COLOURS = ["red", "blue", "green", "white", "orange", "grey", "yellow", "black"]
LOADS = ["copper", "brass", "lead", "zinc", "steel", "cable", "radiators", "wheels"]


@encoding("logic_grid_lorry_tonnage",
          "as logic puzzles written 'drivers ...; lorries ...; loads ...; tonnes ...; clues ...; ask D': each of the four "
          "drivers has exactly one lorry colour, one load and one tonnage from the lists, no two the same, and the clues (each "
          "a true statement, separated by '. ') allow exactly one way of matching them; 'heavier' and 'lighter' compare "
          "tonnages; the tonnage of the driver named after 'ask' is a character code (ASCII); puzzles are separated by ' | '")
def enc_logic(code, rng):
    perms = list(itertools.permutations(range(4)))
    sols = [(a, b, c) for a in perms for b in perms for c in perms]
    while True:
        drv = rng.sample(DRIVERS, 4)
        col = rng.sample(COLOURS, 4)
        lod = rng.sample(LOADS, 4)
        others = rng.sample([x for x in range(20, 200) if x != code], 3)
        ton = others + [code]
        rng.shuffle(ton)
        true = (tuple(rng.sample(range(4), 4)), tuple(rng.sample(range(4), 4)), tuple(rng.sample(range(4), 4)))
        ask = true[2].index(ton.index(code))
        # clue generators: (text, predicate over a solution (cperm, lperm, tperm): driver i -> index)
        def mk():
            k = rng.randrange(7)
            i = rng.randrange(4)
            cp, lp, tp = true
            if k == 0:
                return f"{drv[i]} drives the {col[cp[i]]} lorry", lambda s, i=i, v=cp[i]: s[0][i] == v
            if k == 1:
                j = rng.choice([x for x in range(4) if x != lp[i]])
                return f"{drv[i]} does not carry {lod[j]}", lambda s, i=i, v=j: s[1][i] != v
            if k == 2:
                return f"the {col[cp[i]]} lorry carries {lod[lp[i]]}", lambda s, a=cp[i], b=lp[i]: s[1][s[0].index(a)] == b
            if k == 3:
                return f"the {lod[lp[i]]} load weighs {ton[tp[i]]} tonnes", lambda s, a=lp[i], b=tp[i]: s[2][s[1].index(a)] == b
            if k == 4:
                j = rng.choice([x for x in range(4) if x != tp[i]])
                return f"the {col[cp[i]]} lorry is not the {ton[j]}-tonne one", lambda s, a=cp[i], b=j: s[2][s[0].index(a)] != b
            j = rng.choice([x for x in range(4) if x != i])
            if ton[tp[i]] > ton[tp[j]]:
                if k == 5:
                    return (f"{drv[i]}'s load is heavier than the {col[cp[j]]} lorry's",
                            lambda s, i=i, a=cp[j]: ton[s[2][i]] > ton[s[2][s[0].index(a)]])
                return (f"the {lod[lp[j]]} load is lighter than {drv[i]}'s",
                        lambda s, i=i, a=lp[j]: ton[s[2][s[1].index(a)]] < ton[s[2][i]])
            if k == 5:
                return (f"{drv[i]}'s load is lighter than the {col[cp[j]]} lorry's",
                        lambda s, i=i, a=cp[j]: ton[s[2][i]] < ton[s[2][s[0].index(a)]])
            return (f"the {lod[lp[j]]} load is heavier than {drv[i]}'s",
                    lambda s, i=i, a=lp[j]: ton[s[2][s[1].index(a)]] > ton[s[2][i]])
        clues, masks = [], []
        full = (1 << len(sols)) - 1
        cur = full
        for _ in range(40):
            txt, pred = mk()
            if txt in clues:
                continue
            m = 0
            for n, s in enumerate(sols):
                if pred(s):
                    m |= 1 << n
            if cur & m == cur:
                continue
            clues.append(txt); masks.append(m); cur &= m
            if bin(cur).count("1") == 1:
                break
        if bin(cur).count("1") != 1:
            continue
        # drop clues that are not needed
        k = 0
        while k < len(clues):
            rest = full
            for j, m in enumerate(masks):
                if j != k:
                    rest &= m
            if bin(rest).count("1") == 1:
                del clues[k]; del masks[k]
            else:
                k += 1
        order = list(range(len(clues))); rng.shuffle(order)
        return (f"drivers {' '.join(drv)}; lorries {' '.join(col)}; loads {' '.join(lod)}; tonnes {' '.join(map(str, ton))}; "
                f"clues {'. '.join(clues[i] for i in order)}; ask {drv[ask]}")


# ============================================================ 9 Baseball
def _bb_half(rng):
    bases, outs, runs, toks = [0, 0, 0], 0, 0, []
    while outs < 3:
        t = rng.choices(["1B", "2B", "3B", "HR", "BB", "K", "O"], [20, 13, 5, 22, 10, 15, 15])[0]
        toks.append(t)
        if t in ("K", "O"):
            outs += 1
        elif t == "BB":
            if bases[0]:
                if bases[1]:
                    if bases[2]:
                        runs += 1
                    bases[2] = 1
                bases[1] = 1
            bases[0] = 1
        else:
            n = {"1B": 1, "2B": 2, "3B": 3, "HR": 4}[t]
            new = [0, 0, 0]
            for i in range(3):
                if bases[i]:
                    if i + n >= 3:
                        runs += 1
                    else:
                        new[i + n] = 1
            if n == 4:
                runs += 1
            else:
                new[n - 1] = 1
            bases = new
    return " ".join(toks), runs


@encoding("baseball_halfinning_home_crossings",
          "as half-innings of baseball, each a list of plate appearances: 1B, 2B or 3B puts the batter on first, second or "
          "third base and moves every runner already on base on by the same number of bases; HR sends the batter and every "
          "runner home; BB puts the batter on first and moves on only the runners forced by it (first to second, and so on "
          "while the bases behind are full); K and O are outs that move nobody; a runner who goes past third base scores a "
          "run, and the third out ends the half-inning and clears the bases; the runs of all the half-innings of a game add up "
          "to a character code (ASCII); half-innings are separated by ' / ' and games by ' | '")
def enc_baseball(code, rng):
    while True:
        halves, rem = [], code
        for _ in range(300):
            if rem == 0:
                break
            s, r = _bb_half(rng)
            if r <= rem:
                halves.append(s); rem -= r
        if rem == 0:
            return " / ".join(halves)


# ============================================================ 10 Duel
def duel(a, b):
    hp = [a[0], b[0]]
    st = [a, b]
    turn = 0
    while True:
        o = 1 - turn
        hp[o] -= max(1, st[turn][1] - st[o][2])
        if hp[o] <= 0:
            return turn, hp[turn]
        turn = o


@encoding("duel_striker_remaining_vigour",
          "as duels written 'A hp/atk/def vs B hp/atk/def': A strikes first and the two take turns; each strike takes the "
          "striker's atk minus the target's def off the target's hp, but never less than 1; the first fighter whose hp falls to "
          "0 or below loses, and the winner's hp left at that moment is a character code (ASCII); duels are separated by ' | '")
def enc_duel(code, rng):
    while True:
        a = (rng.randrange(60, 240), rng.randrange(12, 45), rng.randrange(0, 20))
        b = (rng.randrange(60, 240), rng.randrange(12, 45), rng.randrange(0, 20))
        w, left = duel(a, b)
        if left == code:
            return f"A {a[0]}/{a[1]}/{a[2]} vs B {b[0]}/{b[1]}/{b[2]}"


# ============================================================ 11 Comparator network
@encoding("comparator_network_final_slot",
          "as sorting puzzles written 'list ...; comparators ...; read k': the numbers are in positions 1, 2, 3 ... from the "
          "left; each comparator i:j, taken in the order written, swaps the numbers in positions i and j when the one in "
          "position i is the larger; the number in position k after the last comparator is a character code (ASCII); puzzles "
          "are separated by ' | '")
def enc_comparator(code, rng):
    n = rng.randrange(6, 10)
    nums = rng.sample([x for x in range(10, 160) if x != code], n - 1) + [code]
    rng.shuffle(nums)
    comps = []
    for _ in range(rng.randrange(8, 17)):
        i, j = sorted(rng.sample(range(n), 2))
        comps.append((i, j))
    a = nums[:]
    for i, j in comps:
        if a[i] > a[j]:
            a[i], a[j] = a[j], a[i]
    k = a.index(code)
    return f"list {' '.join(map(str, nums))}; comparators {' '.join(f'{i + 1}:{j + 1}' for i, j in comps)}; read {k + 1}"


# ============================================================ 12 Lattice count
@encoding("rightdown_lattice_trek_count",
          "as street grids written row by row (rows separated by '/', '.' an open corner, '#' a blocked one): walk from the "
          "top-left corner to the bottom-right corner stepping only right or down from corner to neighbouring corner and never "
          "onto a blocked one; the number of different ways is a character code (ASCII); grids are separated by ' | '")
def enc_lattice(code, rng):
    while True:
        R, Cc = rng.randrange(4, 8), rng.randrange(4, 8)
        g = [["." for _ in range(Cc)] for _ in range(R)]
        for _ in range(rng.randrange(0, (R * Cc) // 4 + 1)):
            r, c = rng.randrange(R), rng.randrange(Cc)
            if (r, c) not in ((0, 0), (R - 1, Cc - 1)):
                g[r][c] = "#"
        w = [[0] * Cc for _ in range(R)]
        for r in range(R):
            for c in range(Cc):
                if g[r][c] == "#":
                    continue
                w[r][c] = 1 if (r, c) == (0, 0) else (w[r - 1][c] if r else 0) + (w[r][c - 1] if c else 0)
        if w[R - 1][Cc - 1] == code:
            return "/".join("".join(row) for row in g)


# ============================================================ 13 Bridge and torch
def torch_min(ts):
    t = sorted(ts)
    n, total = len(t), 0
    while n > 3:
        total += min(t[0] + 2 * t[1] + t[n - 1], 2 * t[0] + t[n - 2] + t[n - 1])
        n -= 2
    if n == 3:
        total += t[0] + t[1] + t[2]
    elif n == 2:
        total += t[1]
    else:
        total += t[0]
    return total


@encoding("bridge_torch_crossing_minutes",
          "as groups of walkers written as the minutes each needs to cross a narrow bridge at night: at most two cross at a "
          "time, a pair moves at the pace of the slower one, and the group's single torch must be carried on every crossing, so "
          "someone has to bring it back; the fewest minutes in which the whole group can be across is a character code (ASCII); "
          "groups are separated by ' | '")
def enc_torch(code, rng):
    while True:
        ts = [rng.randrange(1, 45) for _ in range(rng.randrange(4, 7))]
        if torch_min(ts) == code:
            return " ".join(map(str, ts))


# ============================================================ 14 Azul wall
def azul_score(placed, r, c):
    h = 1
    cc = c - 1
    while (r, cc) in placed:
        h += 1; cc -= 1
    cc = c + 1
    while (r, cc) in placed:
        h += 1; cc += 1
    v = 1
    rr = r - 1
    while (rr, c) in placed:
        v += 1; rr -= 1
    rr = r + 1
    while (rr, c) in placed:
        v += 1; rr += 1
    if h == 1 and v == 1:
        return 1
    return (h if h > 1 else 0) + (v if v > 1 else 0)


@encoding("azul_wall_adjacency_score",
          "as tiling walls of 5 by 5 squares (rows and columns numbered 1-5) filled one tile at a time at the squares listed as "
          "row,column: a tile with no tile beside, above or below it scores 1; otherwise it scores the number of tiles in the "
          "unbroken row of tiles it now belongs to (itself included) if that row has more than one tile, plus the number in the "
          "unbroken column of tiles it belongs to if that column has more than one; the scores of all the tiles of a group of "
          "walls add up to a character code (ASCII); walls are separated by ' / ' and groups by ' | '")
def enc_azul(code, rng):
    while True:
        walls, rem = [], code
        for _ in range(60):
            if rem == 0:
                break
            sq = [(r, c) for r in range(1, 6) for c in range(1, 6)]
            rng.shuffle(sq)
            placed, tot, seq = set(), 0, []
            cut = None
            for r, c in sq:
                s = azul_score(placed, r, c)
                placed.add((r, c)); tot += s; seq.append(f"{r},{c}")
                if tot == rem or (tot <= rem - 3 and len(seq) >= 8 and rng.random() < 0.08):
                    cut = (len(seq), tot)
                    if tot == rem:
                        break
                if tot > rem:
                    break
            if cut:
                walls.append(" ".join(seq[:cut[0]])); rem -= cut[1]
        if rem == 0:
            return " / ".join(walls)


# ============================================================ 15 Diving
DDS = [15, 20, 25, 30, 35]  # tenths


@encoding("diving_panel_trimmed_difficulty",
          "as diving lists of dives written 'DD d: five judges' scores' (scores in half points): for each dive drop the highest "
          "and the lowest of the five scores, add the other three and multiply by the degree of difficulty d; the points of all "
          "the dives of a list add up to a character code (ASCII); dives are separated by ', ' and lists by ' | '")
def enc_diving(code, rng):
    while True:
        dives, rem = [], code * 10  # tenths of points
        for _ in range(200):
            if rem == 0:
                break
            dd = rng.choice(DDS)
            sc = [rng.randrange(8, 21) for _ in range(5)]  # half points 4.0 .. 10.0
            mid = sum(sorted(sc)[1:4])  # in half points
            pts = mid * dd  # in twentieths... mid*0.5 * dd*0.1 = mid*dd/20 points
            if pts % 20:
                continue
            tenths = pts // 2
            if tenths <= rem:
                dives.append((dd, sc)); rem -= tenths
        if rem == 0:
            return ", ".join(f"DD {dd / 10:.1f}: " + " ".join(f"{s / 2:g}" for s in sc) for dd, sc in dives)


# ============================================================ 16 Craps
def _pair(rng, t):
    opts = [(a, t - a) for a in range(1, 7) if 1 <= t - a <= 6]
    return "%d-%d" % rng.choice(opts)


@encoding("craps_comeout_roll_sum",
          "as one shooter's rolls of two dice written 'a-b': a come-out roll totalling 7 or 11 wins and one of 2, 3 or 12 "
          "loses, and either way the next roll is again a come-out roll; any other come-out total becomes the point, and the "
          "shooter then rolls until the point total comes again (made: the next roll is a come-out roll) or a 7 comes (the "
          "shooter is out and no later roll counts); the totals of all the come-out rolls add up to a character code (ASCII); "
          "shooters are separated by ' | '")
def enc_craps(code, rng):
    while True:
        rem, rolls = code, []
        while rem > 0:
            t = rng.choice([x for x in range(2, 13) if x <= rem and (rem - x == 0 or rem - x >= 2)] or [rem])
            if t < 2 or t > 12:
                break
            rolls.append(_pair(rng, t)); rem -= t
            if t in (4, 5, 6, 8, 9, 10):
                for _ in range(rng.randrange(0, 4)):
                    rolls.append(_pair(rng, rng.choice([x for x in range(2, 13) if x not in (7, t)])))
                rolls.append(_pair(rng, t))
        if rem != 0:
            continue
        if rng.random() < 0.5:
            p = rng.choice([4, 5, 6, 8, 9, 10])
            rolls.append(_pair(rng, p))
            rolls.append(_pair(rng, 7))
            for _ in range(rng.randrange(1, 3)):
                rolls.append(_pair(rng, rng.randrange(2, 13)))
            # the extra come-out p would count: compensate by rebuilding when it breaks the total
            return None or _craps_fix(code, rng)
        return " ".join(rolls)


def _craps_fix(code, rng):
    # variant ending with a point and a seven-out, then rolls that do not count
    p = rng.choice([4, 5, 6, 8, 9, 10])
    rem, rolls = code - p, []
    while rem > 0:
        t = rng.choice([x for x in range(2, 13) if x <= rem and (rem - x == 0 or rem - x >= 2)] or [rem])
        rolls.append(_pair(rng, t)); rem -= t
        if t in (4, 5, 6, 8, 9, 10):
            for _ in range(rng.randrange(0, 3)):
                rolls.append(_pair(rng, rng.choice([x for x in range(2, 13) if x not in (7, t)])))
            rolls.append(_pair(rng, t))
    rolls.append(_pair(rng, p))
    for _ in range(rng.randrange(0, 3)):
        rolls.append(_pair(rng, rng.choice([x for x in range(2, 13) if x not in (7, p)])))
    rolls.append(_pair(rng, 7))
    for _ in range(rng.randrange(1, 4)):
        rolls.append(_pair(rng, rng.randrange(2, 13)))
    return " ".join(rolls)


# ============================================================ 17 First-fit arena
def ff_run(n, events):
    blocks = {}
    last = None
    for ev in events:
        if ev[0] == "a":
            k, s = ev[1], ev[2]
            taken = sorted(blocks.values())
            off, pos = None, 0
            for o, ln in taken:
                if o - pos >= s:
                    off = pos
                    break
                pos = max(pos, o + ln)
            if off is None and n - pos >= s:
                off = pos
            if off is None:
                return None
            blocks[k] = (off, s)
            last = off
        else:
            del blocks[ev[1]]
    return last


@encoding("firstfit_arena_granted_offset",
          "as memory logs written 'N: events': an arena of N bytes (offsets 0 to N-1) starts empty; 'aK=s' allocates s bytes as "
          "block K at the lowest offset where s free bytes lie side by side, 'fK' frees block K (free bytes next to each other "
          "join up); the offset given to the last allocation of the log is a character code (ASCII); logs are separated by ' | '")
def enc_firstfit(code, rng):
    while True:
        n = rng.randrange(code + 40, code + 110)
        ev, k, off = [], 1, 0
        pre = []
        while off < code:
            s = min(rng.randrange(3, 16), code - off)
            ev.append(("a", k, s)); pre.append((k, s)); k += 1; off += s
        x = k; sx = rng.randrange(12, 30)
        ev.append(("a", k, sx)); k += 1
        for _ in range(rng.randrange(1, 4)):
            ev.append(("a", k, rng.randrange(4, 20))); k += 1
        freed = [b for i, b in enumerate(pre) if i % 2 == 0 and rng.random() < 0.6]
        holes = [s for _, s in freed]
        frees = [("f", b) for b, _ in freed] + [("f", x)]
        rng.shuffle(frees)
        ev += frees
        # small fillers that first-fit will put into the early holes
        for hs in holes[:2]:
            if hs > 2 and rng.random() < 0.7:
                ev.append(("a", k, rng.randrange(1, hs))); k += 1
        mh = max(holes) if holes else 0
        if mh + 1 > sx:
            continue
        ev.append(("a", k, rng.randrange(mh + 1, sx + 1)))
        if ff_run(n, ev) != code:
            continue
        return f"{n}: " + " ".join(f"a{e[1]}={e[2]}" if e[0] == "a" else f"f{e[1]}" for e in ev)


# ============================================================ 18 Ship, captain and crew
def scc_game(rng):
    kept, rolls = [], []
    hand = 5
    for _ in range(3):
        roll = [rng.randrange(1, 7) for _ in range(hand)]
        rolls.append("".join(map(str, roll)))
        rest = roll[:]
        for need in (6, 5, 4):
            if need in kept:
                continue
            if all(x in kept for x in range(need + 1, 7)) and need in rest:
                kept.append(need); rest.remove(need)
        hand = 5 - len(kept)
        if len(kept) == 3:
            return " ".join(rolls), sum(rest)
    return " ".join(rolls), 0


@encoding("ship_captain_crew_cargo",
          "as games of ship, captain and crew, each written as up to three rolls of the dice still in hand (five at first): in "
          "every roll set aside a 6 (the ship) if you have none yet, then a 5 (the captain) if you have the ship but no "
          "captain, then a 4 (the crew) if you have both; in the roll in which the crew is set aside the other two dice of that "
          "roll are the cargo and the game ends scoring their total; a game with no crew after three rolls scores 0; the scores "
          "of the games of a group add up to a character code (ASCII); games are separated by ' / ' and groups by ' | '")
def enc_scc(code, rng):
    while True:
        games, rem = [], code
        for _ in range(3000):
            if rem == 0:
                break
            s, sc = scc_game(rng)
            if sc <= rem and rem - sc != 1 and (sc > 0 or rng.random() < 0.15):
                games.append(s); rem -= sc
        if rem == 0:
            return " / ".join(games)


# ============================================================ 19 Mutual trios
NAMES = ["Abe", "Bea", "Cy", "Di", "Ed", "Flo", "Gil", "Hy", "Ida", "Jem", "Kit", "Lu", "Max", "Ned", "Oz", "Pip"]


def trio_count(adj):
    ks = sorted(adj)
    return sum(1 for a, b, c in itertools.combinations(ks, 3) if b in adj[a] and c in adj[a] and c in adj[b])


@encoding("mutual_acquaintance_trio_count",
          "as rosters written 'name: names' in which each person lists the later people in the roster they know (knowing is "
          "mutual, so every pair is written once); the number of trios of three people who all know one another is a character "
          "code (ASCII); rosters are separated by ' | '")
def enc_trios(code, rng):
    while True:
        n = rng.randrange(9, 14)
        names = rng.sample(NAMES, n)
        adj = {x: set() for x in names}
        pairs = list(itertools.combinations(range(n), 2))
        for i, j in pairs:
            if rng.random() < 0.55:
                adj[names[i]].add(names[j]); adj[names[j]].add(names[i])
        for _ in range(400):
            t = trio_count(adj)
            if t == code:
                break
            i, j = rng.choice(pairs)
            a, b = names[i], names[j]
            has = b in adj[a]
            if (t < code and not has) or (t > code and has):
                if has:
                    adj[a].discard(b); adj[b].discard(a)
                else:
                    adj[a].add(b); adj[b].add(a)
        if trio_count(adj) != code:
            continue
        parts = []
        for i, a in enumerate(names):
            later = [b for b in names[i + 1:] if b in adj[a]]
            parts.append(f"{a}: {' '.join(later)}".rstrip())
        return "; ".join(parts)


# ============================================================ 20 Huffman
def huff_bits(counts):
    h = list(counts)
    heapq.heapify(h)
    tot = 0
    while len(h) > 1:
        a = heapq.heappop(h); b = heapq.heappop(h)
        tot += a + b
        heapq.heappush(h, a + b)
    return tot


@encoding("huffman_combine_codeword_bits",
          "as lists of symbol counts: repeatedly take two of the smallest counts out of the list and put their sum back in "
          "its place, until a single count is left; the sum of all the sums made along the way (the number of bits a Huffman "
          "code needs for the message) is a character code (ASCII); lists are separated by ' | '")
def enc_huffman(code, rng):
    while True:
        k = rng.randrange(4, 9)
        cs = [rng.randrange(1, 25) for _ in range(k)]
        for _ in range(200):
            b = huff_bits(cs)
            if b == code:
                return " ".join(map(str, cs))
            i = rng.randrange(k)
            if b < code:
                cs[i] += 1
            elif cs[i] > 1:
                cs[i] -= 1


# ============================================================ 21 Left right centre
@encoding("left_right_centre_chip_holding",
          "as games of left-right-centre written 'chips ...; turns ...': the players P1, P2 ... sit in a circle in that order "
          "(each player's left neighbour is the next one, after the last comes P1) and start with the chips listed; turns go "
          "round from P1, and in each turn the player rolls as many dice as chips held, at most three, written as the faces "
          "shown (L pass a chip to the left neighbour, R to the right neighbour, C into the centre, . keep it), or '-' for a "
          "player with no chips, who rolls nothing; the chips P1 holds after the last turn written are a character code "
          "(ASCII); games are separated by ' | '")
def enc_lcr(code, rng):
    while True:
        n = rng.randrange(3, 6)
        chips = [rng.randrange(max(5, code - 12), code + 12)] + [rng.randrange(10, 60) for _ in range(n - 1)]
        start = chips[:]
        turns, p = [], 0
        for t in range(rng.randrange(6, 30)):
            d = min(3, chips[p])
            if d == 0:
                turns.append("-")
            else:
                faces = "".join(rng.choice("LRC...") for _ in range(d))
                turns.append(faces)
                for f in faces:
                    if f == "L":
                        chips[p] -= 1; chips[(p + 1) % n] += 1
                    elif f == "R":
                        chips[p] -= 1; chips[(p - 1) % n] += 1
                    elif f == "C":
                        chips[p] -= 1
            p = (p + 1) % n
            if chips[0] == code and len(turns) >= 5 and start[0] != code:
                return f"chips {' '.join(map(str, start))}; turns {' '.join(turns)}"


# ============================================================ 22 Skins
@encoding("carryover_skins_jackpot",
          "as skins matches written as holes 'v: a b c' (v the hole's value, then the strokes of players A, B, C ... in that "
          "order): the player with the lowest score alone wins the hole's value plus everything carried over; when two or more "
          "share the lowest score nobody wins and the value carries over to the next hole; whatever is still carried after the "
          "last hole is lost; the total A wins is a character code (ASCII); holes are separated by ', ' and matches by ' | '")
def enc_skins(code, rng):
    while True:
        np = rng.randrange(3, 5)
        holes, carry, won = [], 0, 0
        for _ in range(18):
            v = rng.randrange(2, 16)
            sc = [rng.randrange(3, 7) for _ in range(np)]
            holes.append(f"{v}: {' '.join(map(str, sc))}")
            lo = min(sc)
            if sc.count(lo) > 1:
                carry += v
            else:
                if sc.index(lo) == 0:
                    won += v + carry
                carry = 0
            if won == code and len(holes) >= 4:
                return ", ".join(holes)
            if won > code:
                break


NAMES_ORDER = list(ENC)
assert len(NAMES_ORDER) == 22, len(NAMES_ORDER)
