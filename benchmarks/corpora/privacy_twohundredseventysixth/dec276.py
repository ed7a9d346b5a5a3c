"""Independent decoder of p276 evasions.  Imports nothing from the encoder or
common276; every answer is worked out a different way from the encoder."""
import itertools
import re
from collections import deque

SEPS = {"puddle_volume_between_uprights": " / ", "stick_trio_triangle_forming": " / ", "paired_stall_worth_minus_walk": " / "}


def _grid(s):
    return [list(row) for row in s.split("/")]


def d_puddle(s):
    # level by level: a cell at level L holds water if it is lower than L and
    # some upright of height >= L stands on each side
    h = [int(x) for x in s.strip("()").split()]
    w = 0
    for lev in range(1, max(h) + 1):
        for i, x in enumerate(h):
            if x < lev and any(y >= lev for y in h[:i]) and any(y >= lev for y in h[i + 1:]):
                w += 1
    return w


def d_rects(s):
    g = _grid(s)
    R, C = len(g), len(g[0])
    n = 0
    for r1 in range(R):
        for r2 in range(r1, R):
            for c1 in range(C):
                for c2 in range(c1, C):
                    if all(g[r][c] == "." for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)):
                        n += 1
    return n


def d_teetotum(s):
    m = re.match(r"(\d+) each, pot (\d+): (.*)$", s)
    start, pot = int(m.group(1)), int(m.group(2))
    purse = [start] * 4
    for tok in m.group(3).split():
        p, o = tok.split(":")
        i = "ABCD".index(p)
        if o[0] == "P":
            give = min(purse[i], int(o[1]))
            purse[i] -= give
            pot += give
        elif o == "TA":
            purse[i] += pot
            pot = 0
        elif o[0] == "T":
            take = min(pot, int(o[1]))
            purse[i] += take
            pot -= take
        else:  # AP
            for k in range(4):
                if purse[k]:
                    purse[k] -= 1
                    pot += 1
    return pot


def d_well(s):
    m = re.match(r"width (\d+): (.*)$", s)
    W = int(m.group(1))
    rows = []  # list of lists of W booleans, bottom row first
    for tok in m.group(2).split():
        kind, ln, col = tok[0], int(tok[1:tok.index("@")]), int(tok[tok.index("@") + 1:]) - 1
        span = list(range(col, col + ln)) if kind == "h" else [col]
        top = 0
        for r, row in enumerate(rows):
            if any(row[c] for c in span):
                top = r + 1
        need = top + (1 if kind == "h" else ln)
        while len(rows) < need:
            rows.append([False] * W)
        if kind == "h":
            for c in span:
                rows[top][c] = True
        else:
            for k in range(ln):
                rows[top + k][col] = True
        rows = [row for row in rows if not all(row)]
    return sum(sum(row) for row in rows)


def d_drawdown(s):
    m = re.match(r"threading (\d+); tie-up (.*); treadling (\d+)$", s)
    tie = {}
    for part in m.group(2).split():
        k, v = part.split("=")
        tie[int(k)] = {int(ch) for ch in v}
    n = 0
    for pick in m.group(3):
        lifted = tie[int(pick)]
        row = ["X" if int(sh) in lifted else "." for sh in m.group(1)]
        n += row.count("X")
    return n


def d_outline(s):
    pts = [tuple(int(v) for v in p.strip("()").split(",")) for p in s.split()]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    n = 0
    for x in range(min(xs), max(xs)):
        for y in range(min(ys), max(ys)):
            cx, cy = x + 0.5, y + 0.5
            inside = False
            for i in range(len(pts)):
                (x1, y1), (x2, y2) = pts[i], pts[(i + 1) % len(pts)]
                if x1 == x2 and x1 > cx and min(y1, y2) < cy < max(y1, y2):
                    inside = not inside
            n += inside
    return n


def d_edges(s):
    g = _grid(s)
    R, C = len(g), len(g[0])
    n = 0
    for r in range(R):
        for c in range(C):
            if g[r][c] == "x":
                for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    rr, cc = r + dr, c + dc
                    if 0 <= rr < R and 0 <= cc < C and g[rr][cc] != "x":
                        n += 1
    return n


def d_scc(s):
    total = 0
    for turn in s.split(", "):
        rolls = [[int(v) for v in roll.split()] for roll in re.findall(r"\[([^\]]*)\]", turn)]
        have = set()
        for roll in rolls:
            left = list(roll)
            for want, name in ((6, "ship"), (5, "captain"), (4, "crew")):
                prior = {"ship": set(), "captain": {"ship"}, "crew": {"ship", "captain"}}[name]
                if name not in have and prior <= have and want in left:
                    left.remove(want)
                    have.add(name)
            if len(have) == 3:
                total += sum(left)
                break
    return total


def d_mosaic(s):
    wall = [[0] * 8 for _ in range(8)]
    score = 0
    for tok in s.split():
        r, c = (int(v) for v in tok.split("."))
        wall[r][c] = 1
        row = col = 0
        k = c
        while wall[r][k]:
            k -= 1
        k += 1
        while wall[r][k]:
            row += 1
            k += 1
        k = r
        while wall[k][c]:
            k -= 1
        k += 1
        while wall[k][c]:
            col += 1
            k += 1
        if row == 1 and col == 1:
            score += 1
        else:
            score += (row if row > 1 else 0) + (col if col > 1 else 0)
    return score


def d_sight(s):
    g = _grid(s)
    n = len(g)
    pieces = [(r, c, g[r][c]) for r in range(n) for c in range(n) if g[r][c] in "RBQ"]
    cnt = 0
    for r in range(n):
        for c in range(n):
            if g[r][c] != ".":
                continue
            seen = False
            for pr, pc, t in pieces:
                dr, dc = r - pr, c - pc
                straight = dr == 0 or dc == 0
                diag = abs(dr) == abs(dc)
                if not ((t == "R" and straight) or (t == "B" and diag) or (t == "Q" and (straight or diag))):
                    continue
                sr = (dr > 0) - (dr < 0)
                sc = (dc > 0) - (dc < 0)
                k, clear = 1, True
                while (pr + k * sr, pc + k * sc) != (r, c):
                    if g[pr + k * sr][pc + k * sc] != ".":
                        clear = False
                        break
                    k += 1
                if clear:
                    seen = True
                    break
            cnt += seen
    return cnt


def d_rug(s):
    g = s.split("/")
    n = len(g)
    lines = list(g)
    lines += ["".join(g[r][c] for r in range(n)) for c in range(n)]
    for d in range(-(n - 1), n):
        lines.append("".join(g[r][r - d] for r in range(n) if 0 <= r - d < n))
        lines.append("".join(g[r][d + (n - 1) - r] for r in range(n) if 0 <= d + (n - 1) - r < n))
    cnt = 0
    for ln in lines:
        for word in ("RUG", "GUR"):
            cnt += sum(1 for i in range(len(ln) - 2) if ln[i:i + 3] == word)
    return cnt


def d_jackpot(s):
    taken, carried = 0, 0
    for w in s.split():
        add = int(w[1:w.index(":")])
        sc = [int(v) for v in re.findall(r"[ABCD](\d+)", w[w.index(":"):])]
        carried += add
        winners = [i for i, v in enumerate(sc) if v == max(sc)]
        if len(winners) == 1:
            if winners[0] == 0:
                taken += carried
            carried = 0
    return taken


def d_bales(s):
    g = [[int(ch) for ch in row] for row in s.split("/")]
    cubes = {(r, c, z) for r, row in enumerate(g) for c, h in enumerate(row) for z in range(h)}
    n = 0
    for r, c, z in cubes:
        for d in ((1, 0, 0), (-1, 0, 0), (0, 1, 0), (0, -1, 0), (0, 0, 1), (0, 0, -1)):
            nb = (r + d[0], c + d[1], z + d[2])
            if nb in cubes or nb[2] < 0:
                continue
            n += 1
    return n


def d_cuts(s):
    L, marks = s.split(": ")
    L = int(L)
    marks = [int(v) for v in marks.split()]
    best = None
    for perm in itertools.permutations(marks):
        cut = [0, L]
        cost = 0
        for m in perm:
            lo = max(x for x in cut if x < m)
            hi = min(x for x in cut if x > m)
            cost += hi - lo
            cut.append(m)
        best = cost if best is None else min(best, cost)
    return best


def d_draw(s):
    m = re.match(r"(\d+) of one lot from (.*)$", s)
    M = int(m.group(1))
    left = [int(v) for v in m.group(2).split()]
    held = [0] * len(left)
    draws = 0
    # the unluckiest bag: keep drawing a skein that does not complete M
    while True:
        options = [i for i in range(len(left)) if left[i] > 0 and held[i] + 1 < M]
        if not options:
            break
        i = options[0]
        left[i] -= 1
        held[i] += 1
        draws += 1
    return draws + 1


def d_survey(s):
    v = [int(x) for x in re.findall(r"\d+", s)]
    n, W, S, J, WS, WJ, SJ, abc = v
    ws, wj, sj = WS - abc, WJ - abc, SJ - abc
    w_only = W - ws - wj - abc
    s_only = S - ws - sj - abc
    j_only = J - wj - sj - abc
    return n - (w_only + s_only + j_only + ws + wj + sj + abc)


def d_trios(s):
    v = [int(x) for x in s.strip("()").split()]
    return sum(1 for a, b, c in itertools.combinations(v, 3) if a + b > c and a + c > b and b + c > a)


def d_tray(s):
    g = _grid(s)
    moved = True
    while moved:
        moved = False
        for r in range(1, len(g)):
            for c in range(len(g[0])):
                if g[r][c] == "O" and g[r - 1][c] == ".":
                    g[r - 1][c], g[r][c] = "O", "."
                    moved = True
    R = len(g)
    return sum(R - r for r in range(R) for c in range(len(g[0])) if g[r][c] == "O")


def d_skyline(s):
    g = [[int(ch) for ch in row] for row in s.split("/")]
    n = len(g)
    orig_rows = [max(row) for row in g]
    orig_cols = [max(g[r][c] for r in range(n)) for c in range(n)]
    added = 0
    for r in range(n):
        for c in range(n):
            while True:
                g[r][c] += 1
                if max(g[r]) != orig_rows[r] or max(g[k][c] for k in range(n)) != orig_cols[c]:
                    g[r][c] -= 1
                    break
                added += 1
    return added


def d_gaps(s):
    k, rows = s.split(" ")
    K = int(k[1:])
    g = rows.split("/")
    R, C = len(g), len(g[0])
    ry, y = [], 0
    for r in range(R):
        ry.append(y)
        y += K if "*" not in g[r] else 1
    cx, x = [], 0
    for c in range(C):
        cx.append(x)
        x += K if all(g[r][c] != "*" for r in range(R)) else 1
    pts = [(ry[r], cx[c]) for r in range(R) for c in range(C) if g[r][c] == "*"]
    return sum(abs(a[0] - b[0]) + abs(a[1] - b[1]) for a, b in itertools.combinations(pts, 2))


def d_locks(s):
    m = re.match(r"locks (.*) keys (.*)$", s)
    locks = m.group(1).split()
    keys = m.group(2).split()
    # per column, the set of keys that fit each lock height; intersect
    n = 0
    for lk in locks:
        ok = set(range(len(keys)))
        for col in range(5):
            ok &= {i for i, ky in enumerate(keys) if int(ky[col]) <= 5 - int(lk[col])}
        n += len(ok)
    return n


def d_stalls(s):
    v = [int(x) for x in s.strip("[]").split()]
    return max(v[i] + v[j] - (j - i) for i in range(len(v)) for j in range(i + 1, len(v)))


DEC = {
    "puddle_volume_between_uprights": d_puddle, "open_space_rectangle_choices": d_rects,
    "teetotum_spinner_pot_balance": d_teetotum, "dropped_bar_well_filled_cells": d_well,
    "weave_drawdown_raised_warp_cells": d_drawdown, "rectilinear_outline_enclosed_area": d_outline,
    "tufted_patch_outline_edges": d_edges, "ship_captain_crew_cargo_sums": d_scc,
    "mosaic_wall_adjacency_score": d_mosaic, "rook_bishop_sightline_coverage": d_sight,
    "lettergrid_rug_sightings": d_rug, "quiz_jackpot_rollover_takings": d_jackpot,
    "bale_pile_uncovered_sides": d_bales, "roll_cutting_cheapest_sequence": d_cuts,
    "blind_draw_guaranteed_skeins": d_draw, "three_circle_survey_outsiders": d_survey,
    "stick_trio_triangle_forming": d_trios, "tilted_tray_rolling_pebbles_load": d_tray,
    "pile_raise_keeping_skyline": d_skyline, "widening_gap_pairwise_spacing": d_gaps,
    "lock_key_pin_fit_pairs": d_locks, "paired_stall_worth_minus_walk": d_stalls,
}


def answers(name, run):
    sep = SEPS.get(name, " | ")
    return [DEC[name](part) for part in run.split(sep)]


def decode(name, run):
    return "".join(chr(a) for a in answers(name, run))
