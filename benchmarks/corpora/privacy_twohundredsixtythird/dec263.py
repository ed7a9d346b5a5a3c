"""Independent decoders for the p263 evasion encodings.  Imports nothing from
the encoder or from common263; each answer is computed its own way."""
import re
from collections import Counter, defaultdict, deque
from fractions import Fraction


def d_undo(g):
    stack = []
    for tok in g.split():
        if tok == "U":
            if stack:
                stack.pop()
        else:
            stack.append(int(tok))
    return sum(stack)


def d_next_taller(g):
    h = [int(x) for x in g.split()]
    total = 0
    for i, x in enumerate(h):      # plain forward look, no stack
        for j in range(i + 1, len(h)):
            if h[j] > x:
                total += j - i
                break
    return total


def d_records(g):
    best, s = None, 0
    for x in map(int, g.split()):
        if best is None or x > best:
            s += x
            best = x
    return s


def d_gift_circle(g):
    nxt, val = {}, {}
    for tok in g.split():
        m = re.fullmatch(r"([A-Z])>([A-Z]):(\d+)", tok)
        nxt[m.group(1)] = m.group(2)
        val[m.group(1)] = int(m.group(3))
    s, cur = 0, "A"
    while True:
        s += val[cur]
        cur = nxt[cur]
        if cur == "A":
            return s


def d_material_max(g):
    tot = defaultdict(int)
    for tok in g.split():
        k, q = tok.split(":")
        tot[k] += int(q)
    return max(tot.values())


def d_bom(g):
    recipe = {}
    order = []
    for part in g.split(";"):
        name, comps = part.split(":")
        name = name.strip()
        order.append(name)
        recipe[name] = [(int(a), b) for a, b in (c.strip().split(" ", 1) for c in comps.split("+"))]
    memo = {"strand": 1}

    def need(item):
        if item not in memo:
            memo[item] = sum(q * need(x.strip()) for q, x in recipe[item])
        return memo[item]
    return need(order[0])


def d_prereq(g):
    toks = g.split()
    target = toks[-1][1:]
    dur, pre = {}, {}
    for t in toks[:-1]:
        m = re.fullmatch(r"([A-Z])=(\d+)(?:\(([A-Z,]+)\))?", t)
        dur[m.group(1)] = int(m.group(2))
        pre[m.group(1)] = set(m.group(3).split(",")) if m.group(3) else set()
    clock, finished = 0, set()
    while True:
        job = min(j for j in dur if j not in finished and pre[j] <= finished)
        clock += dur[job]
        finished.add(job)
        if job == target:
            return clock


def d_rival_sides(g):
    left, right = g.split("/")
    rent = {t[0]: int(t[1:]) for t in left.split()}
    adj = defaultdict(list)
    for e in right.split():
        a, b = e.split("-")
        adj[a].append(b)
        adj[b].append(a)
    colour = {"A": 0}
    q = deque("A")
    while q:
        x = q.popleft()
        for y in adj[x]:
            if y not in colour:
                colour[y] = 1 - colour[x]
                q.append(y)
    return sum(rent[x] for x in rent if colour.get(x) == 0)


def d_break_even(g):
    v = dict(kv.split("=") for kv in g.split())
    r = Fraction(int(v["F"]), int(v["p"]) - int(v["v"]))
    assert r.denominator == 1
    return int(r)


def d_interest(g):
    m = re.fullmatch(r"(\d+)@(\d+)%x(\d+)y", g)
    r = Fraction(int(m.group(1)) * int(m.group(2)) * int(m.group(3)), 100)
    assert r.denominator == 1
    return int(r)


def d_alligation(g):
    m = re.fullmatch(r"(\d+)p&(\d+)p>(\d+)m@(\d+)p", g)
    a, b, n, c = map(int, m.groups())
    r = Fraction(n * (b - c), b - a)
    assert r.denominator == 1
    return int(r)


def d_postage(g):
    m = re.fullmatch(r"(\d+)\+(\d+):(\d+)g", g)
    a, b, w = map(int, m.groups())
    cost, over = a, w - 1000
    while over > 0:            # count the 500 g steps one by one
        cost += b
        over -= 500
    return cost


def d_daily_cap(g):
    head, counts = g.split(":")
    f, cap = map(int, head.split("/"))
    total = 0
    for n in map(int, counts.split(",")):
        day = 0
        for _ in range(n):
            day = min(day + f, cap)
        total += day
    return total


def d_volumetric(g):
    m = re.fullmatch(r"(\d+)x(\d+)x(\d+)/(\d+)\.(\d)", g)
    l, w, h, kg, tenth = map(int, m.groups())
    actual = kg + (1 if tenth else 0)
    vol = Fraction(l * w * h, 5000)
    volw = vol.numerator // vol.denominator + (1 if vol.denominator != 1 else 0)
    return max(actual, volw)


def d_insurance(g):
    m = re.fullmatch(r"L(\d+)-E(\d+)\^M(\d+)", g)
    loss, exc, cap = map(int, m.groups())
    return min(max(loss - exc, 0), cap)


def d_polygon(g):
    parts = g.split(",")
    n = len(parts)
    return (n - 2) * 180 - sum(int(p) for p in parts if p != "?")


def d_booklet(g):
    m = re.fullmatch(r"(\d+)pp:(\d+)", g)
    n, p = map(int, m.groups())
    sheets_front = {}
    for i in range(1, n // 2 + 1):   # pair pages outside-in
        sheets_front[i] = n + 1 - i
        sheets_front[n + 1 - i] = i
    return sheets_front[p]


def d_fencepost(g):
    s, ls = g.split(":")
    s = int(s)
    holes = 0
    for L in map(int, ls.split(",")):
        pos = 0
        while pos <= L:
            holes += 1
            pos += s
    return holes


def d_chutes(g):
    left, right = g.split(" : ")
    jump = {}
    for t in left.split():
        a, b = t.split(">")
        jump[int(a)] = int(b)
    pos = 0
    for s in map(int, right.split()):
        pos += s
        if pos in jump:
            pos = jump[pos]
    return pos


def d_singletons(g):
    cnt = Counter(int(x) for x in g.split())
    return sum(k for k, v in cnt.items() if v == 1)


def d_invoice(g):
    return sum(int(q) * int(p) for q, p in (t.split("x") for t in g.split()))


def d_markup(g):
    m = re.fullmatch(r"(\d+)\+(\d+)%", g)
    r = Fraction(int(m.group(1)) * (100 + int(m.group(2))), 100)
    assert r.denominator == 1
    return int(r)


DECODERS = {
    "undo_log_standing_totals": d_undo, "next_taller_rod_wait_totals": d_next_taller,
    "visible_stake_record_sums": d_records, "tool_swap_cycle_values": d_gift_circle,
    "material_group_largest_totals": d_material_max, "bill_of_materials_strand_totals": d_bom,
    "prerequisite_order_finish_minutes": d_prereq, "rival_stall_side_totals": d_rival_sides,
    "break_even_basket_counts": d_break_even, "simple_interest_loan_charges": d_interest,
    "alligation_cane_blend_metres": d_alligation, "postage_step_tariff_charges": d_postage,
    "courier_daily_cap_totals": d_daily_cap, "volumetric_charge_weights": d_volumetric,
    "insurance_excess_payouts": d_insurance, "polygon_unknown_corner_angles": d_polygon,
    "booklet_imposition_partner_pages": d_booklet, "seat_rail_fencepost_holes": d_fencepost,
    "chute_and_ladder_token_cells": d_chutes, "singleton_order_value_sums": d_singletons,
    "invoice_line_extension_totals": d_invoice, "cost_plus_markup_prices": d_markup,
}


def decode(name, run):
    return "".join(chr(DECODERS[name](g.strip())) for g in run.split(" | "))
