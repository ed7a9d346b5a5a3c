"""Encoders of the 22 evasion encodings of p268.  Each turns one character code
(45-122) into one small puzzle; a run is the puzzles of a plain joined by the
encoding's separator.  The rng adds only what the answer does not depend on."""
import fnmatch
import math

SEP = " | "
SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
ALPHA23 = "ABCDEFGHIKLMNOPQRSTVXYZ"

RULES = {
    "quire_collation_leaf_counts":
        "as collation formulas: each formula lists the gatherings of a small book, whose signature letters run "
        "through the 23-letter alphabet A B C D E F G H I K L M N O P Q R S T V X Y Z (no J, U or W); 'C–F⁸' means "
        "that every gathering from C to F has 8 leaves and 'G⁴' that gathering G has 4 leaves; the total number of "
        "leaves in the book is a character code (ASCII); formulas are separated by ' | '",
    "hide_hook_nonadjacent_best_loads":
        "as drying-rail rows: each row gives, in order along the rail, the weights in kilograms of the hides waiting "
        "for its hooks; two hides next to each other in the row may never both be hung, and the rail should carry as "
        "much weight as possible; the largest total weight that can be hung is a character code (ASCII); rows are "
        "separated by ' | '",
    "dye_vat_no_repeat_least_costs":
        "as dye-house cost sheets: each sheet lists batches in order, each written a/b/c for its cost in pounds in "
        "vat A, vat B and vat C; every batch goes into one vat, and two batches that follow each other may never use "
        "the same vat; the least possible total cost of the sheet is a character code (ASCII); sheets are separated "
        "by ' | '",
    "apprentice_rating_reward_minimums":
        "as bench lines: each line lists the marks of apprentices standing in a row; every apprentice gets at least "
        "one leather token, and an apprentice with a higher mark than a neighbour in the row must get more tokens "
        "than that neighbour; the fewest tokens that can be handed out to the whole line is a character code "
        "(ASCII); lines are separated by ' | '",
    "rising_size_heaviest_subsequence_sums":
        "as hide piles: each pile lists hide sizes in square feet from the top of the pile down; hides are picked "
        "going down the pile, and every hide picked must be strictly larger than the hide picked before it; the "
        "largest possible total of the sizes picked is a character code (ASCII); piles are separated by ' | '",
    "herd_book_common_ancestor_tags":
        "as dam lines copied from a herd book: an entry d>x,y means that cow d is the dam of x and of y (every animal "
        "has at most one dam); after '?' two tags are named, neither of which descends from the other; going up dam "
        "by dam from both, the first animal reached from both sides has a tag number that is a character code "
        "(ASCII); books are separated by ' | '",
    "caret_tilde_range_patch_numbers":
        "as dependency pins written 'RANGE: published versions': '^M.m.p' allows every version from M.m.p up to but "
        "not including (M+1).0.0, and '~M.m.p' every version from M.m.p up to but not including M.(m+1).0; the newest "
        "published version inside the range (compare major, then minor, then patch, as numbers) is installed, and "
        "its patch number is a character code (ASCII); pins are separated by ' | '",
    "refill_bucket_admitted_kilobytes":
        "as upload logs written 'C=capacity r=refill: second:size ...': a bucket holds at most C tokens and starts "
        "full; at every whole second after second 0 it gains r tokens, but never more than C; each upload, listed in "
        "time order, needs as many tokens as its size in kilobytes and is let through only if the bucket then holds "
        "at least that many, which are taken out (a refused upload takes nothing); the total size of the uploads let "
        "through is a character code (ASCII); logs are separated by ' | '",
    "drum_program_state_machine_ends":
        "as drum programmes written 'start S; S:x>T ...; read WORD': the drum controller begins in step S, and while "
        "in step S the signal x moves it to step T; the signals of WORD are read from left to right; the number of "
        "the step the controller ends in is a character code (ASCII); programmes are separated by ' | '",
    "longest_prefix_route_gateways":
        "as routing tables written 'to ADDRESS: prefix via gateway, ...': a prefix a.b.c.d/n with n = 0, 8, 16, 24 "
        "or 32 matches an address whose first n/8 numbers are the same (a /0 prefix matches every address); the "
        "packet follows the matching prefix with the largest n, and the last number of that route's gateway is a "
        "character code (ASCII); tables are separated by ' | '",
    "css_specificity_winning_widths":
        "as style sheets: every rule in a sheet applies to the same element; a rule's weight is counted from its "
        "selector as (number of #ids, number of .classes, number of plain tag names), weights are compared by ids "
        "first, then classes, then tag names, the heaviest rule wins and between equal weights the rule written "
        "last wins; the width in pixels set by the winning rule is a character code (ASCII); sheets are separated "
        "by ' | '",
    "cold_store_bounded_stock_levels":
        "as cold-store books written 'cap C, start S: +n -m ...': the store holds at most C hides and starts with S; "
        "'+n' is a delivery of n hides, of which only as many as fit are taken in (the rest are turned away), and "
        "'-m' a collection of m hides, of which only as many as are in store go out; the number of hides in store "
        "after the last entry is a character code (ASCII); books are separated by ' | '",
    "glob_wildcard_file_sizes":
        "as folder listings written 'PATTERN: name=size ...': in the pattern '*' stands for any run of characters "
        "(also none), '?' for exactly one character and [abc] for one of the characters listed, every other "
        "character stands for itself, and the whole name must match; the total size in kilobytes of the files whose "
        "names match is a character code (ASCII); listings are separated by ' | '",
    "market_haggle_minimax_prices":
        "as haggling rounds: stalls are separated by '/', trays on a stall by ';' and prices on a tray by ','; the "
        "seller first picks a stall, then the buyer picks a tray on that stall, then the seller picks a price on that "
        "tray; the seller always wants the highest final price, the buyer the lowest, and both can see everything; "
        "the price they end on is a character code (ASCII); rounds are separated by ' | '",
    "bankers_rounding_receipt_totals":
        "as till receipts: each amount in pounds is rounded to the nearest whole pound, and an amount exactly half "
        "way (ending .50) goes to the even pound (2.50 becomes 2, 3.50 becomes 4); the total of the rounded amounts "
        "is a character code (ASCII); receipts are separated by ' | '",
    "archive_index_filing_leaders":
        "as index drawers: each drawer lists cards written number:heading, separated by ';'; cards are filed with a "
        "leading 'The', 'A' or 'An' ignored, with 'Mc' at the start of a word filed as if spelt 'Mac', capitals "
        "counted as small letters, and word by word (a space files before any letter, so 'New Forest' comes before "
        "'Newark'); the number of the card filed first is a character code (ASCII); drawers are separated by ' | '",
    "versioned_register_conditional_writes":
        "as register logs written 'start v; k>x ...': a shared register starts holding v at version 0; each write "
        "k>x stores x and raises the version by one if the register's version is exactly k at that moment, and "
        "otherwise does nothing; the number held after the last write is a character code (ASCII); logs are "
        "separated by ' | '",
    "firewall_ruleset_deciding_rules":
        "as firewall lists written 'packet PROTO SOURCE>PORT; N:PROTO SOURCE PORT ACTION ...': the rules are checked "
        "in the order written and the first rule that matches decides; a rule matches when its protocol is the "
        "packet's or 'any', its source is 'any' or a prefix a.b.c.d/n (n = 8, 16, 24 or 32) whose first n/8 numbers "
        "equal those of the packet's source, and its port is 'any', the packet's port or a range lo-hi containing it; "
        "the number of the deciding rule is a character code (ASCII); lists are separated by ' | '",
    "pareto_undominated_lot_prices":
        "as hide-lot offers written price/area (pounds / square feet): an offer is beaten when another offer costs no "
        "more, gives no less area and is better in at least one of the two; the total price of the offers that no "
        "other offer beats is a character code (ASCII); offer lists are separated by ' | '",
    "folio_recto_verso_pagination":
        "as manuscript references written 'Nfl Lr' or 'Nfl Lv': the volume opens with N unnumbered flyleaves of two "
        "pages each before folio 1, folio L recto (r) is the front of leaf L and verso (v) its back, and pages are "
        "counted from the front of the first flyleaf as page 1; the page number of the reference is a character "
        "code (ASCII); references are separated by ' | '",
    "questionnaire_skip_logic_endings":
        "as grading forms written 'facts: ...; Qn word? yes>Qa no>Qb; ...; start Qs': the facts list the words that "
        "are true for this hide (words not listed are false); start at Qs and at each question go to the question "
        "after 'yes>' if its word is true, otherwise to the one after 'no>'; a question written 'Qn end' ends the "
        "form; the number of the question where the form ends is a character code (ASCII); forms are separated by "
        "' | '",
    "refcount_release_freed_sizes":
        "as object tables written 'NAME=size>REF,REF ...; roots X,Y; drop X': each object counts the references to "
        "it (one from the root list for each root, one for each time it is listed by another object); when the root "
        "reference to X is dropped, an object whose count falls to 0 is freed, and freeing an object removes its own "
        "references, which can free more objects in turn; the total size of the freed objects is a character code "
        "(ASCII); tables are separated by ' | '",
}
NAMES = list(RULES)


def _split(r, total, k, lo):
    """Split total into k parts each >= lo."""
    if k * lo > total:
        k = max(1, total // lo)
    cuts = sorted(r.sample(range(1, total - k * lo + k), k - 1)) if k > 1 else []
    parts, prev = [], 0
    for cpos in cuts + [total - k * lo + k]:
        parts.append(cpos - prev - 1 + lo)
        prev = cpos
    return parts


# 1 ------------------------------------------------------------------------
def e_collation(c, r):
    for _ in range(1000):
        s = r.choice([8, 10, 12, 6, 16])
        if c // s > 20:
            continue
        nmain = r.randint(max(1, (c - 30) // s), max(1, (c - 2) // s))
        rem = c - nmain * s
        if rem < 0:
            continue
        sizes = [s] * nmain
        while rem > 0:
            opts = [x for x in (2, 4, 6, 8) if x <= rem]
            t = r.choice(opts) if opts else rem
            sizes.append(t)
            rem -= t
        if len(sizes) > 23:
            continue
        groups, i = [], 0
        while i < len(sizes):
            j = i
            while j + 1 < len(sizes) and sizes[j + 1] == sizes[i]:
                j += 1
            groups.append((i, j, sizes[i]))
            i = j + 1
        out = []
        for a, b, sz in groups:
            if a == b:
                out.append("%s%s" % (ALPHA23[a], str(sz).translate(SUP)))
            else:
                out.append("%s–%s%s" % (ALPHA23[a], ALPHA23[b], str(sz).translate(SUP)))
        return " ".join(out)
    raise RuntimeError("collation")


# 2 ------------------------------------------------------------------------
def _mwis(v):
    inc, exc = 0, 0
    for x in v:
        inc, exc = exc + x, max(inc, exc)
    return max(inc, exc)


def e_nonadjacent(c, r):
    for _ in range(2000):
        k = r.randint(2, 3)
        chosen = _split(r, c, k + 1, 5)
        if len(chosen) != k + 1:
            continue
        row = []
        for i, x in enumerate(chosen):
            row.append(x)
            if i < len(chosen) - 1:
                hi = min(x, chosen[i + 1]) - 1
                if hi < 1:
                    break
                row.append(r.randint(max(1, hi // 3), hi))
        else:
            if _mwis(row) == c:
                return " ".join(map(str, row))
    raise RuntimeError("nonadjacent")


# 3 ------------------------------------------------------------------------
def _vat(rows):
    best = list(rows[0])
    for row in rows[1:]:
        best = [row[j] + min(best[k] for k in range(3) if k != j) for j in range(3)]
    return min(best)


def e_vat(c, r):
    for _ in range(5000):
        n = r.randint(3, 5)
        parts = _split(r, c, n, 3)
        if len(parts) != n:
            continue
        path = [r.randrange(3)]
        for _i in range(n - 1):
            path.append(r.choice([x for x in range(3) if x != path[-1]]))
        rows = []
        for i in range(n):
            row = [parts[i] + r.randint(2, 40) for _j in range(3)]
            row[path[i]] = parts[i]
            rows.append(row)
        for i in range(1, n):
            if r.random() < 0.5 and parts[i] > 3:
                rows[i][path[i - 1]] = parts[i] - r.randint(1, min(3, parts[i] - 1))
        if _vat(rows) == c:
            return " ".join("/".join(map(str, row)) for row in rows)
    raise RuntimeError("vat")


# 4 ------------------------------------------------------------------------
def _candy(m):
    n = len(m)
    t = [1] * n
    for i in range(1, n):
        if m[i] > m[i - 1]:
            t[i] = t[i - 1] + 1
    for i in range(n - 2, -1, -1):
        if m[i] > m[i + 1]:
            t[i] = max(t[i], t[i + 1] + 1)
    return sum(t)


def e_candy(c, r):
    lo, hi = max(3, c // 3), max(4, int(c / 1.5))
    for _ in range(20000):
        n = r.randint(lo, hi)
        m = [r.randint(1, 9) for _i in range(n)]
        tot = _candy(m)
        for _step in range(60):
            if tot == c:
                return " ".join(map(str, m))
            i = r.randrange(n)
            old = m[i]
            m[i] = r.randint(1, 9)
            nt = _candy(m)
            if abs(nt - c) <= abs(tot - c):
                tot = nt
            else:
                m[i] = old
    raise RuntimeError("candy")


# 5 ------------------------------------------------------------------------
def _mis(v):
    best = []
    for i, x in enumerate(v):
        b = x
        for j in range(i):
            if v[j] < x:
                b = max(b, best[j] + x)
        best.append(b)
    return max(best)


def e_rising(c, r):
    for _ in range(5000):
        k = r.randint(2, 4)
        parts = sorted(_split(r, c, k, 4))
        if len(set(parts)) != len(parts):
            continue
        seq = list(parts)
        for _d in range(r.randint(2, 4)):
            pos = r.randint(0, len(seq))
            seq.insert(pos, r.randint(1, c))
        if _mis(seq) == c:
            return " ".join(map(str, seq))
    raise RuntimeError("rising")


# 6 ------------------------------------------------------------------------
def e_lca(c, r):
    pool = [x for x in range(1, 200) if x != c]
    r.shuffle(pool)
    it = iter(pool)
    parent = {}
    top = c
    for _u in range(r.randint(0, 2)):
        p = next(it)
        parent[top] = p
        top = p
    a, b = next(it), next(it)
    parent[a] = c
    parent[b] = c
    x, y = a, b
    for _d in range(r.randint(0, 2)):
        n = next(it)
        parent[n] = x
        x = n
    for _d in range(r.randint(0, 2)):
        n = next(it)
        parent[n] = y
        y = n
    nodes = list(parent) + [top]
    for _e in range(r.randint(1, 3)):
        n = next(it)
        parent[n] = r.choice(nodes)
        nodes.append(n)
    kids = {}
    for ch, p in parent.items():
        kids.setdefault(p, []).append(ch)
    entries = ["%d>%s" % (p, ",".join(map(str, ch))) for p, ch in kids.items()]
    r.shuffle(entries)
    q = [x, y]
    r.shuffle(q)
    return " ".join(entries) + " ?%d,%d" % tuple(q)


# 7 ------------------------------------------------------------------------
def e_semver(c, r):
    M = r.randint(1, 6)
    vers = set()
    if r.random() < 0.5:
        m = r.randint(0, 8)
        p = r.randint(0, min(c, 30))
        mx = r.randint(m + 1, m + 6)
        vers.add((M, mx, c))
        for _i in range(r.randint(1, 2)):
            vers.add((M, mx, r.randint(0, c - 1)))
        for _i in range(r.randint(1, 2)):
            vers.add((M, r.randint(m, mx - 1), r.randint(0, 199)))
        vers.add((M + 1, r.randint(0, 3), r.randint(0, 199)))
        if m > 0:
            vers.add((M, m - 1, r.randint(0, 199)))
        rng = "^%d.%d.%d" % (M, m, p)
    else:
        m = r.randint(0, 12)
        p = r.randint(0, min(c, 40))
        vers.add((M, m, c))
        for _i in range(r.randint(1, 2)):
            vers.add((M, m, r.randint(0, c - 1)))
        vers.add((M, m + 1, r.randint(0, 199)))
        if m > 0:
            vers.add((M, m - 1, r.randint(0, 199)))
        vers.add((M + 1, r.randint(0, 3), r.randint(0, 60)))
        rng = "~%d.%d.%d" % (M, m, p)
    vs = ["%d.%d.%d" % v for v in vers]
    r.shuffle(vs)
    return rng + ": " + " ".join(vs)


# 8 ------------------------------------------------------------------------
def _bucket(cap, rate, evs):
    tok, last, acc, refused = cap, 0, 0, 0
    for t, s in evs:
        tok = min(cap, tok + rate * (t - last))
        last = t
        if tok >= s:
            tok -= s
            acc += s
        else:
            refused += 1
    return acc, refused


def e_bucket(c, r):
    for _ in range(5000):
        cap = r.randint(20, 60)
        rate = r.randint(2, 8)
        evs, t = [], 0
        while True:
            s = r.randint(5, cap)
            trial = evs + [(t, s)]
            acc, _ref = _bucket(cap, rate, trial)
            if acc > c - 5:
                break
            evs = trial
            t += r.randint(0, 3)
        acc, refused = _bucket(cap, rate, evs)
        d = c - acc
        if refused == 0 or d < 1 or d > cap:
            continue
        evs.append((t + math.ceil(cap / rate) + 1, d))
        if _bucket(cap, rate, evs)[0] == c:
            return "C=%d r=%d: %s" % (cap, rate, " ".join("%d:%d" % e for e in evs))
    raise RuntimeError("bucket")


# 9 ------------------------------------------------------------------------
def e_dfa(c, r):
    k = r.randint(3, 5)
    trans = {(s, x): r.randrange(k) for s in range(k) for x in "ab"}
    word = "".join(r.choice("ab") for _i in range(r.randint(4, 7)))
    st = 0
    for ch in word:
        st = trans[(st, ch)]
    labels = r.sample([x for x in range(1, 200) if x != c], k)
    labels[st] = c
    parts = ["%d:%s>%d" % (labels[s], x, labels[trans[(s, x)]]) for s in range(k) for x in "ab"]
    r.shuffle(parts)
    return "start %d; %s; read %s" % (labels[0], " ".join(parts), word)


# 10 -----------------------------------------------------------------------
def e_lpm(c, r):
    addr = [10, 91, r.randint(1, 60), r.randint(2, 250)]
    target = r.choice([8, 16, 24, 32])
    routes = []

    def pref(n, a):
        q = a[:n // 8] + [0] * (4 - n // 8)
        return "%d.%d.%d.%d/%d" % (q[0], q[1], q[2], q[3], n)

    used = {c}

    def gw():
        g = r.randint(1, 254)
        while g in used:
            g = r.randint(1, 254)
        used.add(g)
        return "10.91.%d.%d" % (r.randint(0, 60), g)

    routes.append((pref(target, addr), "10.91.%d.%d" % (r.randint(0, 60), c)))
    for n in (0, 8, 16, 24):
        if n < target and r.random() < 0.7:
            routes.append((pref(n, addr), gw()))
    for n in (16, 24, 32):
        if n > target and r.random() < 0.8:
            other = list(addr)
            idx = r.randrange(target // 8, n // 8)
            other[idx] = (other[idx] + r.randint(1, 50)) % 256
            routes.append((pref(n, other), gw()))
    if len(routes) < 3:
        other = [10, r.choice([12, 44, 92, 172]), r.randint(0, 250), 0]
        routes.append((pref(16, other), gw()))
    r.shuffle(routes)
    return "to %d.%d.%d.%d: %s" % (addr[0], addr[1], addr[2], addr[3], ", ".join("%s via %s" % x for x in routes))


# 11 -----------------------------------------------------------------------
TAGS = ["div", "ul", "li", "span", "td", "tr", "table", "section", "p", "em"]
CLASSES = ["grade", "lot", "hide", "sqft", "tan", "row", "cell", "price", "kip", "butt"]
IDS = ["bench", "rack", "grading", "store", "pit", "herse"]


def _selector(r):
    parts = []
    for _i in range(r.randint(1, 3)):
        kind = r.random()
        if kind < 0.2:
            tok = "#" + r.choice(IDS)
        else:
            tok = r.choice(TAGS) if r.random() < 0.8 else ""
            for _j in range(r.randint(0, 2)):
                tok += "." + r.choice(CLASSES)
            if not tok:
                tok = "." + r.choice(CLASSES)
        parts.append(tok)
    return " ".join(parts)


def _weight(sel):
    ids = sel.count("#")
    cls = sel.count(".")
    tags = sum(1 for tok in sel.split() if tok[0].isalpha())
    return (ids, cls, tags)


def e_css(c, r):
    for _ in range(1000):
        sels = [_selector(r) for _i in range(r.randint(3, 5))]
        ws = [_weight(s) for s in sels]
        best = max(range(len(sels)), key=lambda i: (ws[i], i))
        vals = [r.randint(20, 300) for _i in sels]
        if c in vals:
            continue
        vals[best] = c
        return " ".join("%s{width:%dpx}" % (s, v) for s, v in zip(sels, vals))
    raise RuntimeError("css")


# 12 -----------------------------------------------------------------------
def e_store(c, r):
    for _ in range(5000):
        cap = c + r.randint(0, 40)
        cur = r.randint(0, cap)
        start = cur
        ops, clipped = [], 0
        for _i in range(r.randint(3, 6)):
            if r.random() < 0.5:
                n = r.randint(5, 80)
                if cur + n > cap:
                    clipped += 1
                cur = min(cap, cur + n)
                ops.append("+%d" % n)
            else:
                n = r.randint(5, 80)
                if n > cur:
                    clipped += 1
                cur = max(0, cur - n)
                ops.append("-%d" % n)
        if clipped == 0 or cur == c:
            continue
        ops.append("+%d" % (c - cur) if c > cur else "-%d" % (cur - c))
        return "cap %d, start %d: %s" % (cap, start, " ".join(ops))
    raise RuntimeError("store")


# 13 -----------------------------------------------------------------------
STEMS = ["hide", "lot", "kip", "butt", "bend", "pelt", "skin", "grain"]
EXTS = ["csv", "tsv", "pdf", "jpg", "txt", "xml"]


def e_glob(c, r):
    for _ in range(5000):
        stem = r.choice(STEMS)
        nq = r.randint(1, 3)
        letters = "".join(sorted(r.sample("abcdefghkmnprstw", r.randint(2, 3))))
        ext = r.choice(EXTS)
        pat = "%s_%s_[%s]*.%s" % (stem, "?" * nq, letters, ext)

        def good():
            return "%s_%s_%s%s.%s" % (stem, "".join(r.choice("0123456789") for _i in range(nq)), r.choice(letters),
                                       "".join(r.choice("abcdefghijklmnoprstuvwxy") for _i in range(r.randint(0, 5))), ext)

        def bad():
            kind = r.randrange(4)
            digits = "".join(r.choice("0123456789") for _i in range(nq + (1 if kind == 0 else 0)))
            first = r.choice([x for x in "abcdefghkmnprstw" if x not in letters]) if kind == 1 else r.choice(letters)
            e = r.choice([x for x in EXTS if x != ext]) if kind == 2 else ext
            s = r.choice([x for x in STEMS if x != stem]) if kind == 3 else stem
            return "%s_%s_%s%s.%s" % (s, digits, first, "".join(r.choice("aeiouln") for _i in range(r.randint(0, 4))), e)

        k = r.randint(2, 3)
        sizes = _split(r, c, k, 3)
        files = [(good(), s) for s in sizes] + [(bad(), r.randint(3, 150)) for _i in range(r.randint(2, 4))]
        names = [f[0] for f in files]
        if len(set(names)) != len(names):
            continue
        if sum(s for n, s in files if fnmatch.fnmatchcase(n, pat)) != c:
            continue
        r.shuffle(files)
        return "%s: %s" % (pat, " ".join("%s=%d" % f for f in files))
    raise RuntimeError("glob")


# 14 -----------------------------------------------------------------------
def _minimax(st):
    return max(min(max(tray) for tray in stall) for stall in st)


def e_minimax(c, r):
    for _ in range(5000):
        stalls = []
        win = []
        for _t in range(r.randint(2, 3)):
            tray = [r.randint(1, 199) for _i in range(r.randint(2, 3))]
            if max(tray) < c:
                tray[r.randrange(len(tray))] = r.randint(c, 199)
            win.append(tray)
        j = r.randrange(len(win))
        win[j] = [r.randint(1, c) for _i in range(len(win[j]))]
        win[j][r.randrange(len(win[j]))] = c
        stalls.append(win)
        for _s in range(r.randint(1, 2)):
            st = []
            for _t in range(r.randint(2, 3)):
                st.append([r.randint(1, 199) for _i in range(r.randint(2, 3))])
            low = [r.randint(1, c - 1) for _i in range(r.randint(2, 3))]
            st[r.randrange(len(st))] = low
            stalls.append(st)
        r.shuffle(stalls)
        if _minimax(stalls) == c:
            return " / ".join("; ".join(",".join(map(str, t)) for t in st) for st in stalls)
    raise RuntimeError("minimax")


# 15 -----------------------------------------------------------------------
def e_bankers(c, r):
    for _ in range(5000):
        k = r.randint(3, 5)
        parts = _split(r, c, k, 1)
        amounts, halves = [], 0
        for v in parts:
            if v % 2 == 0 and r.random() < 0.7:
                pence = v * 100 + r.choice([-50, 50])
                halves += 1
            else:
                d = r.randint(-49, 49)
                while d == 0 and r.random() < 0.5:
                    d = r.randint(-49, 49)
                pence = v * 100 + d
            if pence <= 0:
                break
            amounts.append(pence)
        else:
            if halves == 0:
                continue
            return " ".join("%d.%02d" % (p // 100, p % 100) for p in amounts)
    raise RuntimeError("bankers")


# 16 -----------------------------------------------------------------------
HEADS = ["The Bark Mill", "Bark stripping", "McAllister hides", "Macbeth vellum", "New Forest oak", "Newark tannery",
         "A Tanner's Year", "Tanning pits", "An Oak Bark Primer", "Oak bark prices", "McKay saddlery", "Mackintosh leather",
         "Lime yard", "Limed pelts", "The Currier", "Currying tallow", "Vellum sizes", "Vellum", "Herse frames", "Herse",
         "Sumac dyeing", "Sumac", "Mc Donald harness", "Macdonald harness", "Kip sides", "Kipskin", "Parchment rolls",
         "Parchment", "Scraping knives", "The Scraping Bench", "Glassing", "Glass frames", "Dubbin", "Dubbing wheels"]


def filing_key(h):
    words = h.lower().split()
    if len(words) > 1 and words[0] in ("the", "a", "an"):
        words = words[1:]
    words = ["mac" + w[2:] if w.startswith("mc") else w for w in words]
    return " ".join(words)


def e_filing(c, r):
    for _ in range(5000):
        heads = r.sample(HEADS, r.randint(3, 5))
        keys = [filing_key(h) for h in heads]
        if len(set(keys)) != len(keys) or any("'" in h for h in heads):
            continue
        first = min(range(len(heads)), key=lambda i: keys[i])
        nums = r.sample([x for x in range(1, 200) if x != c], len(heads))
        nums[first] = c
        return " ; ".join("%d:%s" % (n, h) for n, h in zip(nums, heads))
    raise RuntimeError("filing")


# 17 -----------------------------------------------------------------------
def e_cas(c, r):
    for _ in range(5000):
        v = r.randint(1, 199)
        ver, val = 0, v
        ops = []
        for _i in range(r.randint(3, 5)):
            k = ver if r.random() < 0.6 else max(0, ver + r.choice([-2, -1, 1]))
            x = r.randint(1, 199)
            ops.append((k, x))
            if k == ver:
                ver += 1
                val = x
        ops.append((ver, c))
        ver += 1
        for _i in range(r.randint(1, 2)):
            ops.append((ver - r.randint(1, 3) if ver > 1 else ver + 1, r.randint(1, 199)))
        # check
        vv, va = 0, v
        for k, x in ops:
            if k == vv:
                vv += 1
                va = x
        if va == c and v != c:
            return "start %d; %s" % (v, " ".join("%d>%d" % o for o in ops))
    raise RuntimeError("cas")


# 18 -----------------------------------------------------------------------
def _rule_matches(rule, pkt):
    proto, src, port = rule
    pproto, psrc, pport = pkt
    if proto not in ("any", pproto):
        return False
    if src != "any":
        net, n = src.split("/")
        k = int(n) // 8
        if net.split(".")[:k] != psrc.split(".")[:k]:
            return False
    if port != "any":
        if "-" in port:
            lo, hi = map(int, port.split("-"))
            if not lo <= pport <= hi:
                return False
        elif int(port) != pport:
            return False
    return True


def e_fw(c, r):
    for _ in range(5000):
        pproto = r.choice(["tcp", "udp"])
        psrc = "10.91.%d.%d" % (r.randint(1, 60), r.randint(2, 250))
        pport = r.choice([22, 80, 443, 502, 1883, 5432, 8080, 8883])
        pkt = (pproto, psrc, pport)

        def rand_rule():
            proto = r.choice(["tcp", "udp", "any"])
            if r.random() < 0.3:
                src = "any"
            else:
                n = r.choice([8, 16, 24, 32])
                parts = psrc.split(".")
                if r.random() < 0.5:
                    idx = r.randrange(n // 8)
                    parts[idx] = str((int(parts[idx]) + r.randint(1, 30)) % 256)
                parts = parts[:n // 8] + ["0"] * (4 - n // 8)
                src = ".".join(parts) + "/%d" % n
            k = r.random()
            if k < 0.3:
                port = "any"
            elif k < 0.6:
                lo = r.randint(1, 9000)
                port = "%d-%d" % (lo, lo + r.randint(10, 3000))
            else:
                port = str(r.choice([22, 80, 443, 502, 1883, 5432, 8080, 8883, 25, 3306]))
            return (proto, src, port)

        m = r.randint(3, 6)
        j = r.randrange(m)
        rules = []
        for i in range(m):
            for _t in range(200):
                rule = rand_rule()
                if (i < j and not _rule_matches(rule, pkt)) or (i == j and _rule_matches(rule, pkt)) or i > j:
                    break
            else:
                break
            rules.append(rule)
        if len(rules) != m or not _rule_matches(rules[j], pkt) or any(_rule_matches(x, pkt) for x in rules[:j]):
            continue
        if c - j < 1 or c + (m - j) > 250:
            continue
        below = sorted(r.sample(range(1, c), j))
        above = sorted(r.sample(range(c + 1, 255), m - j - 1))
        nums = below + [c] + above
        acts = [r.choice(["allow", "deny"]) for _i in range(m)]
        body = " ".join("%d:%s %s %s %s" % (n, x[0], x[1], x[2], a) for n, x, a in zip(nums, rules, acts))
        return "packet %s %s>%d; %s" % (pproto, psrc, pport, body)
    raise RuntimeError("fw")


# 19 -----------------------------------------------------------------------
def _pareto(offers):
    tot = 0
    for i, (p, a) in enumerate(offers):
        beaten = any(q <= p and b >= a and (q < p or b > a) for j, (q, b) in enumerate(offers) if j != i)
        if not beaten:
            tot += p
    return tot


def e_pareto(c, r):
    for _ in range(5000):
        k = r.randint(2, 3)
        prices = sorted(_split(r, c, k, 5))
        if len(set(prices)) != k:
            continue
        areas = sorted(r.sample(range(8, 60), k))
        front = list(zip(prices, areas))
        offers = list(front)
        for _d in range(r.randint(2, 4)):
            p, a = r.choice(front)
            dp, da = r.randint(0, 25), r.randint(0, min(6, a - 1))
            if dp == 0 and da == 0:
                dp = 1
            offers.append((p + dp, a - da))
        if len(set(offers)) != len(offers):
            continue
        r.shuffle(offers)
        if _pareto(offers) == c:
            return " ".join("%d/%d" % o for o in offers)
    raise RuntimeError("pareto")


# 20 -----------------------------------------------------------------------
def e_folio(c, r):
    for _ in range(1000):
        n = r.randint(0, 6)
        if c % 2:
            leaf = (c + 1 - 2 * n) // 2
            side = "r"
        else:
            leaf = (c - 2 * n) // 2
            side = "v"
        if leaf >= 1:
            return "%dfl %d%s" % (n, leaf, side)
    raise RuntimeError("folio")


# 21 -----------------------------------------------------------------------
WORDS = ["scarred", "branded", "wet", "limed", "split", "dyed", "grubbed", "veiny", "salted", "torn"]


def e_form(c, r):
    for _ in range(5000):
        words = r.sample(WORDS, r.randint(3, 5))
        facts = sorted(r.sample(words, r.randint(1, len(words) - 1)))
        nq = len(words)
        nums = r.sample([x for x in range(1, 200) if x != c], nq + 2)
        qs = nums[:nq]
        ends = nums[nq:] + [c]
        r.shuffle(ends)
        nodes = {}
        for i in range(nq):
            later = qs[i + 1:] + ends
            nodes[qs[i]] = (words[i], r.choice(later), r.choice(later))
        cur = qs[0]
        seen = 0
        while cur in nodes and seen < 50:
            w, y, n = nodes[cur]
            cur = y if w in facts else n
            seen += 1
        if cur != c:
            continue
        parts = ["Q%d %s? yes>Q%d no>Q%d" % (q, w, y, n) for q, (w, y, n) in nodes.items()]
        parts += ["Q%d end" % e for e in ends]
        r.shuffle(parts)
        return "facts: %s; %s; start Q%d" % (", ".join(facts), "; ".join(parts), qs[0])
    raise RuntimeError("form")


# 22 -----------------------------------------------------------------------
def _refcount(objs, roots, drop):
    cnt = {k: 0 for k in objs}
    for ro in roots:
        cnt[ro] += 1
    for k, (_s, refs) in objs.items():
        for x in refs:
            cnt[x] += 1
    freed, queue = set(), []
    cnt[drop] -= 1
    if cnt[drop] == 0:
        queue.append(drop)
    while queue:
        o = queue.pop()
        if o in freed:
            continue
        freed.add(o)
        for x in objs[o][1]:
            cnt[x] -= 1
            if cnt[x] == 0:
                queue.append(x)
    return sum(objs[o][0] for o in freed)


def e_refcount(c, r):
    for _ in range(5000):
        names = r.sample("ABCDEFGHKLMNPRST", 8)
        k = r.randint(2, 4)
        sizes = _split(r, c, k, 3)
        if len(sizes) != k:
            continue
        freed = names[:k]
        shared, cyc1, cyc2, other = names[k], names[k + 1], names[k + 2], names[k + 3]
        objs = {n: [s, []] for n, s in zip(freed, sizes)}
        for i in range(1, k):
            objs[freed[r.randrange(i)]][1].append(freed[i])
        objs[shared] = [r.randint(3, 90), []]
        objs[cyc1] = [r.randint(3, 90), [cyc2]]
        objs[cyc2] = [r.randint(3, 90), [cyc1]]
        objs[other] = [r.randint(3, 60), [shared]]
        objs[r.choice(freed)][1].append(shared)
        objs[r.choice(freed)][1].append(cyc1)
        roots = [freed[0], other]
        objs2 = {n: (v[0], v[1]) for n, v in objs.items()}
        if _refcount(objs2, roots, freed[0]) != c:
            continue
        items = list(objs2.items())
        r.shuffle(items)
        body = " ".join("%s=%d%s" % (n, s, (">" + ",".join(refs)) if refs else "") for n, (s, refs) in items)
        return "%s; roots %s; drop %s" % (body, ",".join(roots), freed[0])
    raise RuntimeError("refcount")


ENC = {
    "quire_collation_leaf_counts": e_collation,
    "hide_hook_nonadjacent_best_loads": e_nonadjacent,
    "dye_vat_no_repeat_least_costs": e_vat,
    "apprentice_rating_reward_minimums": e_candy,
    "rising_size_heaviest_subsequence_sums": e_rising,
    "herd_book_common_ancestor_tags": e_lca,
    "caret_tilde_range_patch_numbers": e_semver,
    "refill_bucket_admitted_kilobytes": e_bucket,
    "drum_program_state_machine_ends": e_dfa,
    "longest_prefix_route_gateways": e_lpm,
    "css_specificity_winning_widths": e_css,
    "cold_store_bounded_stock_levels": e_store,
    "glob_wildcard_file_sizes": e_glob,
    "market_haggle_minimax_prices": e_minimax,
    "bankers_rounding_receipt_totals": e_bankers,
    "archive_index_filing_leaders": e_filing,
    "versioned_register_conditional_writes": e_cas,
    "firewall_ruleset_deciding_rules": e_fw,
    "pareto_undominated_lot_prices": e_pareto,
    "folio_recto_verso_pagination": e_folio,
    "questionnaire_skip_logic_endings": e_form,
    "refcount_release_freed_sizes": e_refcount,
}
assert list(ENC) == NAMES


def encode(name, plain, r):
    return SEP.join(ENC[name](ord(ch), r) for ch in plain)
