"""Independent decoders of the p275 evasions (imports nothing from the encoder or common275)."""
import collections
import itertools
import re
from fractions import Fraction

SEP = " | "


def decode(encoding, run):
    fn = DEC[encoding]
    return "".join(chr(fn(u)) for u in run.split(SEP))


DEC = {}


def dec(name):
    def deco(fn):
        DEC[name] = fn
        return fn
    return deco


# 1 Reversi: board as a dict keyed by 'a1'-style names, lines walked by letter and number arithmetic
@dec("reversi_flanked_disc_turnovers")
def d_reversi(u):
    board = {"d4": "W", "e5": "W", "e4": "B", "d5": "B"}
    side, total = "B", 0
    for mv in u.split():
        if mv != "--":
            col, row = ord(mv[0]), int(mv[1:])
            taken = []
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    if dx == dy == 0:
                        continue
                    seen, x, y = [], col + dx, row + dy
                    while 97 <= x <= 104 and 1 <= y <= 8 and board.get(f"{chr(x)}{y}") not in (None, side):
                        seen.append(f"{chr(x)}{y}"); x += dx; y += dy
                    if seen and 97 <= x <= 104 and 1 <= y <= 8 and board.get(f"{chr(x)}{y}") == side:
                        taken.extend(seen)
            assert taken and mv not in board, "illegal reversi move"
            board[mv] = side
            for sq in taken:
                board[sq] = side
            total += len(taken)
        side = "W" if side == "B" else "B"
    return total


# 2 fives and threes dominoes
@dec("fives_and_threes_domino_count")
def d_fives(u):
    total = 0

    def pts(n):
        return (n // 5 if n % 5 == 0 else 0) + (n // 3 if n % 3 == 0 else 0) if n > 0 else 0
    for line in u.split(" / "):
        toks = line.split()
        a, b = map(int, toks[0].split("-"))
        ends = {"L": (a, False), "R": (b, False)}
        total += pts(a + b)
        for t in toks[1:]:
            side = t[0]
            x, y = map(int, t[1:].split("-"))
            assert ends[side][0] == x
            ends[side] = (y, x == y)
            total += pts(sum(v * (2 if d else 1) for v, d in ends.values()))
    return total


# 3 gin rummy: memoised search over the set of unmelded cards, taking the lowest card first
def _gval(c):
    return min("A23456789TJQK".index(c[0]) + 1, 10)


def _gin(cards):
    cards = tuple(sorted(cards))
    memo = {}

    def is_meld(group):
        if len(group) < 3:
            return False
        if len({c[0] for c in group}) == 1:
            return len(group) <= 4
        if len({c[1] for c in group}) != 1:
            return False
        idx = sorted("A23456789TJQK".index(c[0]) for c in group)
        return idx == list(range(idx[0], idx[0] + len(idx)))

    def best(rest):
        if not rest:
            return 0
        if rest in memo:
            return memo[rest]
        first, others = rest[0], rest[1:]
        out = _gval(first) + best(others)
        for k in range(2, min(len(others), 12) + 1):
            for comb in itertools.combinations(others, k):
                grp = (first,) + comb
                if is_meld(grp):
                    left = tuple(c for c in others if c not in comb)
                    out = min(out, best(left))
        memo[rest] = out
        return out
    return best(cards)


@dec("gin_rummy_meld_deadwood")
def d_gin(u):
    return sum(_gin(h.split()) for h in u.split(" / "))


# 4 trio: for every pair the third card is forced; look it up
@dec("quartet_feature_trio_labels")
def d_trio(u):
    cards = {}
    for tok in u.split():
        lab, c = tok.split("=")
        cards[c] = int(lab)
    alph = ["123", "rgp", "esf", "dow"]
    found = set()
    for a, b in itertools.combinations(cards, 2):
        third = "".join(a[i] if a[i] == b[i] else (set(alph[i]) - {a[i], b[i]}).pop() for i in range(4))
        if third in cards:
            found.add(frozenset((a, b, third)))
    assert len(found) == 1
    return sum(cards[c] for c in found.pop())


# 5 dots and boxes: count the drawn sides of each box
@dec("dotgrid_line_captured_cells")
def d_dots(u):
    m = re.match(r"boxes: (.*); lines: (.*)$", u)
    rows = [list(map(int, r.split())) for r in m.group(1).split(", ")]
    sides = collections.Counter()
    player, total = 0, 0
    for ln in m.group(2).split():
        p, q = ln.split("-")
        c1, r1, c2, r2 = ord(p[0]) - 97, int(p[1]), ord(q[0]) - 97, int(q[1])
        boxes = []
        if r1 == r2:  # horizontal: boxes above and below
            for br in (r1 - 1, r1):
                if 1 <= br <= 3:
                    boxes.append((br, min(c1, c2)))
        else:
            for bc in (c1 - 1, c1):
                if 0 <= bc <= 3:
                    boxes.append((min(r1, r2), bc))
        done = 0
        for bx in boxes:
            sides[bx] += 1
            if sides[bx] == 4:
                done += 1
                if player == 0:
                    total += rows[bx[0] - 1][bx[1]]
        if not done:
            player = 1 - player
    return total


# 6 peg solitaire: hole numbers to coordinates built from the row lengths
@dec("solitaire_board_jumped_holes")
def d_peg(u):
    where, n = {}, 0
    for r, (lo, hi) in enumerate([(3, 5), (3, 5), (1, 7), (1, 7), (1, 7), (3, 5), (3, 5)], 1):
        for c in range(lo, hi + 1):
            n += 1
            where[n] = (r, c)
    back = {v: k for k, v in where.items()}
    pegs = set(range(1, 34)) - {17}
    total = 0
    for mv in u.split():
        a, b = map(int, mv.split("-"))
        (ra, ca), (rb, cb) = where[a], where[b]
        mid = back[((ra + rb) // 2, (ca + cb) // 2)]
        assert a in pegs and mid in pegs and b not in pegs and abs(ra - rb) + abs(ca - cb) == 2
        pegs -= {a, mid}; pegs.add(b)
        total += mid
    return total


# 7 sudoku: candidate sets with naked singles, then branching
@dec("sextet_sudoku_starred_cells")
def d_sudoku(u):
    grid, stars = [], []
    for r, row in enumerate(u.split("/")):
        cells = re.findall(r"\[(.)\]|(.)", row)
        for c, (br, pl) in enumerate(cells):
            ch = br or pl
            grid.append(0 if ch == "." else int(ch))
            if br:
                stars.append(r * 6 + c)

    def peers(i):
        r, c = divmod(i, 6)
        ps = {r * 6 + k for k in range(6)} | {k * 6 + c for k in range(6)}
        br, bc = r - r % 2, c - c % 3
        ps |= {(br + x) * 6 + bc + y for x in range(2) for y in range(3)}
        return ps - {i}
    P = [peers(i) for i in range(36)]

    def solve(g):
        g = g[:]
        while True:
            progress = False
            for i in range(36):
                if g[i] == 0:
                    cand = set(range(1, 7)) - {g[p] for p in P[i]}
                    if not cand:
                        return None
                    if len(cand) == 1:
                        g[i] = cand.pop(); progress = True
            if not progress:
                break
        if 0 not in g:
            return g
        i = g.index(0)
        for d in set(range(1, 7)) - {g[p] for p in P[i]}:
            g2 = g[:]; g2[i] = d
            res = solve(g2)
            if res:
                return res
        return None
    sol = solve(grid)
    return sum(sol[i] for i in stars)


# 8 logic grid: parse the clues back into predicates and try every matching
@dec("logic_grid_lorry_tonnage")
def d_logic(u):
    m = re.match(r"drivers (.*?); lorries (.*?); loads (.*?); tonnes (.*?); clues (.*); ask (\w+)$", u)
    drv, col, lod = m.group(1).split(), m.group(2).split(), m.group(3).split()
    ton = list(map(int, m.group(4).split()))
    clues = m.group(5).split(". ")
    ask = drv.index(m.group(6))
    sols = []
    for cp in itertools.permutations(col):
        for lp in itertools.permutations(lod):
            for tp in itertools.permutations(ton):
                D = {d: (cp[i], lp[i], tp[i]) for i, d in enumerate(drv)}
                byc = {v[0]: v for v in D.values()}
                byl = {v[1]: v for v in D.values()}
                ok = True
                for cl in clues:
                    if mm := re.fullmatch(r"(\w+) drives the (\w+) lorry", cl):
                        ok = D[mm[1]][0] == mm[2]
                    elif mm := re.fullmatch(r"(\w+) does not carry (\w+)", cl):
                        ok = D[mm[1]][1] != mm[2]
                    elif mm := re.fullmatch(r"the (\w+) lorry carries (\w+)", cl):
                        ok = byc[mm[1]][1] == mm[2]
                    elif mm := re.fullmatch(r"the (\w+) load weighs (\d+) tonnes", cl):
                        ok = byl[mm[1]][2] == int(mm[2])
                    elif mm := re.fullmatch(r"the (\w+) lorry is not the (\d+)-tonne one", cl):
                        ok = byc[mm[1]][2] != int(mm[2])
                    elif mm := re.fullmatch(r"(\w+)'s load is (heavier|lighter) than the (\w+) lorry's", cl):
                        a, b = D[mm[1]][2], byc[mm[3]][2]
                        ok = a > b if mm[2] == "heavier" else a < b
                    elif mm := re.fullmatch(r"the (\w+) load is (heavier|lighter) than (\w+)'s", cl):
                        a, b = byl[mm[1]][2], D[mm[3]][2]
                        ok = a > b if mm[2] == "heavier" else a < b
                    else:
                        raise ValueError(cl)
                    if not ok:
                        break
                if ok:
                    sols.append(D)
    assert len(sols) == 1
    return sols[0][drv[ask]][2]


# 9 baseball: runners as a list of base numbers
@dec("baseball_halfinning_home_crossings")
def d_baseball(u):
    total = 0
    for half in u.split(" / "):
        runners, outs = [], 0
        for pa in half.split():
            assert outs < 3
            if pa in ("K", "O"):
                outs += 1
                continue
            if pa == "BB":
                forced = 1
                new = []
                for b in sorted(runners):
                    if b == forced:
                        new.append(b + 1); forced += 1
                    else:
                        new.append(b)
                runners = new + [1]
            else:
                k = {"1B": 1, "2B": 2, "3B": 3, "HR": 4}[pa]
                runners = [b + k for b in runners] + [k]
            total += sum(1 for b in runners if b >= 4)
            runners = [b for b in runners if b < 4]
        assert outs == 3
    return total


# 10 duel: closed form from the number of strikes each needs
@dec("duel_striker_remaining_vigour")
def d_duel(u):
    m = re.fullmatch(r"A (\d+)/(\d+)/(\d+) vs B (\d+)/(\d+)/(\d+)", u)
    ha, aa, da, hb, ab, db = map(int, m.groups())
    dmg_a, dmg_b = max(1, aa - db), max(1, ab - da)
    need_a, need_b = -(-hb // dmg_a), -(-ha // dmg_b)
    if need_a <= need_b:
        return ha - (need_a - 1) * dmg_b
    return hb - need_b * dmg_a


# 11 comparator network
@dec("comparator_network_final_slot")
def d_comp(u):
    m = re.fullmatch(r"list (.*); comparators (.*); read (\d+)", u)
    a = list(map(int, m.group(1).split()))
    for c in m.group(2).split():
        i, j = (int(x) - 1 for x in c.split(":"))
        lo, hi = min(a[i], a[j]), max(a[i], a[j])
        a[i], a[j] = lo, hi
    return a[int(m.group(3)) - 1]


# 12 lattice: counted backwards from the bottom-right corner
@dec("rightdown_lattice_trek_count")
def d_lattice(u):
    g = u.split("/")
    R, C = len(g), len(g[0])
    ways = collections.defaultdict(int)
    for r in range(R - 1, -1, -1):
        for c in range(C - 1, -1, -1):
            if g[r][c] == "#":
                ways[(r, c)] = 0
            elif (r, c) == (R - 1, C - 1):
                ways[(r, c)] = 1
            else:
                ways[(r, c)] = ways[(r + 1, c)] + ways[(r, c + 1)]
    return ways[(0, 0)]


# 13 bridge and torch: shortest path over (people across, torch side)
@dec("bridge_torch_crossing_minutes")
def d_torch(u):
    import heapq
    t = list(map(int, u.split()))
    n = len(t)
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
            moves = [(far | (1 << i) | (1 << j), max(t[i], t[j])) for i, j in itertools.combinations(near, 2)]
            moves += [(far | (1 << i), t[i]) for i in near]
        else:
            moves = [(far & ~(1 << i), t[i]) for i in range(n) if far >> i & 1]
        for nf, cost in moves:
            key = (nf, 1 - torch)
            if d + cost < dist.get(key, 1 << 30):
                dist[key] = d + cost
                heapq.heappush(pq, (d + cost, nf, 1 - torch))


# 14 Azul: scan the row and column strings
@dec("azul_wall_adjacency_score")
def d_azul(u):
    total = 0
    for wall in u.split(" / "):
        g = [[0] * 7 for _ in range(7)]
        for sq in wall.split():
            r, c = map(int, sq.split(","))
            assert not g[r][c]
            g[r][c] = 1
            row = "".join(str(x) for x in g[r])
            col = "".join(str(g[k][c]) for k in range(7))
            h = len(re.findall(r"1+", row[:c + 1])[-1]) + len(re.match(r"1*", row[c + 1:]).group(0))
            v = len(re.findall(r"1+", col[:r + 1])[-1]) + len(re.match(r"1*", col[r + 1:]).group(0))
            total += 1 if h == v == 1 else (h if h > 1 else 0) + (v if v > 1 else 0)
    return total


# 15 diving with exact fractions
@dec("diving_panel_trimmed_difficulty")
def d_diving(u):
    tot = Fraction(0)
    for dive in u.split(", "):
        m = re.fullmatch(r"DD ([\d.]+): (.*)", dive)
        sc = sorted(Fraction(x) for x in m.group(2).split())
        tot += sum(sc[1:-1]) * Fraction(m.group(1))
    assert tot.denominator == 1
    return int(tot)


# 16 craps
@dec("craps_comeout_roll_sum")
def d_craps(u):
    point, total = None, 0
    for r in u.split():
        a, b = map(int, r.split("-"))
        s = a + b
        if point is None:
            total += s
            if s not in (2, 3, 7, 11, 12):
                point = s
        elif s == point:
            point = None
        elif s == 7:
            break
    return total


# 17 first fit over a byte map
@dec("firstfit_arena_granted_offset")
def d_firstfit(u):
    n, evs = u.split(": ")
    mem = [None] * int(n)
    last = None
    for ev in evs.split():
        if ev[0] == "a":
            k, s = ev[1:].split("=")
            s = int(s)
            run = 0
            for i, cell in enumerate(mem):
                run = run + 1 if cell is None else 0
                if run == s:
                    start = i - s + 1
                    for j in range(start, i + 1):
                        mem[j] = k
                    last = start
                    break
            else:
                raise ValueError("no room")
        else:
            k = ev[1:]
            mem = [None if c == k else c for c in mem]
    return last


# 18 ship, captain and crew
@dec("ship_captain_crew_cargo")
def d_scc(u):
    total = 0
    for game in u.split(" / "):
        have = []
        for roll in game.split():
            dice = collections.Counter(int(x) for x in roll)
            assert len(roll) == 5 - len(have)
            for need in (6, 5, 4):
                if need not in have and len(have) == 6 - need and dice[need]:
                    have.append(need); dice[need] -= 1
            if len(have) == 3:
                total += sum(k * v for k, v in dice.items())
                break
    return total


# 19 trios via common neighbours of each pair
@dec("mutual_acquaintance_trio_count")
def d_trios(u):
    adj = collections.defaultdict(set)
    for part in u.split("; "):
        name, _, rest = part.partition(":")
        adj[name]
        for other in rest.split():
            adj[name].add(other); adj[other].add(name)
    tri = 0
    for a in adj:
        for b in adj[a]:
            tri += len(adj[a] & adj[b])
    return tri // 6


# 20 Huffman with a sorted list
@dec("huffman_combine_codeword_bits")
def d_huffman(u):
    xs = sorted(map(int, u.split()))
    bits = 0
    while len(xs) > 1:
        s = xs[0] + xs[1]
        bits += s
        xs = sorted(xs[2:] + [s])
    return bits


# 21 left right centre
@dec("left_right_centre_chip_holding")
def d_lcr(u):
    m = re.fullmatch(r"chips (.*); turns (.*)", u)
    chips = list(map(int, m.group(1).split()))
    n = len(chips)
    for k, turn in enumerate(m.group(2).split()):
        p = k % n
        if turn == "-":
            assert chips[p] == 0
            continue
        assert len(turn) == min(3, chips[p])
        for f in turn:
            if f in "LRC":
                chips[p] -= 1
                if f == "L":
                    chips[(p + 1) % n] += 1
                elif f == "R":
                    chips[(p + n - 1) % n] += 1
    return chips[0]


# 22 skins
@dec("carryover_skins_jackpot")
def d_skins(u):
    pot, a = 0, 0
    for hole in u.split(", "):
        v, sc = hole.split(": ")
        sc = list(map(int, sc.split()))
        pot += int(v)
        low = min(sc)
        if sc.count(low) == 1:
            if sc[0] == low:
                a += pot
            pot = 0
    return a
