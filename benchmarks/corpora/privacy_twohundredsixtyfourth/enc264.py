"""Evasion encoders: every character code (45-122) becomes one small puzzle.

Each encoder takes (rng, code) and returns one item; the rng adds only what the
answer does not depend on.  RULES holds the rule text and the separator.
"""
import itertools
from fractions import Fraction

RULES = {}
ENC = {}


def encoding(name, sep, rule):
    def deco(fn):
        RULES[name] = {"sep": sep, "rule": rule}
        ENC[name] = fn
        return fn
    return deco


# ---------------------------------------------------------------- 1 coin-change style counting
SACK_SETS = [(2, 3, 5), (2, 5, 9), (3, 4, 7), (1, 4, 9), (2, 3, 7), (3, 5, 8), (1, 5, 6), (2, 7, 9),
             (1, 3, 8), (2, 5, 6, 11), (3, 4, 5), (1, 6, 10), (2, 3, 11), (4, 5, 9), (1, 2, 9, 12)]
_SACK_TABLE = None


def _ways_dp(w, sizes):
    ways = [1] + [0] * w
    for s in sizes:
        for x in range(s, w + 1):
            ways[x] += ways[x - s]
    return ways[w]


def _sack_table():
    global _SACK_TABLE
    if _SACK_TABLE is None:
        t = {}
        for sizes in SACK_SETS:
            for w in range(8, 160):
                c = _ways_dp(w, sizes)
                if 45 <= c <= 122:
                    t.setdefault(c, []).append((w, sizes))
        _SACK_TABLE = t
    return _SACK_TABLE


@encoding("sack_size_make_up_ways", " | ",
          "as orders written 'W kg from a/b/c' (sacks of a, b and c kilograms, and of d where a fourth size is listed, as many "
          "sacks of each size as needed): the number of different ways to make up exactly W kg, where only how many sacks of "
          "each size are used matters and not their order, is a character code; orders are separated by ' | '")
def e_sack(rng, c):
    w, sizes = rng.choice(_sack_table()[c])
    return "%d kg from %s" % (w, "/".join(str(s) for s in sizes))


# ---------------------------------------------------------------- 2 binary search tree depths
def _ipl(keys):
    # recursive split: the first key is the root, smaller keys form the left subtree, larger the right
    if not keys:
        return 0
    root = keys[0]
    left = [k for k in keys[1:] if k < root]
    right = [k for k in keys[1:] if k > root]
    return len(keys) - 1 + _ipl(left) + _ipl(right)


@encoding("search_tree_insertion_depths", ', ',
          "as lists of tag numbers in square brackets: put the numbers one at a time, in the order given, into a search tree "
          "(the first number is the top; each later number starts at the top and steps down to the left if it is smaller than the "
          "number it meets and to the right if it is larger, until it finds a free place); the depth of a number is how many steps "
          "below the top it ends up, and the total of the depths of all the numbers in a list is a character code; lists are separated by ', '")
def e_bst(rng, c):
    # build a tree shape with the wanted total depth, number it in order, then list it in an order that rebuilds it
    def min_ipl(k):
        return sum(i.bit_length() - 1 for i in range(1, k + 1))

    def shape(k, target):
        if k == 0:
            return None
        rest = target - (k - 1)
        opts = []
        for kl in range(0, k):
            kr = k - 1 - kl
            lo = min_ipl(kl) + min_ipl(kr)
            hi = kl * (kl - 1) // 2 + kr * (kr - 1) // 2
            if lo <= rest <= hi:
                opts.append(kl)
        kl = rng.choice(opts)
        kr = k - 1 - kl
        lo_l, hi_l = min_ipl(kl), kl * (kl - 1) // 2
        lo_r, hi_r = min_ipl(kr), kr * (kr - 1) // 2
        tl = rng.randint(max(lo_l, rest - hi_r), min(hi_l, rest - lo_r))
        return [shape(kl, tl), shape(kr, rest - tl), kl]

    ns = [n for n in range(10, 19) if min_ipl(n) <= c <= n * (n - 1) // 2]
    n = rng.choice(ns)
    tree = shape(n, c)
    keys = sorted(rng.sample(range(1, 100), n))
    nodes = []  # (key, parent index)

    def label(t, lo, parent):
        if t is None:
            return
        left, right, kl = t
        idx = len(nodes)
        nodes.append((keys[lo + kl], parent))
        label(left, lo, idx)
        label(right, lo + kl + 1, idx)
    label(tree, 0, -1)
    placed, order = set(), []
    avail = [0]
    while avail:
        i = avail.pop(rng.randrange(len(avail)))
        placed.add(i)
        order.append(nodes[i][0])
        avail.extend(j for j, (_, par) in enumerate(nodes) if par == i)
    assert _ipl(order) == c
    return "[" + " ".join(str(x) for x in order) + "]"


# ---------------------------------------------------------------- 3 heaviest increasing subsequence
def _heaviest_rising_brute(xs):
    best = 0
    n = len(xs)
    for mask in range(1, 1 << n):
        picked = [xs[i] for i in range(n) if mask >> i & 1]
        if all(a < b for a, b in zip(picked, picked[1:])):
            best = max(best, sum(picked))
    return best


@encoding("rising_subsequence_heaviest_weights", '; ',
          "as lists of jar weights in round brackets: pick some of the entries, keeping their order in the list, so that each "
          "picked entry is larger than the one picked before it; the largest total you can pick this way is a character code; "
          "lists are separated by '; '")
def e_lis(rng, c):
    while True:
        n = rng.randint(6, 9)
        xs = [rng.randint(1, 60) for _ in range(n)]
        best = []
        for i, x in enumerate(xs):
            best.append(x + max([best[j] for j in range(i) if xs[j] < x] or [0]))
        if max(best) == c and _heaviest_rising_brute(xs) == c:
            return "(" + " ".join(str(x) for x in xs) + ")"


# ---------------------------------------------------------------- 4 longest common subsequence
def _subseqs(s):
    out = set()
    for r in range(1, len(s) + 1):
        for idx in itertools.combinations(range(len(s)), r):
            out.add("".join(s[i] for i in idx))
    return out


@encoding("longest_common_subsequence_readings", " ",
          "as pairs of digit strings written TOP/BOTTOM: the longest string of digits that can be read in both, left to right, by "
          "skipping digits (always exactly one such string here), read as a whole number, is a character code; pairs are "
          "separated by spaces")
def e_lcs(rng, c):
    target = str(c)
    while True:
        a = [str(rng.randint(0, 9)) for _ in range(rng.randint(4, 6))]
        b = [str(rng.randint(0, 9)) for _ in range(rng.randint(4, 6))]
        ia = sorted(rng.sample(range(len(a) + len(target)), len(target)))
        ib = sorted(rng.sample(range(len(b) + len(target)), len(target)))
        aa, bb = list(a), list(b)
        for pos, ch in zip(ia, target):
            aa.insert(pos, ch)
        for pos, ch in zip(ib, target):
            bb.insert(pos, ch)
        sa, sb = "".join(aa), "".join(bb)
        common = _subseqs(sa) & _subseqs(sb)
        m = max(len(x) for x in common)
        best = [x for x in common if len(x) == m]
        if best == [target]:
            return sa + "/" + sb


# ---------------------------------------------------------------- 5 sum of squared deviations
def _pair_diffs(xs):
    return sum(abs(a - b) for a, b in itertools.combinations(xs, 2))


@encoding("pairwise_difference_totals", ' ; ',
          "as sieve samples in curly brackets, each a list of grain counts: for every two entries of a list take the larger minus "
          "the smaller, and the total of these differences over all pairs is a character code; samples are separated by ' ; '")
def e_pairdiff(rng, c):
    while True:
        n = rng.randint(3, 6)
        spread = max(3, c // n)
        m = rng.randint(spread + 5, spread + 80)
        xs = [m + rng.randint(-spread, spread) for _ in range(n)]
        if _pair_diffs(xs) == c:
            return "{" + ", ".join(str(x) for x in xs) + "}"


# ---------------------------------------------------------------- 6 palindromic substrings
def _pal_brute(s):
    n = len(s)
    return sum(1 for i in range(n) for j in range(i + 1, n + 1) if s[i:j] == s[i:j][::-1])


@encoding("palindromic_substring_counts", " ",
          "as strings of letters: count every unbroken stretch of one or more neighbouring letters that reads the same forwards "
          "and backwards, counting each position separately (so every single letter counts once); that count is a character "
          "code; strings are separated by spaces")
def e_pal(rng, c):
    while True:
        alpha = rng.choice(["sl", "slt", "sa", "sat", "lt"])
        runs, n = [], rng.randint(8, 20)
        while sum(len(r) for r in runs) < n:
            runs.append(rng.choice(alpha) * rng.randint(1, n))
        s = "".join(runs)[:n]
        if _pal_brute(s) == c:
            return s


# ---------------------------------------------------------------- 7 minimax game trees
def _mm(node, maxing):
    if isinstance(node, int):
        return node
    vals = [_mm(ch, not maxing) for ch in node]
    return max(vals) if maxing else min(vals)


def _tree(rng, depth):
    if depth == 0 or (depth < 3 and rng.random() < 0.25):
        return rng.randint(10, 99)
    return [_tree(rng, depth - 1) for _ in range(rng.randint(2, 3))]


def _shift(node, k):
    if isinstance(node, int):
        return node + k
    return [_shift(ch, k) for ch in node]


def _leaves(node):
    if isinstance(node, int):
        return [node]
    return [x for ch in node for x in _leaves(ch)]


def _fmt_tree(node):
    if isinstance(node, int):
        return str(node)
    return "[" + " ".join(_fmt_tree(ch) for ch in node) + "]"


@encoding("minimax_tree_root_values", " | ",
          "as game trees in square brackets, where a bracket is a choice and a number is a final score: at the outermost bracket "
          "the player to move picks the entry with the largest value, inside it the opponent picks the smallest, one level deeper "
          "the largest again, and so on alternately; the value of a bracket is the value of the entry picked and the value of a "
          "number is the number itself; the value of the whole tree is a character code; trees are separated by ' | '")
def e_mm(rng, c):
    while True:
        t = _tree(rng, 3)
        if isinstance(t, int):
            continue
        v = _mm(t, True)
        t = _shift(t, c - v)
        if min(_leaves(t)) >= 1 and max(_leaves(t)) <= 199:
            return _fmt_tree(t)


# ---------------------------------------------------------------- 8 Johnson two-stage flow shop
def _johnson_makespan(jobs):
    first = sorted([j for j in jobs if j[0] < j[1]], key=lambda j: j[0])
    last = sorted([j for j in jobs if j[0] >= j[1]], key=lambda j: -j[1])
    seq = first + last
    t1 = t2 = 0
    for a, b in seq:
        t1 += a
        t2 = max(t1, t2) + b
    return t2


@encoding("johnson_two_stage_makespans", " | ",
          "as batches written 'wash/dry wash/dry ...' (each lot of salt needs that many minutes in the one washer and then that "
          "many minutes in the one dryer, a lot can go into the dryer only after its washing is done, each machine takes one lot "
          "at a time, and the lots may be run in any order): the shortest possible time from the start until the last lot leaves "
          "the dryer (Johnson's rule finds it) is a character code in minutes; batches are separated by ' | '")
def e_johnson(rng, c):
    while True:
        n = rng.randint(3, 5)
        jobs = [(rng.randint(2, 30), rng.randint(2, 30)) for _ in range(n)]
        if _johnson_makespan(jobs) == c:
            return " ".join("%d/%d" % j for j in jobs)


# ---------------------------------------------------------------- 9 north-west corner rule
def _nw_cost(supply, demand, cost):
    s, d = list(supply), list(demand)
    i = j = 0
    total = 0
    degenerate = False
    while i < len(s) and j < len(d):
        q = min(s[i], d[j])
        total += q * cost[i][j]
        s[i] -= q
        d[j] -= q
        if s[i] == 0 and d[j] == 0:
            if not (i == len(s) - 1 and j == len(d) - 1):
                degenerate = True
            i += 1
            j += 1
        elif s[i] == 0:
            i += 1
        else:
            j += 1
    return total, degenerate


@encoding("northwest_corner_haulage_bills", " | ",
          "as haulage plans written 'A a B b C c > X x Y y Z z @ cost rows' (salt stores A, B, C holding a, b, c tonnes, buyers X, "
          "Y, Z wanting x, y, z tonnes, and the cost per tonne from each store to each buyer, one row per store, rows separated by "
          "'/'): fill the plan by the north-west corner rule: start with store A and buyer X, send as many tonnes as possible (the "
          "smaller of what the store still holds and what the buyer still wants), then move on to the next store if this store is "
          "empty, otherwise to the next buyer, and repeat until everything is sent; the total bill, tonnes times cost per tonne "
          "added over every pair used, is a character code; plans are separated by ' | '")
def e_nw(rng, c):
    while True:
        supply = [rng.randint(2, 9) for _ in range(3)]
        total = sum(supply)
        cuts = sorted(rng.sample(range(1, total), 2))
        demand = [cuts[0], cuts[1] - cuts[0], total - cuts[1]]
        if min(demand) < 1:
            continue
        cost = [[rng.randint(1, 9) for _ in range(3)] for _ in range(3)]
        v, degen = _nw_cost(supply, demand, cost)
        if v == c and not degen:
            return "A %d B %d C %d > X %d Y %d Z %d @ %s" % (tuple(supply) + tuple(demand) + (
                "/".join(",".join(str(x) for x in row) for row in cost),))


# ---------------------------------------------------------------- 10 non-adjacent picks
def _nonadj_brute(xs):
    best = 0
    n = len(xs)
    for mask in range(1 << n):
        if mask & (mask >> 1):
            continue
        best = max(best, sum(xs[i] for i in range(n) if mask >> i & 1))
    return best


@encoding("non_adjacent_stall_pick_takings", '; ',
          "as rows of market-stall takings in round brackets (stalls side by side along one street): choose stalls so that no two "
          "chosen stalls stand next to each other; the largest total of takings you can choose this way is a character code; "
          "rows are separated by '; '")
def e_nonadj(rng, c):
    while True:
        n = rng.randint(6, 10)
        xs = [rng.randint(1, 40) for _ in range(n)]
        if _nonadj_brute(xs) == c:
            return "(" + " ".join(str(x) for x in xs) + ")"


# ---------------------------------------------------------------- 11 Shapley value
def _shapley_a(v):
    A, B, Cc, AB, AC, BC, ABC = v
    return (Fraction(2 * A + (AB - B) + (AC - Cc) + 2 * (ABC - BC), 6))


@encoding("shapley_coalition_payoffs", " | ",
          "as partnerships written 'A:a B:b C:c AB:ab AC:ac BC:bc ABC:abc' (what each merchant, each pair and all three together "
          "earn in pounds when they buy a spice lot jointly): line the three merchants up in each of the six possible orders, "
          "credit A in each order with what the group earns once A joins minus what it earned just before, and take the average "
          "of those six credits (A's Shapley value); it is a whole number and is a character code; partnerships are separated by ' | '")
def e_shapley(rng, c):
    while True:
        A, B, Cc = rng.randint(2, 30), rng.randint(2, 30), rng.randint(2, 30)
        AB = A + B + rng.randint(0, 25)
        AC = A + Cc + rng.randint(0, 25)
        BC = B + Cc + rng.randint(0, 25)
        rest = Fraction(2 * A + (AB - B) + (AC - Cc) - 2 * BC, 6)
        # choose ABC so that the value equals c: c = rest + 2*ABC/6  ->  ABC = 3*(c - rest)
        ABC = 3 * (c - rest)
        if ABC.denominator != 1:
            continue
        ABC = int(ABC)
        if ABC < max(AB + Cc, AC + B, BC + A) or ABC > 400:
            continue
        if _shapley_a((A, B, Cc, AB, AC, BC, ABC)) == c:
            return "A:%d B:%d C:%d AB:%d AC:%d BC:%d ABC:%d" % (A, B, Cc, AB, AC, BC, ABC)


# ---------------------------------------------------------------- 12 trie nodes
def _prefixes(words):
    return {w[:i] for w in words for i in range(1, len(w) + 1)}


@encoding("trie_prefix_node_counts", " ",
          "as word lists in curly brackets: count every different beginning of a word in the list, from its first letter alone up "
          "to the whole word (a beginning shared by several words counts once; this is the number of letter-boxes in a letter "
          "tree of the list); that count is a character code; lists are separated by spaces")
def e_trie(rng, c):
    alpha = "abcdeiklmnoprst"
    while True:
        words = []
        pre = set()
        ok = True
        while len(pre) < c:
            need = c - len(pre)
            if need > 7:
                w = "".join(rng.choice(alpha) for _ in range(rng.randint(3, 7)))
            else:
                # share a prefix with an existing word, then branch off with exactly `need` new letters
                base = rng.choice(words) if words else ""
                p = base[:rng.randint(0, len(base))] if base else ""
                used_next = {x[len(p)] for x in pre if len(x) == len(p) + 1 and x.startswith(p)}
                free = [ch for ch in alpha if ch not in used_next]
                if not free:
                    ok = False
                    break
                w = p + rng.choice(free) + "".join(rng.choice(alpha) for _ in range(need - 1))
            new = _prefixes([w]) - pre
            if len(pre) + len(new) > c or w in words:
                continue
            words.append(w)
            pre |= new
        if ok and len(pre) == c:
            rng.shuffle(words)
            return "{" + ",".join(words) + "}"


# ---------------------------------------------------------------- 13 subsequence occurrences of "pan"
def _pan_count(s):
    total = 0
    for i, ch in enumerate(s):
        if ch == "a":
            total += s[:i].count("p") * s[i + 1:].count("n")
    return total


@encoding("pan_letters_subsequence_counts", " ",
          "as strings of the letters p, a, n and o: the number of ways to choose a letter p, then a letter a somewhere after it, "
          "then a letter n somewhere after that (letters in between may be skipped; two ways differ if any chosen position "
          "differs) is a character code; strings are separated by spaces")
def e_pan(rng, c):
    while True:
        n = rng.randint(9, 20)
        s = []
        for i in range(n):
            f = i / n
            w = {"p": 3 * (1 - f) + 0.2, "a": 1.5, "n": 3 * f + 0.2, "o": 0.6}
            tot = sum(w.values())
            x = rng.random() * tot
            for ch in "pano":
                x -= w[ch]
                if x <= 0:
                    break
            s.append(ch)
        s = "".join(s)
        if _pan_count(s) == c:
            return s


# ---------------------------------------------------------------- 14 exposed faces of a pile
def _faces_by_heights(g):
    rows, cols = len(g), len(g[0])
    total = 0
    for r in range(rows):
        for q in range(cols):
            h = g[r][q]
            if h:
                total += 1
            for dr, dq in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                rr, qq = r + dr, q + dq
                nh = g[rr][qq] if 0 <= rr < rows and 0 <= qq < cols else 0
                total += max(0, h - nh)
    return total


@encoding("sack_pile_exposed_faces", " ",
          "as top views of sack piles: rows of digits separated by '/', each digit the number of equal cube-shaped sacks stacked "
          "on that square of the floor (0 for none; squares side by side touch): count the faces of all the sacks that touch "
          "neither another sack nor the floor; that count is a character code; piles are separated by spaces")
def e_faces(rng, c):
    while True:
        rows, cols = rng.randint(2, 4), rng.randint(2, 4)
        g = [[rng.randint(0, 6) for _ in range(cols)] for _ in range(rows)]
        if _faces_by_heights(g) == c:
            return "/".join("".join(str(x) for x in row) for row in g)


# ---------------------------------------------------------------- 15 nearest-stop walk on a line
def _nearest_walk(start, stops):
    pos, left, total = start, sorted(stops), 0
    while left:
        nxt = min(left, key=lambda s: (abs(s - pos), s))
        total += abs(nxt - pos)
        pos = nxt
        left.remove(nxt)
    return total


@encoding("nearest_stop_aisle_walks", " | ",
          "as picking rounds written 'from s: a b c ...' (a picker stands at aisle s of a long warehouse corridor and must visit "
          "the aisles listed): the picker always walks to the nearest aisle not yet visited (if two are equally near, to the one "
          "with the lower number) until all are visited; the total distance walked, counted in aisles, is a character code; "
          "rounds are separated by ' | '")
def e_walk(rng, c):
    while True:
        n = rng.randint(3, 7)
        start = rng.randint(0, 99)
        stops = rng.sample([x for x in range(0, 100) if x != start], n)
        if _nearest_walk(start, stops) == c:
            return "from %d: %s" % (start, " ".join(str(x) for x in stops))


# ---------------------------------------------------------------- 16 Mealy machine outputs
@encoding("mealy_machine_output_totals", " | ",
          "as machines written '[A x>B+3 y>A+1; B ...; C ...] word' (a sluice controller with states A, B and C that starts in A; "
          "'x>B+3' in the part for state A means: on reading the letter x, go to state B and add 3 to the total): read the word "
          "one letter at a time from the left, following the machine; the total added up at the end is a character code; "
          "machines are separated by ' | '")
def e_mealy(rng, c):
    while True:
        tr = {}
        for st in "ABC":
            for sym in "xy":
                tr[(st, sym)] = (rng.choice("ABC"), rng.randint(0, 9))
        n = rng.randint(max(6, c // 8), c // 3 + 4)
        word = "".join(rng.choice("xy") for _ in range(n))
        st, total = "A", 0
        for sym in word:
            st, out = tr[(st, sym)]
            total += out
        if total == c:
            body = "; ".join("%s x>%s+%d y>%s+%d" % (s, tr[(s, "x")][0], tr[(s, "x")][1], tr[(s, "y")][0], tr[(s, "y")][1]) for s in "ABC")
            return "[%s] %s" % (body, word)


# ---------------------------------------------------------------- 17 bill of materials
@encoding("bill_of_materials_explosions", " | ",
          "as blend recipes written 'make n J: J=2K+1L, K=3M+2L, L=4M' (to make one J you need 2 K and 1 L, and so on; M is a "
          "bought-in spice that is not made from anything): the number of M needed in total to make the n J, going through every "
          "level of the recipe, is a character code; recipes are separated by ' | '")
def e_bom(rng, c):
    while True:
        # items J > K > L > M in a fixed top-down order; each may use any lower items
        k_m, k_l = rng.randint(0, 4), rng.randint(0, 3)
        l_m = rng.randint(1, 5)
        j_k, j_l, j_m = rng.randint(0, 5), rng.randint(0, 5), rng.randint(0, 5)
        if k_m + k_l == 0 or j_k + j_l + j_m == 0:
            continue
        n = rng.randint(1, 9)
        need_l = l_m
        need_k = k_m + k_l * need_l
        need_j = j_k * need_k + j_l * need_l + j_m
        if n * need_j != c:
            continue

        def part(coefs):
            return "+".join("%d%s" % (q, nm) for q, nm in coefs if q)
        return "make %d J: J=%s, K=%s, L=%dM" % (n, part([(j_k, "K"), (j_l, "L"), (j_m, "M")]), part([(k_m, "M"), (k_l, "L")]), l_m)


# ---------------------------------------------------------------- 18 atoms in a chemical formula
ELEMENTS = ["C", "H", "N", "O", "Na", "Cl", "Mg", "K", "Ca", "S", "P", "Fe", "Zn", "Cu", "Si", "Al", "B", "F", "I", "Mn"]


def _sub(k):
    return "" if k == 1 else str(k)


@encoding("molecular_atom_counts", " ",
          "as chemical formulas: an element symbol is a capital letter, sometimes followed by a small letter, and the number just "
          "after it (1 if there is none) says how many atoms of it there are; a group in round brackets followed by a number is "
          "repeated that many times; a part after a middle dot that starts with a number (as in a hydrate, ·5H2O) is repeated that "
          "many times; the total number of atoms in the formula is a character code; formulas are separated by spaces")
def e_formula(rng, c):
    while True:
        parts, total = [], 0
        els = rng.sample(ELEMENTS, rng.randint(2, 4))
        for e in els[:-1]:
            k = rng.randint(1, 12)
            parts.append(e + _sub(k))
            total += k
        if rng.random() < 0.5:
            g1, g2 = rng.sample([x for x in ELEMENTS if x not in els], 2)
            a, b, m = rng.randint(1, 3), rng.randint(1, 4), rng.randint(2, 4)
            parts.append("(%s%s%s%s)%d" % (g1, _sub(a), g2, _sub(b), m))
            total += (a + b) * m
        hyd = ""
        if rng.random() < 0.5:
            w = rng.randint(2, 12)
            hyd = "\u00b7%dH2O" % w
            total += 3 * w
        last = els[-1]
        k = c - total
        if k < 1 or k > 40:
            continue
        parts.append(last + _sub(k))
        rng.shuffle(parts)
        f = "".join(parts) + hyd
        # element symbols must not run together into another symbol (e.g. C followed by a then l)
        return f


# ---------------------------------------------------------------- 19 Wilcoxon rank sums
@encoding("wilcoxon_rank_statistics", " ; ",
          "as comparisons written 'A(a1,a2,...) B(b1,b2,...)' (moisture readings of two salt batches, all different): put all the "
          "readings of both batches in one list from smallest to largest and number them 1, 2, 3, ... in that order; the total of "
          "the numbers given to batch A's readings is a character code; comparisons are separated by ' ; '")
def e_rank(rng, c):
    while True:
        m = rng.randint(4, 9)
        N = m + rng.randint(3, 12)
        lo, hi = m * (m + 1) // 2, m * (2 * N - m + 1) // 2
        if not lo <= c <= hi:
            continue
        ranks = set(rng.sample(range(1, N + 1), m))
        for _ in range(400):
            s = sum(ranks)
            if s == c:
                break
            if s < c:
                cand = [r for r in ranks if r + 1 <= N and r + 1 not in ranks]
                if not cand:
                    break
                r = rng.choice(cand)
                ranks.remove(r)
                ranks.add(r + 1)
            else:
                cand = [r for r in ranks if r - 1 >= 1 and r - 1 not in ranks]
                if not cand:
                    break
                r = rng.choice(cand)
                ranks.remove(r)
                ranks.add(r - 1)
        if sum(ranks) != c:
            continue
        vals = sorted(rng.sample(range(10, 300), N))
        vals = ["%d.%d" % (v // 10, v % 10) for v in vals]
        a = [vals[r - 1] for r in sorted(ranks)]
        b = [vals[r - 1] for r in range(1, N + 1) if r not in ranks]
        rng.shuffle(a)
        rng.shuffle(b)
        return "A(%s) B(%s)" % (",".join(a), ",".join(b))


# ---------------------------------------------------------------- 20 bracket enclosures
def _enclosure_total(s):
    # number of pairs lying inside each pair, added up (= characters between the partners / 2)
    total, stack = 0, []
    for i, ch in enumerate(s):
        if ch == "(":
            stack.append(i)
        else:
            total += (i - stack.pop() - 1) // 2
    return total


@encoding("bracket_partner_enclosure_totals", " ",
          "as strings of round brackets that open and close properly: for every opening bracket find the closing bracket that "
          "matches it and count how many other matching pairs lie completely between the two; the total of these counts over all "
          "pairs is a character code; strings are separated by spaces")
def e_brackets(rng, c):
    while True:
        n = rng.randint(10, 17)
        p_open = rng.uniform(0.5, 0.97)
        s, depth, opened = [], 0, 0
        while opened < n or depth > 0:
            if opened < n and (depth == 0 or rng.random() < p_open):
                s.append("(")
                depth += 1
                opened += 1
            else:
                s.append(")")
                depth -= 1
        s = "".join(s)
        if _enclosure_total(s) == c:
            return s


# ---------------------------------------------------------------- 21 last block standing
def _grind(ws):
    ws = list(ws)
    while len(ws) > 1:
        ws.sort()
        a, b = ws.pop(), ws.pop()
        if a != b:
            ws.append(a - b)
    return ws[0] if ws else 0


@encoding("heaviest_two_grind_leftovers", ', ',
          "as heaps of salt blocks in square brackets (their weights): again and again take the two heaviest blocks and grind them "
          "against each other; if they weigh the same both are gone, otherwise the lighter is gone and the heavier is left with "
          "its weight minus the lighter's; when one block or none is left, its weight (0 for none) is a character code; heaps are separated by ', '")
def e_grind(rng, c):
    while True:
        n = rng.randint(3, 6)
        ws = [rng.randint(10, 240) for _ in range(n)]
        if _grind(ws) == c:
            return "[" + " ".join(str(x) for x in ws) + "]"


# ---------------------------------------------------------------- 22 tickets for a row of tasters
def _tickets_relax(xs):
    n = len(xs)
    t = [1] * n
    changed = True
    while changed:
        changed = False
        for i in range(n):
            for j in (i - 1, i + 1):
                if 0 <= j < n and xs[i] > xs[j] and t[i] <= t[j]:
                    t[i] = t[j] + 1
                    changed = True
    return sum(t)


@encoding("tasting_ticket_min_allocations", '; ',
          "as rows of tasters' scores in round brackets (tasters standing in a line): every taster gets at least one tasting ticket, "
          "and a taster with a higher score than a neighbour gets more tickets than that neighbour; the smallest possible total "
          "number of tickets is a character code; rows are separated by '; '")
def e_tickets(rng, c):
    while True:
        n = rng.randint(max(4, c // 3), max(5, int(c / 1.5)))
        xs = [rng.randint(1, 9) for _ in range(n)]
        if _tickets_relax(xs) == c:
            return "(" + " ".join(str(x) for x in xs) + ")"


NAMES = list(ENC)
assert len(NAMES) == 22, len(NAMES)


def encode(name, rng, plain):
    return RULES[name]["sep"].join(ENC[name](rng, ord(ch)) for ch in plain)
