"""Checks run by build.py before anything is written, and the mutation tests that prove they bite."""
import collections
import copy
import re

import common252 as C
import everyday252
import vendor252
import positional252
import prose252
import evasions252
import enc252
import dec252
import negatives252

POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_KEYS = ["id", "class", "container", "text", "source"]
EVA_PLAIN_RX = {
    "refill_room_pc_evasion_password": C.STRICT_PASSWORD_RX,
    "cold_store_alarm_evasion_engineer_code": re.compile(r"^csa_[A-Za-z0-9]{16}$"),
    "box_route_evasion_api_token": re.compile(r"^brt-[a-z0-9]{24}$"),
}
HINT_RX = re.compile(r"(?i)pass|pwd|secret")


def neg_problem(text, registered, plains):
    """None when a negative text is clean."""
    for s in registered:
        if len(s) >= 6 and s in text:
            return "contains a registered string"
    for p in plains:
        if p in text:
            return "contains an evasion plain"
    if C.PASSWORD_FORM_RX.search(text):
        return "password form %r" % C.PASSWORD_FORM_RX.search(text).group(0)
    if C.JWT_RX.search(text):
        return "JWT-shaped string"
    if C.bad_uuids(text):
        return "non-v4 UUID"
    return None


def _deny_hits(name, deny_names):
    n = name.lower()
    hits = [n] if n in deny_names else []
    for p in n.split("__"):
        p = p.lstrip("_")
        if p and p in deny_names:
            hits.append(p)
    return hits


def run_checks(data, deny, registered):
    E = []
    err = E.append
    secrets, evasions, negatives = data["secrets"], data["evasions"], data["negatives"]
    names = set(deny["names"])
    dsyn = set(deny["syntaxes"])
    dcodes = set(deny["language_codes"])
    dlnames = set(deny["language_names"])

    # ---- ids, field sets, sources
    for recs, pre, keys, span_keys in ((secrets, "s", POS_KEYS, POS_SPAN), (evasions, "e", EVA_KEYS, EVA_SPAN),
                                       (negatives, "n", NEG_KEYS, None)):
        for i, r in enumerate(recs):
            want = "%s-%s-%04d" % (C.PREFIX, pre, i + 1)
            if r.get("id") != want:
                err("id %r should be %s" % (r.get("id"), want))
            if list(r.keys()) != keys:
                err("%s: field set %s" % (r.get("id"), list(r.keys())))
            if span_keys is not None:
                sp = r.get("secrets", [])
                if len(sp) != 1:
                    err("%s: %d spans" % (r["id"], len(sp)))
                for s in sp:
                    if list(s.keys()) != span_keys:
                        err("%s: span field set %s" % (r["id"], list(s.keys())))
    for r in secrets:
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            err("%s: source %s" % (r["id"], r["source"]))
    for r in evasions:
        if r["source"] != "evasion":
            err("%s: source" % r["id"])
    for r in negatives:
        if r["source"] != "negative":
            err("%s: source" % r["id"])

    # ---- spans
    for r in secrets + evasions:
        t = r["text"]
        if "\u2063" in t:
            err("%s: placement marker left" % r["id"])
        for s in r["secrets"]:
            v = s["value"]
            if not (0 <= s["start"] < s["end"] <= len(t)) or t[s["start"]:s["end"]] != v:
                err("%s: offsets do not give the value" % r["id"])
            if s["type"] != r["type"]:
                err("%s: span type differs" % r["id"])
            if t.count(v) != 1:
                err("%s: value occurs %d times" % (r["id"], t.count(v)))
            if v != v.strip() or not v:
                err("%s: value has outer whitespace" % r["id"])

    by_src = collections.defaultdict(list)
    for r in secrets:
        by_src[r["source"]].append(r)
    ev, vd, pw, pr = by_src["everyday"], by_src["vendor"], by_src["password"], by_src["prose"]

    # ---- counts
    if len(ev) != 180:
        err("everyday count %d" % len(ev))
    kinds = collections.defaultdict(list)
    for r in ev:
        kinds[r["container"]].append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        err("everyday kinds: %d kinds, need 45 x 4 different types" % len(kinds))
    tc = collections.Counter(r["type"] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        err("everyday types: %s" % dict(tc))
    vt = [r["type"] for r in vd]
    if not (110 <= len(vt) <= 130) or len(set(vt)) != len(vt):
        err("vendor count %d / distinct %d" % (len(vt), len(set(vt))))
    for r in vd:
        if not r["container"].startswith(r["type"] + "__") or r["container"][len(r["type"]) + 2:] not in vendor252.STYLES:
            err("%s: vendor container %s" % (r["id"], r["container"]))
    ps = [r["type"] for r in pw]
    if not (100 <= len(ps) <= 120) or len(set(ps)) != len(ps):
        err("positional count %d / distinct %d" % (len(ps), len(set(ps))))
    langs = [r["container"].split("__")[-1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        err("prose: %d records, %d languages" % (len(pr), len(set(langs))))
    if not (440 <= len(secrets) <= 470):
        err("positives total %d" % len(secrets))
    if len(evasions) != 66:
        err("evasions count %d" % len(evasions))
    ec = collections.Counter((r["encoding"], r["type"]) for r in evasions)
    encs = set(r["encoding"] for r in evasions)
    if len(encs) != 22 or len(ec) != 66 or set(ec.values()) != {1}:
        err("evasions: need 22 encodings x 3 types once each")
    for e in encs:
        ws = [r["container"].split("__")[1] for r in evasions if r["encoding"] == e]
        if len(set(ws)) != 3:
            err("evasion wordings for %s: %s" % (e, ws))
    if len(negatives) < 200:
        err("negatives count %d" % len(negatives))
    ncls = collections.Counter(r["class"] for r in negatives)
    if len(ncls) < 20 or min(ncls.values()) < 10:
        err("negative classes %s" % dict(ncls))
    if len(set(r["text"] for r in negatives)) != len(negatives):
        err("repeated negative text")
    groups = [set(r["type"] for r in g) for g in (ev, vd, pw, pr, evasions)]
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            if groups[i] & groups[j]:
                err("span types shared between sources: %s" % sorted(groups[i] & groups[j]))

    # ---- shapes
    for r in ev:
        p = everyday252.check_value(r["type"], r["secrets"][0]["value"])
        if p:
            err("%s: everyday shape (%s)" % (r["id"], p))
    for r in vd:
        if r["type"] not in vendor252.SPEC:
            err("%s: unknown vendor type" % r["id"])
            continue
        p = vendor252.check_value(r["type"], r["secrets"][0]["value"])
        if p:
            err("%s: vendor shape (%s)" % (r["id"], p))
    for r in pw:
        if not r["type"].startswith(positional252.PREFIX):
            err("%s: positional prefix" % r["id"])
        if not C.STRICT_PASSWORD_RX.match(r["secrets"][0]["value"]):
            err("%s: positional value not in strict password form" % r["id"])
        if HINT_RX.search(r["text"]):
            err("%s: positional text names the value (%s)" % (r["id"], HINT_RX.search(r["text"]).group(0)))
    for r in pr:
        s = r["secrets"][0]
        if not C.STRICT_PASSWORD_RX.match(s["value"]):
            err("%s: prose value form" % r["id"])
        t = r["text"]
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            err("%s: prose value not set off by whitespace" % r["id"])
    for r in evasions:
        s = r["secrets"][0]
        rx = EVA_PLAIN_RX.get(r["type"])
        if not rx or not rx.match(s["plain"]):
            err("%s: evasion plain shape" % r["id"])
        if s["encoding"] != r["encoding"]:
            err("%s: span encoding differs" % r["id"])
        enc, _, wording = r["container"].partition("__")
        if enc != r["encoding"] or wording not in [w[0] for w in evasions252.WORDINGS]:
            err("%s: evasion container" % r["id"])
        t = r["text"]
        head = t[:s["start"]]
        tail = t[s["end"]:]
        if not head.endswith(":\n") or "\n" in head[:-1] or not tail.startswith("\n") or len(tail) < 2 \
                or "\n" in tail[1:] or "\n" in s["value"]:
            err("%s: evasion layout" % r["id"])
        try:
            if dec252.decode(r["encoding"], s["value"]) != s["plain"]:
                err("%s: run does not decode to its plain" % r["id"])
        except Exception as e:  # noqa
            err("%s: run does not decode (%s)" % (r["id"], e))
        if s["plain"] in s["value"]:
            err("%s: run contains its plain" % r["id"])

    # ---- reuse and cleanliness
    all_texts = [(r["id"], r["text"]) for r in secrets + evasions + negatives]
    values = [(r["id"], r["secrets"][0]["value"]) for r in secrets + evasions]
    vc = collections.Counter(v for _, v in values)
    for v, n in vc.items():
        if n > 1:
            err("value reused %d times: %s" % (n, v[:40]))
    plains = [r["secrets"][0]["plain"] for r in evasions]
    for rid, v in values:
        for tid, t in all_texts:
            if tid != rid and v in t:
                err("%s's value appears in %s" % (rid, tid))
    for p in plains:
        for tid, t in all_texts:
            if p in t:
                err("evasion plain %s appears in %s" % (p[:20], tid))
    for r in negatives:
        prob = neg_problem(r["text"], registered + [v for _, v in values], plains)
        if prob:
            err("%s: negative not clean (%s)" % (r["id"], prob))
    for tid, t in all_texts:
        if C.bad_uuids(t):
            err("%s: non-v4 UUID" % tid)
        if C.bad_jwts(t):
            err("%s: invalid JWT-shaped string" % tid)

    # ---- deny-list
    def deny(label, name):
        h = _deny_hits(name, names)
        if h:
            err("deny-listed %s %s (%s)" % (label, name, ", ".join(h)))

    for r in ev:
        deny("container kind", r["container"])
    for r in vd + pw + pr + evasions:
        deny("container", r["container"])
    for r in negatives:
        deny("negative container", r["container"])
        deny("negative class", r["class"])
    for t in set(r["type"] for r in secrets + evasions):
        deny("span type", t)
    for e in encs:
        deny("encoding", e)
        for tok in C.HAND_ENCODING_TOKENS:
            if tok in e:
                err("encoding %s contains the avoided idea %s" % (e, tok))
    for s in vendor252.STYLES:
        deny("vendor style", s)
    for w in positional252.WHERE.values():
        deny("where label", w)
    for f in prose252.FORMATS:
        deny("prose format", f)
    for w in evasions252.WORDINGS:
        deny("evasion wording", w[0])
    for w in negatives252.WRAPPERS:
        if w:
            deny("negative wrapper", w.strip("_"))
    for r in pw:
        syn = r["type"][len(positional252.PREFIX):]
        if syn in dsyn or syn in names:
            err("positional syntax %s is an earlier syntax or name" % syn)
    info = {c[0]: c for c in prose252.LANGS}
    for code in langs + [c for c, _ in prose252.SPARES]:
        nm = info[code][1] if code in info else dict(prose252.SPARES).get(code, "")
        if code in dcodes or code in names or code in C.HAND_LANGUAGES:
            err("language code %s is deny-listed" % code)
        nml = nm.lower()
        if not nml or nml in dlnames or nml in C.HAND_LANGUAGES.values() or \
                any(w in dlnames or w in C.HAND_LANGUAGES.values() for w in nml.split()):
            err("language name %s (%s) is deny-listed" % (nm, code))
    return E


# ---------------------------------------------------------------- mutation tests
def mutations(data, deny, registered):
    base = set(run_checks(data, deny, registered))
    out = []

    def first(recs, pred):
        for r in recs:
            if pred(r):
                return r
        raise RuntimeError("no record for mutation")

    def t01(d):
        r = d["secrets"][0]
        r["secrets"][0]["start"] += 1

    def t02(d):
        r = first(d["secrets"], lambda r: r["type"] == "route_planner_fletcher16_token")
        v = r["secrets"][0]["value"]
        nv = v[:-1] + ("0" if v[-1] != "0" else "1")
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv

    def t03(d):
        a = first(d["secrets"], lambda r: r["source"] == "vendor")
        b = first(d["secrets"], lambda r: r["source"] == "everyday")
        b["text"] += "\n" + a["secrets"][0]["value"]

    def t04(d):
        a = first(d["secrets"], lambda r: r["source"] == "password")
        d["negatives"][0]["text"] += " " + a["secrets"][0]["value"]

    def t05(d):
        d["evasions"][0]["secrets"][0]["plain"] += "x"

    def t06(d):
        r = first(d["secrets"], lambda r: r["source"] == "everyday")
        r["container"] = "crew_teams_chat_export"

    def t07(d):
        d["negatives"][0]["class"] = "masked_values_in_screens"

    def t08(d):
        for r in d["evasions"][:3]:
            r["encoding"] = "base45_rfc9285_bytes"

    def t09(d):
        del d["negatives"][-5:]

    def t10(d):
        r = first(d["secrets"], lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__lit"

    def t11(d):
        r = first(d["secrets"], lambda r: r["type"] == "scale_sync_crc16_key")
        v = r["secrets"][0]["value"]
        nv = v[:-1] + ("A" if v[-1] != "A" else "B")
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv

    def t12(d):
        d["negatives"][3]["text"] += " ref 1b4e28ba-2fa1-11d2-883f-0016d3cca427"

    def t13(d):
        r = d["secrets"][5]
        r["secrets"].append(dict(r["secrets"][0]))

    def t14(d):
        r = first(d["secrets"], lambda r: r["source"] == "password")
        r["type"] = positional252.PREFIX + "ldapsearch_lower_w_after_capital_d"
        r["secrets"][0]["type"] = r["type"]

    def t15(d):
        d["negatives"][7]["text"] += "\neyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln"

    def t16(d):
        d["negatives"][9]["text"] += "\nnote: kohlrabi-2024 for the shed"

    def t17(d):
        import base64
        r = first(d["secrets"], lambda r: r["type"] == "cold_store_wireguard_private_key")
        v = r["secrets"][0]["value"]
        b = bytearray(base64.b64decode(v))
        b[0] |= 1
        nv = base64.b64encode(bytes(b)).decode()
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv
        r["secrets"][0]["end"] = r["secrets"][0]["start"] + len(nv)

    def t18(d):
        r = first(d["secrets"], lambda r: r["type"] == "member_card_mod3736_key")
        v = r["secrets"][0]["value"]
        nv = v[:-1] + ("0" if v[-1] != "0" else "1")
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv

    def t19(d):
        d["secrets"][10]["id"] = "p252-s-9999"

    def t20(d):
        r = first(d["secrets"], lambda r: r["type"] == "shopify_admin_api_access_token")
        v = r["secrets"][0]["value"]
        nv = v.replace("shpat_", "shpxt_")
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv

    def t21(d):
        r = first(d["secrets"], lambda r: r["source"] == "password")
        r["text"] = "# password below\n" + r["text"]
        r["secrets"][0]["start"] += 17
        r["secrets"][0]["end"] += 17

    def t22(d):
        r = d["evasions"][4]
        r["text"] = r["text"].replace(":\n", ": ", 1)
        r["secrets"][0]["start"] -= 1
        r["secrets"][0]["end"] -= 1

    def t23(d):
        r = first(d["secrets"], lambda r: r["type"] == "member_portal_hs384_jwt")
        v = r["secrets"][0]["value"]
        nv = v[:-4]
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv
        r["secrets"][0]["end"] -= 4

    tests = [("m01_shifted_span_start", t01), ("m02_broken_fletcher16_tail", t02),
             ("m03_value_reused_in_other_text", t03), ("m04_positive_value_in_negative", t04),
             ("m05_evasion_plain_corrupted", t05), ("m06_deny_listed_container", t06),
             ("m07_deny_listed_negative_class", t07), ("m08_deny_listed_encoding", t08),
             ("m09_negatives_below_200", t09), ("m10_deny_listed_language", t10),
             ("m11_crc16_tail_broken", t11), ("m12_non_v4_uuid_in_negative", t12), ("m13_two_spans", t13),
             ("m14_earlier_syntax_name", t14), ("m15_malformed_jwt_in_negative", t15),
             ("m16_password_form_in_negative", t16), ("m17_wireguard_clamping_broken", t17),
             ("m18_mod3736_check_broken", t18), ("m19_id_gap", t19), ("m20_vendor_shape_broken", t20),
             ("m21_hint_word_in_positional_text", t21), ("m22_evasion_layout_broken", t22),
             ("m23_truncated_jwt_signature", t23)]
    for name, fn in tests:
        d = copy.deepcopy(data)
        fn(d)
        errs = set(run_checks(d, deny, registered))
        out.append((name, bool(errs - base)))
    return out
