"""All checks run before anything is written."""
import base64
import re

import common230 as C
import dec230
import enc230
import everyday230
import evasions230
import negatives230
import positional230
import prose230
import vendor230

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]

WORLD_PW_RE = re.compile(r"(?i)(?<![A-Za-z])(?:" + "|".join(C.WORLD_WORDS) + r")[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")
DJANGO_RE = re.compile(r"^[a-z0-9!@^*(\-_=+)]{50}$")


def _ids(recs, kind, errs):
    for i, r in enumerate(recs, 1):
        want = f"{C.PREFIX}-{kind}-{i:04d}"
        if r.get("id") != want:
            errs.append(f"id {r.get('id')} should be {want}")
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errs.append(f"duplicate ids in {kind} file")


def _span_basic(r, fields, span_fields, errs):
    if list(r.keys()) != fields:
        errs.append(f"{r.get('id')}: fields {list(r.keys())}")
        return None
    if not isinstance(r["secrets"], list) or len(r["secrets"]) != 1:
        errs.append(f"{r['id']}: not exactly one span")
        return None
    sp = r["secrets"][0]
    if list(sp.keys()) != span_fields:
        errs.append(f"{r['id']}: span fields {list(sp.keys())}")
        return None
    t = r["text"]
    if not (0 <= sp["start"] < sp["end"] <= len(t)) or t[sp["start"]:sp["end"]] != sp["value"]:
        errs.append(f"{r['id']}: span does not re-slice")
        return None
    if sp["value"] != sp["value"].strip() or not sp["value"]:
        errs.append(f"{r['id']}: empty or edge-whitespace value")
    if r["type"] != sp["type"]:
        errs.append(f"{r['id']}: record type != span type")
    if t.count(sp["value"]) != 1:
        errs.append(f"{r['id']}: value occurs {t.count(sp['value'])} times in its text")
    return sp


def check_all(data, deny):
    errs = []
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    hidden = data["hidden"]
    _ids(sec, "s", errs)
    _ids(eva, "e", errs)
    _ids(neg, "n", errs)

    values, by_source = [], {}
    for r in sec:
        sp = _span_basic(r, POS_FIELDS, SPAN_FIELDS, errs)
        if sp is None:
            continue
        values.append((r["id"], sp["value"]))
        by_source.setdefault(r.get("source"), []).append((r, sp))
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append(f"{r['id']}: bad source")
    plains = []
    for r in eva:
        sp = _span_basic(r, EVA_FIELDS, EVA_SPAN_FIELDS, errs)
        if sp is None:
            continue
        values.append((r["id"], sp["value"]))
        plains.append((r["id"], sp["plain"]))
        if r["source"] != "evasion":
            errs.append(f"{r['id']}: evasion source")
    for r in neg:
        if list(r.keys()) != NEG_FIELDS:
            errs.append(f"{r.get('id')}: negative fields {list(r.keys())}")
        if r.get("source") != "negative":
            errs.append(f"{r.get('id')}: negative source")

    # uniqueness and leakage
    seen = {}
    for rid, v in values:
        if v in seen:
            errs.append(f"{rid}: value reused from {seen[v]}")
        seen[v] = rid
    all_texts = [(r["id"], r["text"]) for r in sec + eva + neg]
    owner = dict(values)
    for rid, v in values:
        for tid, t in all_texts:
            if tid != rid and v in t:
                errs.append(f"{rid}: value appears in {tid}")
    for rid, p in plains + [("hidden", h) for h in hidden]:
        for tid, t in all_texts:
            if p in t:
                errs.append(f"{rid}: plain / hidden secret visible in {tid}")
    for tid, t in all_texts:
        if "\x00" in t or re.search(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", t):
            errs.append(f"{tid}: NUL or PEM private key block")
        for u in C.UUID_ANY_RE.findall(t):
            if not C.UUID4_RE.match(u):
                errs.append(f"{tid}: UUID-shaped {u} is not v4")
    for r in sec + eva:
        for tok in C.JWT_RE.findall(r["text"]):
            p = C.jwt_problem(tok)
            if p:
                errs.append(f"{r['id']}: JWT-shaped substring: {p}")

    # everyday
    ev = by_source.get("everyday", [])
    tdesc = {t[0]: t for t in everyday230.TYPES}
    kinds = {}
    for r, sp in ev:
        v, t = sp["value"], r["type"]
        kinds.setdefault(r["container"], []).append(t)
        if t not in tdesc:
            errs.append(f"{r['id']}: unknown everyday type")
            continue
        if t.endswith("_password") and not C.PW_WIDE_RE.match(v):
            errs.append(f"{r['id']}: everyday password shape")
        if t == "tank_telemetry_crc32_key" and not (re.fullmatch(r"tnk_[0-9A-Za-z]{36}", v) and C.crc32_b62(v[4:34]) == v[34:]):
            errs.append(f"{r['id']}: tnk_ CRC-32 tail")
        if t == "cellar_door_verhoeff_key" and not (re.fullmatch(r"cdk_[0-9]{10}_[0-9A-Za-z]{28}", v) and C.verhoeff_ok(v[4:14])):
            errs.append(f"{r['id']}: cdk_ Verhoeff digit")
        if t == "club_webhook_luhn36_secret" and not (re.fullmatch(r"wcw_[a-z0-9]{32}", v) and C.luhn36_ok(v[4:])):
            errs.append(f"{r['id']}: wcw_ Luhn mod 36")
        if t == "club_shop_django_secret_key" and not DJANGO_RE.match(v):
            errs.append(f"{r['id']}: django key shape")
        if t == "sensor_gateway_wireguard_key":
            try:
                b = base64.b64decode(v, validate=True)
                ok = len(v) == 44 and len(b) == 32 and b[0] & 7 == 0 and b[31] & 128 == 0 and b[31] & 64
            except Exception:
                ok = False
            if not ok:
                errs.append(f"{r['id']}: wireguard key")
        if t == "harvest_app_hs512_jwt":
            p = C.jwt_problem(v)
            if p or '"alg":"HS512"' not in C.b64u_dec(v.split(".")[0]).decode():
                errs.append(f"{r['id']}: HS512 JWT {p}")
    tcount = {}
    for r, sp in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(ev) != 180 or len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append(f"everyday counts: {len(ev)} records, {len(kinds)} kinds")
    if len(tcount) != 12 or any(c != 15 for c in tcount.values()):
        errs.append(f"everyday type counts {tcount}")

    # vendor
    vd = by_source.get("vendor", [])
    vspec = {v[0]: v for v in vendor230.V}
    styles = {s for s, _ in vendor230.STYLES}
    vtypes = set()
    for r, sp in vd:
        t = r["type"]
        vtypes.add(t)
        if t not in vspec:
            errs.append(f"{r['id']}: unknown vendor type")
            continue
        if not re.fullmatch(vendor230.spec_regex(vspec[t][1]), sp["value"]):
            errs.append(f"{r['id']}: vendor value does not match its spec regex")
        p = vendor230.frame_problem(t, sp["value"])
        if p:
            errs.append(f"{r['id']}: {p}")
        parts = r["container"].split("__")
        if len(parts) != 2 or parts[0] != t or parts[1] not in styles:
            errs.append(f"{r['id']}: vendor container {r['container']}")
    if len(vd) != 120 or len(vtypes) != 120:
        errs.append(f"vendor counts {len(vd)} / {len(vtypes)}")

    # password
    pw = by_source.get("password", [])
    syn_tbl = {s[0]: s for s in positional230.S}
    syns = set()
    for r, sp in pw:
        t = r["type"]
        if not t.startswith(positional230.PREFIX):
            errs.append(f"{r['id']}: password type prefix")
            continue
        syn = t[len(positional230.PREFIX):]
        syns.add(syn)
        if syn not in syn_tbl:
            errs.append(f"{r['id']}: unknown syntax")
            continue
        where = syn_tbl[syn][1]
        if r["container"] != f"{t}__{positional230.SUFFIX[where]}":
            errs.append(f"{r['id']}: password container")
        if syn_tbl[syn][4] == "b64pair":
            try:
                dec = base64.b64decode(sp["value"], validate=True).decode()
                user, pwd = dec.split(":", 1)
                if not C.PW_STRICT_RE.match(pwd):
                    errs.append(f"{r['id']}: hidden password shape")
            except Exception:
                errs.append(f"{r['id']}: b64 pair does not decode")
        elif not C.PW_STRICT_RE.match(sp["value"]):
            errs.append(f"{r['id']}: positional password shape")
        if syn_tbl[syn][4] == "len16" and len(sp["value"]) != 16:
            errs.append(f"{r['id']}: AES literal not 16 characters")
    if not (95 <= len(pw) <= 120) or len(syns) != len(pw):
        errs.append(f"password counts {len(pw)} / {len(syns)}")
    for syn in list(syns) + [s for s, _ in positional230.SET_ASIDE]:
        if syn in deny["_syn_set"] or C.denied(syn, deny):
            errs.append(f"syntax {syn} is in the deny-list")

    # prose
    pr = by_source.get("prose", [])
    langs = set()
    for r, sp in pr:
        if r["type"] != prose230.SPAN_TYPE:
            errs.append(f"{r['id']}: prose type")
        fmt, _, code = r["container"].partition("__")
        langs.add(code)
        if fmt not in prose230.FORMATS:
            errs.append(f"{r['id']}: prose format")
        if not C.PW_STRICT_RE.match(sp["value"]):
            errs.append(f"{r['id']}: prose password shape")
        t, s, e = r["text"], sp["start"], sp["end"]
        if s == 0 or e >= len(t) or not t[s - 1].isspace() or not t[e].isspace():
            errs.append(f"{r['id']}: prose value not set off by whitespace")
    if len(pr) != 40 or len(langs) != 40:
        errs.append(f"prose counts {len(pr)} / {len(langs)}")
    lang_names = {c: n for c, n, _, _ in prose230.LANGS}
    for code in list(langs) + [c for c, _ in prose230.SPARES]:
        name = lang_names.get(code) or dict(prose230.SPARES).get(code, "")
        words = [w for w in re.split(r"[^a-z]+", name.lower()) if w]
        if code in deny["_codes_set"] or code in deny["_names_set"] or code in deny["_lnames_set"]:
            errs.append(f"language code {code} is in the deny-list")
        if name.lower() in deny["_lnames_set"] or any(w in deny["_lnames_set"] for w in words):
            errs.append(f"language {name} is in the deny-list")
        if code not in lang_names and code not in dict(prose230.SPARES):
            errs.append(f"language {code} not in the language table")

    # evasions
    combos = {}
    wtypes = {t[0]: t for t in evasions230.TYPES}
    for r in eva:
        sp = r["secrets"][0]
        enc, run, plain = r["encoding"], sp["value"], sp["plain"]
        if sp["encoding"] != enc:
            errs.append(f"{r['id']}: record / span encoding differ")
        try:
            d = dec230.decode(enc, run)
        except Exception as ex:  # noqa
            d = f"<error {ex}>"
        if d != plain:
            errs.append(f"{r['id']}: run does not decode to its plain")
        if plain in run or plain == run:
            errs.append(f"{r['id']}: run shows its plain")
        t, s, e = r["text"], sp["start"], sp["end"]
        if t[s - 2:s] != ":\n" or t[e:e + 1] != "\n" or not t[e + 1:].strip():
            errs.append(f"{r['id']}: run layout")
        if r["type"] not in wtypes or not wtypes[r["type"]][2].match(plain):
            errs.append(f"{r['id']}: evasion plain shape")
        enc_c, _, wording = r["container"].partition("__")
        if enc_c != enc or wording not in evasions230.WORDINGS:
            errs.append(f"{r['id']}: evasion container")
        combos.setdefault(enc, []).append((r["type"], wording))
    if len(eva) != 66 or len(combos) != 22 or set(combos) != set(enc230.ORDER):
        errs.append(f"evasion counts {len(eva)} / {len(combos)}")
    for enc, lst in combos.items():
        if len({t for t, _ in lst}) != 3 or len({w for _, w in lst}) != 3:
            errs.append(f"evasion {enc}: not once per type and wording")

    # negatives
    ncls = {}
    texts = set()
    for r in neg:
        ncls[r["class"]] = ncls.get(r["class"], 0) + 1
        t = r["text"]
        if t in texts:
            errs.append(f"{r['id']}: duplicate negative text")
        texts.add(t)
        if WORLD_PW_RE.search(t):
            errs.append(f"{r['id']}: password form inside a negative")
        for code in re.findall(r"\(0[02]\)(\d{14,18})|GIN\+BJ\+(\d{18})|NAD\+SU\+(\d{13})|LIN\+1\+\+(\d{14})", t):
            c = next(x for x in code if x)
            if not C.gs1_ok(c):
                errs.append(f"{r['id']}: GS1 check digit of {c}")
    if len(neg) < 180 or len(ncls) < 16:
        errs.append(f"negative counts {len(neg)} / {len(ncls)} classes")

    # cross-source
    pos_total = len(sec)
    if not (440 <= pos_total <= 470):
        errs.append(f"positives total {pos_total}")
    tsets = {}
    for src, lst in by_source.items():
        tsets[src] = {r["type"] for r, _ in lst}
    srcs = list(tsets)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if tsets[srcs[i]] & tsets[srcs[j]]:
                errs.append(f"span types shared by {srcs[i]} and {srcs[j]}")
    nonev = [r["container"] for r in sec if r["source"] != "everyday"] + [r["container"] for r in eva]
    if len(set(nonev)) != len(nonev):
        errs.append("non-everyday containers not unique")

    # deny-list
    names = set()
    for r in sec + eva:
        names.add(r["container"])
        names.add(r["type"])
    for r in eva:
        names.add(r["encoding"])
    for r in neg:
        names.add(r["class"])
        names.add(r["container"])
    names |= {everyday230.SPARE_KIND} | {s for s, _ in vendor230.STYLES} | {v for v, _ in vendor230.SET_ASIDE}
    names |= set(positional230.SUFFIX.values()) | set(prose230.FORMATS) | set(evasions230.WORDINGS)
    names |= set(negatives230.WRAPPERS) | set(negatives230.SPARE_CLASSES)
    names |= {k.__name__ for _, ks, _ in negatives230.CLASSES for k in ks}
    names |= {c[0] for c in everyday230.CONTAINERS}
    for n in sorted(names):
        if C.denied(n, deny):
            errs.append(f"name {n} is in the deny-list")
    return errs
