"""Decoders of the p268 evasion encodings.  They get only the encoding name and
the run, import nothing from the encoders or common268, and work each answer
out their own way."""
import re
from functools import lru_cache

_SUPER = {"⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9}
_ALPHA = "ABCDEFGHIKLMNOPQRSTVXYZ"


def d_collation(p):
    total = 0
    for m in re.finditer(r"([A-Z])(?:–([A-Z]))?([⁰¹²³⁴⁵⁶⁷⁸⁹]+)", p):
        a = _ALPHA.index(m.group(1))
        b = _ALPHA.index(m.group(2)) if m.group(2) else a
        leaves = 0
        for ch in m.group(3):
            leaves = leaves * 10 + _SUPER[ch]
        total += (b - a + 1) * leaves
    return total


def d_nonadjacent(p):
    v = [int(x) for x in p.split()]

    @lru_cache(maxsize=None)
    def best(i):
        if i >= len(v):
            return 0
        return max(best(i + 1), v[i] + best(i + 2))
    return best(0)


def d_vat(p):
    rows = [[int(x) for x in tok.split("/")] for tok in p.split()]

    @lru_cache(maxsize=None)
    def go(i, prev):
        if i == len(rows):
            return 0
        return min(rows[i][j] + go(i + 1, j) for j in range(3) if j != prev)
    return go(0, -1)


def d_candy(p):
    m = [int(x) for x in p.split()]
    tok = [1] * len(m)
    changed = True
    while changed:
        changed = False
        for i in range(len(m)):
            for j in (i - 1, i + 1):
                if 0 <= j < len(m) and m[i] > m[j] and tok[i] <= tok[j]:
                    tok[i] = tok[j] + 1
                    changed = True
    return sum(tok)


def d_rising(p):
    v = [int(x) for x in p.split()]

    @lru_cache(maxsize=None)
    def best_from(i):
        return v[i] + max([best_from(j) for j in range(i + 1, len(v)) if v[j] > v[i]] or [0])
    return max(best_from(i) for i in range(len(v)))


def d_lca(p):
    body, q = p.split("?")
    dam = {}
    for entry in body.split():
        d, kids = entry.split(">")
        for k in kids.split(","):
            dam[int(k)] = int(d)
    x, y = [int(t) for t in q.split(",")]
    up = []
    while x in dam:
        x = dam[x]
        up.append(x)
    while y in dam:
        y = dam[y]
        if y in up:
            return y
    raise ValueError("no common ancestor")


def d_semver(p):
    rng, vers = p.split(":")
    op, rest = rng.strip()[0], rng.strip()[1:]
    lo = tuple(int(x) for x in rest.split("."))
    hi = (lo[0] + 1, 0, 0) if op == "^" else (lo[0], lo[1] + 1, 0)
    ok = [v for v in (tuple(int(x) for x in s.split(".")) for s in vers.split()) if lo <= v < hi]
    return sorted(ok)[-1][2]


def d_bucket(p):
    head, evs = p.split(":", 1)
    cap = int(re.search(r"C=(\d+)", head).group(1))
    rate = int(re.search(r"r=(\d+)", head).group(1))
    tokens, clock, total = cap, 0, 0
    for ev in evs.split():
        t, s = (int(x) for x in ev.split(":"))
        while clock < t:
            clock += 1
            tokens = min(cap, tokens + rate)
        if tokens >= s:
            tokens -= s
            total += s
    return total


def d_dfa(p):
    parts = [x.strip() for x in p.split(";")]
    state = int(parts[0].split()[1])
    table = {}
    for m in re.finditer(r"(\d+):([a-z])>(\d+)", parts[1]):
        table[(int(m.group(1)), m.group(2))] = int(m.group(3))
    for ch in parts[2].split()[1]:
        state = table[(state, ch)]
    return state


def d_lpm(p):
    head, routes = p.split(":", 1)
    addr = head.split()[1].split(".")
    best_n, best_gw = -1, None
    for route in routes.split(","):
        pref, gw = route.strip().split(" via ")
        net, n = pref.split("/")
        n = int(n)
        if net.split(".")[:n // 8] == addr[:n // 8] and n > best_n:
            best_n, best_gw = n, gw
    return int(best_gw.split(".")[-1])


def d_css(p):
    best, best_w = None, None
    for m in re.finditer(r"([^{}]+)\{width:(\d+)px\}", p):
        sel = m.group(1).strip()
        ids = len(re.findall(r"#[a-z]+", sel))
        cls = len(re.findall(r"\.[a-z]+", sel))
        tags = len(re.findall(r"(?:^|\s)[a-z]+", sel))
        w = (ids, cls, tags)
        if best_w is None or w >= best_w:
            best, best_w = int(m.group(2)), w
    return best


def d_store(p):
    head, ops = p.split(":", 1)
    cap = int(re.search(r"cap (\d+)", head).group(1))
    cur = int(re.search(r"start (\d+)", head).group(1))
    for op in ops.split():
        n = int(op[1:])
        for _ in range(n):
            if op[0] == "+" and cur < cap:
                cur += 1
            elif op[0] == "-" and cur > 0:
                cur -= 1
    return cur


def _glob(pat, name):
    if not pat:
        return not name
    if pat[0] == "*":
        return any(_glob(pat[1:], name[i:]) for i in range(len(name) + 1))
    if not name:
        return False
    if pat[0] == "?":
        return _glob(pat[1:], name[1:])
    if pat[0] == "[":
        end = pat.index("]")
        return name[0] in pat[1:end] and _glob(pat[end + 1:], name[1:])
    return pat[0] == name[0] and _glob(pat[1:], name[1:])


def d_glob(p):
    pat, files = p.split(": ", 1)
    total = 0
    for f in files.split():
        name, size = f.rsplit("=", 1)
        if _glob(pat, name):
            total += int(size)
    return total


def d_minimax(p):
    stalls = []
    for st in p.split("/"):
        stalls.append([[int(x) for x in tray.split(",")] for tray in st.split(";")])
    seller = []
    for st in stalls:
        buyer_options = [max(tray) for tray in st]
        seller.append(min(buyer_options))
    return max(seller)


def d_bankers(p):
    total = 0
    for amt in p.split():
        pounds, pence = amt.split(".")
        pounds, pence = int(pounds), int(pence)
        if pence > 50 or (pence == 50 and pounds % 2 == 1):
            pounds += 1
        total += pounds
    return total


def d_filing(p):
    cards = []
    for card in p.split(";"):
        num, head = card.strip().split(":", 1)
        words = head.lower().split()
        if words[0] in ("the", "a", "an") and len(words) > 1:
            words.pop(0)
        fixed = []
        for w in words:
            fixed.append("mac" + w[2:] if w[:2] == "mc" else w)
        cards.append((fixed, int(num)))

    def before(a, b):
        for x, y in zip(a, b):
            if x != y:
                return x < y
        return len(a) < len(b)
    first = cards[0]
    for c in cards[1:]:
        if before(c[0], first[0]):
            first = c
    return first[1]


def d_cas(p):
    head, ops = p.split(";")
    value = int(head.split()[1])
    version = 0
    for op in ops.split():
        k, x = (int(t) for t in op.split(">"))
        if k == version:
            value, version = x, version + 1
    return value


def d_fw(p):
    head, rules = p.split(";", 1)
    _w, proto, rest = head.split()
    src, port = rest.split(">")
    port = int(port)
    for rule in re.finditer(r"(\d+):(\S+) (\S+) (\S+) (\S+)", rules):
        num, rp, rs, rport = int(rule.group(1)), rule.group(2), rule.group(3), rule.group(4)
        if rp != "any" and rp != proto:
            continue
        if rs != "any":
            net, n = rs.split("/")
            k = int(n) // 8
            if net.split(".")[:k] != src.split(".")[:k]:
                continue
        if rport != "any":
            if "-" in rport:
                lo, hi = rport.split("-")
                if not int(lo) <= port <= int(hi):
                    continue
            elif int(rport) != port:
                continue
        return num
    raise ValueError("no rule")


def d_pareto(p):
    offers = [tuple(int(x) for x in o.split("/")) for o in p.split()]
    total = 0
    for i, (price, area) in enumerate(offers):
        beaten = False
        for j, (q, a) in enumerate(offers):
            if j != i and q <= price and a >= area and (q, a) != (price, area):
                beaten = True
        if not beaten:
            total += price
    return total


def d_folio(p):
    fl, ref = p.split()
    n = int(fl[:-2])
    leaf, side = int(ref[:-1]), ref[-1]
    return 2 * n + 2 * leaf - (1 if side == "r" else 0)


def d_form(p):
    parts = [x.strip() for x in p.split(";")]
    facts = set(x.strip() for x in parts[0][len("facts:"):].split(","))
    nodes, ends = {}, set()
    for part in parts[1:-1]:
        m = re.match(r"Q(\d+) end$", part)
        if m:
            ends.add(int(m.group(1)))
            continue
        m = re.match(r"Q(\d+) ([a-z]+)\? yes>Q(\d+) no>Q(\d+)$", part)
        nodes[int(m.group(1))] = (m.group(2), int(m.group(3)), int(m.group(4)))
    cur = int(parts[-1].split("Q")[1])
    while cur not in ends:
        w, y, n = nodes[cur]
        cur = y if w in facts else n
    return cur


def d_refcount(p):
    parts = [x.strip() for x in p.split(";")]
    objs = {}
    for tok in parts[0].split():
        name, rest = tok.split("=")
        if ">" in rest:
            size, refs = rest.split(">")
            refs = refs.split(",")
        else:
            size, refs = rest, []
        objs[name] = (int(size), refs)
    roots = parts[1].split()[1].split(",")
    drop = parts[2].split()[1]
    count = {k: 0 for k in objs}
    for ro in roots:
        count[ro] += 1
    for _k, (_s, refs) in objs.items():
        for x in refs:
            count[x] += 1
    count[drop] -= 1
    freed = set()
    changed = True
    while changed:
        changed = False
        for k in objs:
            if k not in freed and count[k] == 0:
                freed.add(k)
                for x in objs[k][1]:
                    count[x] -= 1
                changed = True
    return sum(objs[k][0] for k in freed)


DEC = {
    "quire_collation_leaf_counts": d_collation,
    "hide_hook_nonadjacent_best_loads": d_nonadjacent,
    "dye_vat_no_repeat_least_costs": d_vat,
    "apprentice_rating_reward_minimums": d_candy,
    "rising_size_heaviest_subsequence_sums": d_rising,
    "herd_book_common_ancestor_tags": d_lca,
    "caret_tilde_range_patch_numbers": d_semver,
    "refill_bucket_admitted_kilobytes": d_bucket,
    "drum_program_state_machine_ends": d_dfa,
    "longest_prefix_route_gateways": d_lpm,
    "css_specificity_winning_widths": d_css,
    "cold_store_bounded_stock_levels": d_store,
    "glob_wildcard_file_sizes": d_glob,
    "market_haggle_minimax_prices": d_minimax,
    "bankers_rounding_receipt_totals": d_bankers,
    "archive_index_filing_leaders": d_filing,
    "versioned_register_conditional_writes": d_cas,
    "firewall_ruleset_deciding_rules": d_fw,
    "pareto_undominated_lot_prices": d_pareto,
    "folio_recto_verso_pagination": d_folio,
    "questionnaire_skip_logic_endings": d_form,
    "refcount_release_freed_sizes": d_refcount,
}


def decode(name, run):
    return "".join(chr(DEC[name](piece)) for piece in run.split(" | "))
