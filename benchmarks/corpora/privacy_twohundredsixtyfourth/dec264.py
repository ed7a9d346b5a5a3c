"""Independent decoders for the p264 evasion encodings.

Imports nothing from the encoder or the shared module; only re, math, fractions,
itertools and collections.  Where it can, each decoder computes the answer a
different way from its encoder.
"""
import itertools
import re
from collections import Counter, defaultdict
from fractions import Fraction

SEP = {
    "sack_size_make_up_ways": " | ", "search_tree_insertion_depths": ', ', "rising_subsequence_heaviest_weights": '; ',
    "longest_common_subsequence_readings": " ", "pairwise_difference_totals": ' ; ', "palindromic_substring_counts": " ",
    "minimax_tree_root_values": " | ", "johnson_two_stage_makespans": " | ", "northwest_corner_haulage_bills": " | ",
    "non_adjacent_stall_pick_takings": '; ', "shapley_coalition_payoffs": " | ", "trie_prefix_node_counts": " ",
    "pan_letters_subsequence_counts": " ", "sack_pile_exposed_faces": " ", "nearest_stop_aisle_walks": " | ",
    "mealy_machine_output_totals": " | ", "bill_of_materials_explosions": " | ", "molecular_atom_counts": " ",
    "wilcoxon_rank_statistics": " ; ", "bracket_partner_enclosure_totals": " ", "heaviest_two_grind_leftovers": ', ',
    "tasting_ticket_min_allocations": '; ',
}


def _ints(s):
    return [int(x) for x in re.findall(r"-?\d+", s)]


def d_sack(item):
    m = re.fullmatch(r"(\d+) kg from ([\d/]+)", item)
    w = int(m.group(1))
    sizes = [int(x) for x in m.group(2).split("/")]

    def count(rest, i):
        if i == len(sizes) - 1:
            return 1 if rest % sizes[i] == 0 else 0
        return sum(count(rest - k * sizes[i], i + 1) for k in range(rest // sizes[i] + 1))
    return count(w, 0)


def d_bst(item):
    keys = _ints(item)
    left, right, depth = {}, {}, {keys[0]: 0}
    for k in keys[1:]:
        node, d = keys[0], 0
        while True:
            d += 1
            side = left if k < node else right
            if node in side:
                node = side[node]
            else:
                side[node] = k
                depth[k] = d
                break
    return sum(depth.values())


def d_rising(item):
    xs = _ints(item)
    best = [0] * len(xs)
    for i, x in enumerate(xs):
        best[i] = x
        for j in range(i):
            if xs[j] < x and best[j] + x > best[i]:
                best[i] = best[j] + x
    return max(best)


def d_lcs(item):
    a, b = item.split("/")
    n, m = len(a), len(b)
    L = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            L[i][j] = L[i + 1][j + 1] + 1 if a[i] == b[j] else max(L[i + 1][j], L[i][j + 1])
    memo = {}

    def allseq(i, j):
        if (i, j) in memo:
            return memo[(i, j)]
        if i == n or j == m:
            res = {""}
        elif a[i] == b[j]:
            res = {a[i] + s for s in allseq(i + 1, j + 1)}
        else:
            res = set()
            if L[i + 1][j] == L[i][j]:
                res |= allseq(i + 1, j)
            if L[i][j + 1] == L[i][j]:
                res |= allseq(i, j + 1)
        memo[(i, j)] = res
        return res
    seqs = allseq(0, 0)
    if len(seqs) != 1:
        raise ValueError("LCS not unique: %r" % seqs)
    return int(seqs.pop())


def d_pairdiff(item):
    xs = sorted(_ints(item))
    n = len(xs)
    return sum((2 * k - n + 1) * x for k, x in enumerate(xs))


def d_pal(item):
    s = item
    total = 0
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            total += 1
            lo -= 1
            hi += 1
    return total


def d_minimax(item):
    tokens = re.findall(r"\[|\]|\d+", item)
    pos = 0

    def parse():
        nonlocal pos
        t = tokens[pos]
        pos += 1
        if t == "[":
            kids = []
            while tokens[pos] != "]":
                kids.append(parse())
            pos += 1
            return kids
        return int(t)
    tree = parse()

    def value(node, level):
        if isinstance(node, int):
            return node
        vals = [value(k, level + 1) for k in node]
        return max(vals) if level % 2 == 0 else min(vals)
    return value(tree, 0)


def d_johnson(item):
    jobs = [tuple(int(x) for x in j.split("/")) for j in item.split()]
    best = None
    for perm in itertools.permutations(jobs):
        washer_free = dryer_free = 0
        for w, d in perm:
            washer_free += w
            dryer_free = max(dryer_free, washer_free) + d
        best = dryer_free if best is None else min(best, dryer_free)
    return best


def d_nw(item):
    m = re.fullmatch(r"A (\d+) B (\d+) C (\d+) > X (\d+) Y (\d+) Z (\d+) @ (.+)", item)
    supply = [int(m.group(i)) for i in (1, 2, 3)]
    demand = [int(m.group(i)) for i in (4, 5, 6)]
    cost = [[int(x) for x in row.split(",")] for row in m.group(7).split("/")]
    r = c = 0
    bill = 0
    while r < 3 and c < 3:
        q = min(supply[r], demand[c])
        bill += q * cost[r][c]
        supply[r] -= q
        demand[c] -= q
        if supply[r] == 0:
            r += 1
        if demand[c] == 0:
            c += 1
    return bill


def d_nonadj(item):
    take, skip = 0, 0
    for x in _ints(item):
        take, skip = skip + x, max(take, skip)
    return max(take, skip)


def d_shapley(item):
    v = {k: int(x) for k, x in re.findall(r"([ABC]+):(\d+)", item)}
    v[""] = 0
    credits = []
    for order in itertools.permutations("ABC"):
        before = "".join(sorted(order[:order.index("A")]))
        after = "".join(sorted(before + "A"))
        credits.append(v[after] - v[before])
    val = Fraction(sum(credits), 6)
    if val.denominator != 1:
        raise ValueError("not whole")
    return int(val)


def d_trie(item):
    words = item.strip("{}").split(",")
    root = {}
    count = 0
    for w in words:
        node = root
        for ch in w:
            if ch not in node:
                node[ch] = {}
                count += 1
            node = node[ch]
    return count


def d_pan(item):
    p = pa = pan = 0
    for ch in item:
        if ch == "p":
            p += 1
        elif ch == "a":
            pa += p
        elif ch == "n":
            pan += pa
    return pan


def d_faces(item):
    grid = [[int(ch) for ch in row] for row in item.split("/")]
    rows, cols = len(grid), len(grid[0])

    def cube(r, c, z):
        return 0 <= r < rows and 0 <= c < cols and z < grid[r][c]
    total = 0
    for r in range(rows):
        for c in range(cols):
            for z in range(grid[r][c]):
                if not cube(r, c, z + 1):
                    total += 1
                for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    if not cube(r + dr, c + dc, z):
                        total += 1
    return total


def d_walk(item):
    m = re.fullmatch(r"from (\d+): ([\d ]+)", item)
    pos = int(m.group(1))
    todo = [int(x) for x in m.group(2).split()]
    dist = 0
    while todo:
        todo.sort(key=lambda a: (abs(a - pos), a))
        nxt = todo.pop(0)
        dist += abs(nxt - pos)
        pos = nxt
    return dist


def d_mealy(item):
    m = re.fullmatch(r"\[(.+)\] ([xy]+)", item)
    table = {}
    for part in m.group(1).split("; "):
        st, rest = part.split(" ", 1)
        for sym, nxt, out in re.findall(r"([xy])>([ABC])\+(\d+)", rest):
            table[(st, sym)] = (nxt, int(out))
    state, total = "A", 0
    for sym in m.group(2):
        state, out = table[(state, sym)]
        total += out
    return total


def d_bom(item):
    m = re.fullmatch(r"make (\d+) J: (.+)", item)
    n = int(m.group(1))
    recipe = {}
    for part in m.group(2).split(", "):
        name, rhs = part.split("=")
        recipe[name] = [(int(q), nm) for q, nm in re.findall(r"(\d+)([A-Z])", rhs)]

    def base_count(name):
        if name == "M":
            return 1
        return sum(q * base_count(nm) for q, nm in recipe[name])
    return n * base_count("J")


def d_formula(item):
    main, _, hydrate = item.partition("\u00b7")

    def count(s):
        toks = re.findall(r"[A-Z][a-z]?\d*|\(|\)\d*", s)
        group_totals = [0]
        for t in toks:
            if t == "(":
                group_totals.append(0)
            elif t.startswith(")"):
                k = int(t[1:]) if len(t) > 1 else 1
                g = group_totals.pop()
                group_totals[-1] += g * k
            else:
                mm = re.fullmatch(r"([A-Z][a-z]?)(\d*)", t)
                group_totals[-1] += int(mm.group(2)) if mm.group(2) else 1
        return group_totals[0]
    total = count(main)
    if hydrate:
        mm = re.fullmatch(r"(\d+)(.+)", hydrate)
        total += int(mm.group(1)) * count(mm.group(2))
    return total


def d_rank(item):
    m = re.fullmatch(r"A\(([^)]*)\) B\(([^)]*)\)", item)
    a = [Fraction(x) for x in m.group(1).split(",")]
    b = [Fraction(x) for x in m.group(2).split(",")]
    pool = sorted(a + b)
    rank = {v: i + 1 for i, v in enumerate(pool)}
    return sum(rank[x] for x in a)


def d_brackets(item):
    total = 0
    for i, ch in enumerate(item):
        if ch != "(":
            continue
        depth = 0
        for j in range(i, len(item)):
            depth += 1 if item[j] == "(" else -1
            if depth == 0:
                total += item[i + 1:j].count("(")
                break
    return total


def d_grind(item):
    heap = sorted(_ints(item))
    while len(heap) > 1:
        a = heap.pop()
        b = heap.pop()
        if a > b:
            heap.append(a - b)
            heap.sort()
    return heap[0] if heap else 0


def d_tickets(item):
    xs = _ints(item)
    n = len(xs)
    left = [1] * n
    for i in range(1, n):
        if xs[i] > xs[i - 1]:
            left[i] = left[i - 1] + 1
    right = [1] * n
    for i in range(n - 2, -1, -1):
        if xs[i] > xs[i + 1]:
            right[i] = right[i + 1] + 1
    return sum(max(l, r) for l, r in zip(left, right))


DEC = {
    "sack_size_make_up_ways": d_sack, "search_tree_insertion_depths": d_bst,
    "rising_subsequence_heaviest_weights": d_rising, "longest_common_subsequence_readings": d_lcs,
    "pairwise_difference_totals": d_pairdiff, "palindromic_substring_counts": d_pal,
    "minimax_tree_root_values": d_minimax, "johnson_two_stage_makespans": d_johnson,
    "northwest_corner_haulage_bills": d_nw, "non_adjacent_stall_pick_takings": d_nonadj,
    "shapley_coalition_payoffs": d_shapley, "trie_prefix_node_counts": d_trie,
    "pan_letters_subsequence_counts": d_pan, "sack_pile_exposed_faces": d_faces,
    "nearest_stop_aisle_walks": d_walk, "mealy_machine_output_totals": d_mealy,
    "bill_of_materials_explosions": d_bom, "molecular_atom_counts": d_formula,
    "wilcoxon_rank_statistics": d_rank, "bracket_partner_enclosure_totals": d_brackets,
    "heaviest_two_grind_leftovers": d_grind, "tasting_ticket_min_allocations": d_tickets,
}


def decode(name, run):
    return "".join(chr(DEC[name](item)) for item in run.split(SEP[name]))
