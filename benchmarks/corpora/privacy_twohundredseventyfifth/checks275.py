"""Every check of p275 and the mutation tests."""
import collections
import configparser
import copy
import csv
import io
import json
import re
import tomllib
import xml.etree.ElementTree as ET

import common275 as C
import dec275
import enc275
import everyday275 as E
import evasions275 as EV
import negatives275 as N
import positional275 as P
import prose275 as PR
import vendor275 as V
import world275 as W

POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_KEYS = ["id", "class", "container", "text", "source"]
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
SOURCES = {"everyday", "vendor", "password", "prose"}
_DECODED = {}
_SCRYPT = {}


# ------------------------------------------------------------------ YAML-ish parser (the subset these files use)
def yamlish(text):
    root, stack = {}, [(-1, None)]
    stack = [(-1, root)]
    scalars = []
    for raw in text.split("\n"):
        if not raw.strip() or raw.lstrip().startswith("#") or raw.startswith("$ ") or raw.strip() == "---" or raw.startswith("Vault password:"):
            continue
        ind = len(raw) - len(raw.lstrip(" "))
        line = raw.strip()
        if "\t" in raw[:ind]:
            raise ValueError("tab indent")
        while stack and stack[-1][0] >= ind:
            stack.pop()
        parent = stack[-1][1]
        item = False
        if line.startswith("- "):
            item = True
            line = line[2:]
        m = re.match(r"^([^'\"\s][^'\"]*?):(?:\s+(.*))?$", line)
        if m:
            key, val = m.group(1), m.group(2)
        else:
            key, val = None, line
        if val is not None and val != "":
            if val[0] == "'":
                if not val.endswith("'") or len(val) < 2 or "'" in val[1:-1].replace("''", ""):
                    raise ValueError(f"bad single-quoted scalar {val!r}")
                sval = val[1:-1].replace("''", "'")
            elif val[0] == '"':
                if not val.endswith('"') or len(val) < 2:
                    raise ValueError(f"bad double-quoted scalar {val!r}")
                sval = json.loads(val)
            elif val[0] == "[":
                if not val.endswith("]"):
                    raise ValueError("bad flow sequence")
                sval = val
            else:
                if ": " in val or " #" in val or val[0] in "!&*@`|>%{":
                    raise ValueError(f"bad plain scalar {val!r}")
                sval = val
            scalars.append(sval)
        if key is None:
            if not item:
                raise ValueError(f"not a mapping line {line!r}")
            continue
        if isinstance(parent, dict):
            node = {} if not val else sval
            parent[key] = node
            if not val:
                stack.append((ind + (2 if item else 0), node))
        elif parent is None:
            raise ValueError("orphan")
    return scalars


def syntax_errors(kind_syntax, text, value):
    """Parse the text by its syntax; the value must be a whole string, element, attribute or cell."""
    try:
        if kind_syntax == "json":
            body = text
            if text.startswith("$ "):
                body = text.split("\n", 1)[1]
            obj = json.loads(body)
            strs = []

            def walk(o):
                if isinstance(o, dict):
                    for k, v in o.items():
                        walk(v)
                elif isinstance(o, list):
                    for v in o:
                        walk(v)
                elif isinstance(o, str):
                    strs.append(o)
            walk(obj)
            if not any(value in s for s in strs):
                return ["json: value is not inside a string"]
        elif kind_syntax == "xml":
            root = ET.fromstring(text.encode())
            found = False
            for el in root.iter():
                if value in (el.text or "") or any(value in a for a in el.attrib.values()):
                    found = True
            if not found:
                return ["xml: value not an element text or attribute"]
        elif kind_syntax == "toml":
            obj = tomllib.loads(text)
            if value not in json.dumps(obj, ensure_ascii=False):
                return ["toml: value missing after parse"]
        elif kind_syntax in ("csv", "tsv"):
            rows = list(csv.reader(io.StringIO(text), delimiter="," if kind_syntax == "csv" else "\t"))
            rows = [r for r in rows if r]
            if len({len(r) for r in rows}) != 1:
                return [f"{kind_syntax}: rows of unequal width"]
            if not any(value == cell for r in rows for cell in r):
                return [f"{kind_syntax}: value not a cell"]
        elif kind_syntax == "yaml":
            sc = yamlish(text)
            if value not in sc and not any(s.endswith(":" + value) for s in sc):
                return ["yaml: value not a scalar"]
        elif kind_syntax == "ini":
            cp = configparser.ConfigParser(interpolation=None)
            cp.read_string(text)
            vals = [cp[s][k] for s in cp.sections() for k in cp[s]]
            if value not in vals:
                return ["ini: value not an option value"]
        elif kind_syntax == "dotenv":
            for ln in text.strip().split("\n"):
                if not re.fullmatch(r"[A-Z_][A-Z0-9_]*=\S*", ln):
                    return [f"dotenv: bad line {ln!r}"]
            if not re.search(r"(?m)^[A-Z_][A-Z0-9_]*=(?:[^\s:]+:)?" + re.escape(value) + "$", text):
                return ["dotenv: value is not a whole assignment"]
    except Exception as e:  # noqa
        return [f"{kind_syntax}: parse error {e}"]
    return []


VENDOR_STYLE_SYNTAX = {"json_config_file": "json", "yaml_settings_block": "yaml", "env_file_line": "dotenv"}
POSITIONAL_SYNTAX = {"chrome_recorder_change_type_value": "json"}


# ------------------------------------------------------------------ the checks
def run_checks(pos, eva, neg, deny, neighbours):
    errs = []
    nov = __import__("deny275").Novelty(deny)
    add = errs.append

    # ids, fields
    for pref, recs, keys in (("s", pos, POS_KEYS), ("e", eva, EVA_KEYS), ("n", neg, NEG_KEYS)):
        for i, r in enumerate(recs, 1):
            if r.get("id") != f"p275-{pref}-{i:04d}":
                add(f"id out of sequence at {pref} {i}: {r.get('id')}")
            if list(r.keys()) != keys:
                add(f"{r.get('id')}: fields {list(r.keys())}")
    for r in pos + eva:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            add(f"{r['id']}: not exactly one span")
            continue
        s = sp[0]
        want = POS_SPAN if r in pos else EVA_SPAN
        if list(s.keys()) != want:
            add(f"{r['id']}: span fields {list(s.keys())}")
            continue
        t = r["text"]
        if t[s["start"]:s["end"]] != s["value"]:
            add(f"{r['id']}: span offsets do not match the value")
        if t.count(s["value"]) != 1:
            add(f"{r['id']}: value occurs {t.count(s['value'])} times in its text")
        if s["value"] != s["value"].strip():
            add(f"{r['id']}: value has outer whitespace")
        if s["type"] != r["type"]:
            add(f"{r['id']}: span type differs from record type")
    for r in pos:
        if r["source"] not in SOURCES:
            add(f"{r['id']}: source {r['source']}")
    for r in eva:
        if r["source"] != "evasion" or r["secrets"][0].get("encoding") != r["encoding"]:
            add(f"{r['id']}: evasion source/encoding")
    for r in neg:
        if r["source"] != "negative":
            add(f"{r['id']}: negative source")

    by = collections.defaultdict(list)
    for r in pos:
        by[r["source"]].append(r)
    ev, vd, pw, pr = by["everyday"], by["vendor"], by["password"], by["prose"]

    # counts
    if len(ev) != 180:
        add(f"everyday count {len(ev)}")
    kt = collections.defaultdict(list)
    for r in ev:
        kt[r["container"]].append(r["type"])
    if len(kt) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kt.values()):
        add("everyday: not 45 kinds x 4 different types")
    tc = collections.Counter(r["type"] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        add(f"everyday type balance broken {dict(tc)}")
    vtypes = [r["type"] for r in vd]
    if not 110 <= len(set(vtypes)) <= 130 or len(vtypes) != len(set(vtypes)):
        add(f"vendor types {len(set(vtypes))} / records {len(vtypes)}")
    for r in vd:
        t, _, st = r["container"].partition("__")
        if t != r["type"] or st not in V.STYLES:
            add(f"{r['id']}: vendor container {r['container']}")
    psyn = [r["type"] for r in pw]
    if not 100 <= len(set(psyn)) <= 120 or len(psyn) != len(set(psyn)):
        add(f"positional syntaxes {len(set(psyn))}")
    langs = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        add(f"prose languages {len(set(langs))}")
    if not 440 <= len(pos) <= 470:
        add(f"positives total {len(pos)}")
    if len(eva) != 66:
        add(f"evasions {len(eva)}")
    et = collections.Counter((r["encoding"], r["type"]) for r in eva)
    encs = {r["encoding"] for r in eva}
    if len(encs) != 22 or set(et.values()) != {1} or len(et) != 66:
        add("evasions: not 22 encodings x 3 types")
    for e_ in encs:
        ws = {r["container"].split("__")[1] for r in eva if r["encoding"] == e_}
        if ws != set(EV.WORDINGS):
            add(f"evasion {e_} not in all three wordings")
    cc = collections.Counter(r["class"] for r in neg)
    if len(neg) < 200 or len(cc) < 20 or min(cc.values()) < 10:
        add(f"negatives {len(neg)} in {len(cc)} classes (min {min(cc.values()) if cc else 0})")
    if len({r["text"] for r in neg}) != len(neg):
        add("repeated negative text")
    st = {k: {r["type"] for r in v} for k, v in by.items()}
    st["evasion"] = {r["type"] for r in eva}
    ks = list(st)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if st[ks[i]] & st[ks[j]]:
                add(f"span types shared by {ks[i]} and {ks[j]}")

    # shapes
    for r in ev:
        v = r["secrets"][0]["value"]
        if r["type"] not in E.TYPE_INFO:
            add(f"{r['id']}: unknown everyday type")
            continue
        e_ = E.check_value(r["type"], v)
        if e_:
            add(f"{r['id']}: everyday shape: {e_}")
        kind = E.KINDS.get(r["container"])
        if kind is None:
            add(f"{r['id']}: unknown kind")
        else:
            if any(ch in kind["forbid"] for ch in v):
                add(f"{r['id']}: value holds a character its container cannot hold")
            errs += [f"{r['id']}: {x}" for x in syntax_errors(kind["syntax"], r["text"], v)]
    for r in vd:
        v = r["secrets"][0]["value"]
        if r["type"] not in V.VINFO:
            add(f"{r['id']}: unknown vendor type")
            continue
        e_ = V.check_value(r["type"], v)
        if e_:
            add(f"{r['id']}: {e_}")
        syn = VENDOR_STYLE_SYNTAX.get(r["container"].partition("__")[2])
        if syn:
            errs += [f"{r['id']}: {x}" for x in syntax_errors(syn, r["text"], v)]
    for r in pw:
        v = r["secrets"][0]["value"]
        syn = r["type"][len(P.PREFIX):]
        info = P.PINFO.get(syn)
        if not r["type"].startswith(P.PREFIX) or info is None:
            add(f"{r['id']}: unknown positional syntax")
            continue
        if not W.is_strict_pw(v) or not info["minlen"] <= len(v) <= info["maxlen"]:
            add(f"{r['id']}: positional value form")
        low = r["text"].lower()
        for h in P.HINTS:
            if h in low:
                add(f"{r['id']}: hint word {h!r} in a positional text")
        if r["container"] != f"{syn}__{P.WHERE[info['where']]}":
            add(f"{r['id']}: positional container")
        if syn in POSITIONAL_SYNTAX:
            errs += [f"{r['id']}: {x}" for x in syntax_errors(POSITIONAL_SYNTAX[syn], r["text"], v)]
        if syn == "uipath_typeinto_text_attribute":
            try:
                ET.fromstring('<r xmlns:ui="urn:uipath">' + r["text"] + "</r>")
            except Exception as e:  # noqa
                add(f"{r['id']}: xml fragment {e}")
    for r in pr:
        s = r["secrets"][0]
        if not W.is_strict_pw(s["value"]):
            add(f"{r['id']}: prose value form")
        t = r["text"]
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            add(f"{r['id']}: prose value not set off by whitespace")
        if r["type"] != PR.TYPE:
            add(f"{r['id']}: prose type")
    for r in pos:
        v = r["secrets"][0]["value"]
        stray = [f for f in W.forms_in(r["text"]) if f != v]
        if stray:
            add(f"{r['id']}: stray password form {stray[0]!r}")

    # evasions
    for r in eva:
        s = r["secrets"][0]
        if not EV.plain_ok(r["type"], s["plain"]):
            add(f"{r['id']}: evasion plain shape")
        lines = r["text"].split("\n")
        if len(lines) != 3 or not lines[0].endswith(":") or lines[1] != s["value"] or not lines[2].strip():
            add(f"{r['id']}: evasion layout")
        if s["plain"] in s["value"]:
            add(f"{r['id']}: run contains its plain")
        try:
            key = (r["encoding"], s["value"])
            if key not in _DECODED:
                _DECODED[key] = dec275.decode(*key)
            if _DECODED[key] != s["plain"]:
                add(f"{r['id']}: run does not decode to its plain")
        except Exception as e:  # noqa
            add(f"{r['id']}: decode error {e}")
        if W.forms_in(r["text"]):
            add(f"{r['id']}: password form in an evasion text")

    # reuse and leaks
    alltexts = [r["text"] for r in pos + eva + neg]
    blob = "\x00".join(alltexts)
    values = [r["secrets"][0]["value"] for r in pos + eva]
    if len(values) != len(set(values)):
        add("a value is reused")
    for r in pos + eva:
        v = r["secrets"][0]["value"]
        if blob.count(v) != 1:
            add(f"{r['id']}: value occurs {blob.count(v)} times across the files")
    for r in eva:
        p = r["secrets"][0]["plain"]
        if p in blob:
            add(f"{r['id']}: evasion plain appears in a text")
    for nb in neighbours:
        if nb in values:
            add(f"neighbour equals a value: {nb}")
    registered = [v for v in values + [r["secrets"][0]["plain"] for r in eva] + list(neighbours) if len(v) >= 6]
    for r in neg:
        t = r["text"]
        for v in registered:
            if v in t:
                add(f"{r['id']}: negative contains a registered string")
                break
        if W.forms_in(t):
            add(f"{r['id']}: password form in a negative")
        if JWT_RE.search(t):
            add(f"{r['id']}: JWT-shaped string in a negative")
    for r in pos + eva + neg:
        if C.non_v4_uuids(r["text"]):
            add(f"{r['id']}: non-v4 UUID")
        if JWT_RE.search(r["text"]) and r in pos + eva:
            add(f"{r['id']}: JWT-shaped string that cannot be verified")

    # negative classes: real checks pass, decoys fail
    for r in neg:
        t, c = r["text"], r["class"]
        if c == "vehicle_vins_with_real_check_digits":
            vins = re.findall(r"\b[A-HJ-NPR-Z0-9]{17}\b", t)
            if not vins or not all(C.vin_ok(x) for x in vins):
                add(f"{r['id']}: VIN check digit fails")
        elif c == "ship_imo_numbers_for_breaking":
            ims = re.findall(r"IMO (\d{7})", t)
            if not ims or not all(C.imo_ok(x) for x in ims):
                add(f"{r['id']}: IMO check digit fails")
        elif c == "md4_and_blake3_release_digests":
            ds = re.findall(r"\b[0-9a-f]{64}\b|\b[0-9a-f]{32}\b", t)
            for d in ds:
                k = N.KEPT["digests"].get(d)
                if not k or (C.blake3(k[1]).hex() if k[0] == "blake3" else C.md4(k[1]).hex()) != d:
                    add(f"{r['id']}: digest does not recompute")
            if not ds:
                add(f"{r['id']}: no digest")
        elif c == "scrypt_hashes_in_password_columns":
            hs = re.findall(r"scrypt\$16384\$[A-Za-z0-9]+\$8\$1\$[A-Za-z0-9+/=]+", t)
            for h in hs:
                pw_ = N.KEPT["scrypt"].get(h)
                parts = h.split("$")
                import base64
                import hashlib
                if h not in _SCRYPT:
                    _SCRYPT[h] = pw_ is not None and base64.b64encode(hashlib.scrypt(pw_, salt=parts[2].encode(), n=16384, r=8, p=1, dklen=64)).decode() == parts[5]
                if not _SCRYPT[h]:
                    add(f"{r['id']}: scrypt hash does not recompute")
            if not hs:
                add(f"{r['id']}: no scrypt hash")
        elif c == "wireguard_peer_public_keys":
            ks_ = re.findall(r"(?:PublicKey = |wg_public_key: )([A-Za-z0-9+/]{43}=)", t)
            for k in ks_:
                priv = N.KEPT["x25519"].get(k)
                import base64
                raw = base64.b64decode(k)
                if priv is None or C.x25519_pub(priv) != raw or not C.x25519_on_curve_u(raw):
                    add(f"{r['id']}: X25519 public key does not recompute")
            if not ks_:
                add(f"{r['id']}: no public key")
        elif c == "key_check_value_ceremony_records":
            kcvs = re.findall(r"(?:KCV |kcv=)([0-9A-F]{6})", t)
            for k in kcvs:
                key = N.KEPT["kcv"].get(k)
                if key is None or C.aes_kcv(key).hex().upper() != k:
                    add(f"{r['id']}: KCV does not recompute")
            if not kcvs:
                add(f"{r['id']}: no KCV")
        elif c == "own_layouts_with_broken_checks":
            found = 0
            for typ, rx in (("parts_locator_md4_tailed_api_key", r"cpl_[0-9A-Za-z]{32}_[0-9a-f]{8}"),
                            ("weighbridge_sync_blake3_tailed_token", r"hwb_[0-9A-Za-z]{28}\.[0-9a-f]{10}"),
                            ("payout_kiosk_aes_kcv_terminal_key", r"pko1\.[0-9A-F]{32}\.[0-9A-F]{6}"),
                            ("seller_id_scanner_dual_check_activation_code", r"SID-\d{3}-\d{3}-\d{3}-\d{2}")):
                for m in re.findall(rx, t):
                    found += 1
                    if E.check_value(typ, m) is None:
                        add(f"{r['id']}: decoy passes its check")
            if found != 4:
                add(f"{r['id']}: decoys missing")

    # novelty
    names = []
    names += [("everyday type", x) for x in E.TYPE_NAMES] + [("everyday kind", x) for x in E.KIND_NAMES]
    names += [("vendor type", x) for x in V.VTYPES] + [("vendor style", x) for x in V.STYLES]
    names += [("where", x) for x in P.WHERE.values()] + [("prose type", PR.TYPE)] + [("prose format", x) for x in PR.FORMATS]
    names += [("evasion type", t[0]) for t in EV.TYPES] + [("wording", x) for x in EV.WORDINGS]
    names += [("class", x[0]) for x in N.CLASSES] + [("base kind", k) for x in N.CLASSES for k in x[1]]
    names += [("wrapper", w[0].strip("_")) for w in N.WRAPPERS if w[0]]
    names += [("container", r["container"]) for r in pos + eva + neg]
    names += [("span type", r["type"]) for r in pos + eva] + [("class", r["class"]) for r in neg]
    seen = set()
    for what, n in names:
        if (what, n) in seen:
            continue
        seen.add((what, n))
        if what == "container" and n.split("__")[-1] in [c.split("__")[0] for c in []]:
            pass
        errs += nov.name_errors(what, n)
    for s in set(P.SYNTAXES) | {r["type"] for r in pw}:
        errs += nov.syntax_errors(s if s.startswith(P.PREFIX) else P.PREFIX + s)
    for e_ in set(enc275.NAMES_ORDER) | {r["encoding"] for r in eva}:
        errs += nov.encoding_errors(e_)
    for code, name, *_ in PR.LANGS:
        errs += nov.language_errors(code, name)
    for code, name in PR.SPARES:
        errs += nov.language_errors(code, name)
    for r in pr:
        code = r["container"].split("__")[1]
        nm = {c: n for c, n, *_ in PR.LANGS}.get(code, code)
        errs += nov.language_errors(code, nm)
    return errs


# ------------------------------------------------------------------ mutation tests
def mutations(pos, eva, neg, deny, neighbours, clean):
    base = set(clean)
    res = []

    def first(pred, recs):
        return next(r for r in recs if pred(r))

    def m01(p, e, n):
        p[0]["secrets"][0]["start"] += 1

    def m02(p, e, n):
        r = p[5]; v = r["secrets"][0]["value"]; r["text"] = r["text"].replace(v, "x" * len(v))

    def m03(p, e, n):
        p[10]["text"] += "\n" + p[11]["secrets"][0]["value"]

    def m04(p, e, n):
        n[3]["text"] += "\n" + p[40]["secrets"][0]["value"]

    def m05(p, e, n):
        e[0]["secrets"][0]["plain"] = e[0]["secrets"][0]["plain"][::-1] + "Q"

    def m06(p, e, n):
        p[100]["container"] = "ops_salt_pillar_sls"

    def m07(p, e, n):
        n[0]["class"] = "fireside_games_genuine_scoresheets"

    def m08(p, e, n):
        e[0]["encoding"] = "tenpin_bowling_frame_totals"; e[0]["secrets"][0]["encoding"] = "tenpin_bowling_frame_totals"

    def m09(p, e, n):
        del n[15:]

    def m10(p, e, n):
        r = first(lambda r: r["source"] == "prose", p); r["container"] = r["container"].split("__")[0] + "__fin"

    def _ev(p, typ, fn):
        r = first(lambda r: r["type"] == typ, p)
        s = r["secrets"][0]
        nv = fn(s["value"])
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv; s["end"] = s["start"] + len(nv)

    def flip_last(v):
        return v[:-1] + ("0" if v[-1] != "0" else "1")

    def m11(p, e, n):
        _ev(p, "parts_locator_md4_tailed_api_key", flip_last)

    def m12(p, e, n):
        _ev(p, "weighbridge_sync_blake3_tailed_token", flip_last)

    def m13(p, e, n):
        _ev(p, "payout_kiosk_aes_kcv_terminal_key", lambda v: v[:-1] + ("A" if v[-1] != "A" else "B"))

    def m14(p, e, n):
        _ev(p, "seller_id_scanner_dual_check_activation_code", lambda v: v[:-1] + str((int(v[-1]) + 1) % 10))

    def m15(p, e, n):
        _ev(p, "auction_bidder_paseto_v4_local_token", lambda v: v[:20] + ("A" if v[20] != "A" else "B") + v[21:])

    def m16(p, e, n):
        _ev(p, "recovery_truck_cwt_mac0_token", lambda v: v[:-3] + ("A" if v[-3] != "A" else "B") + v[-2:])

    def m17(p, e, n):
        n[1]["text"] += "\nrequest 123e4567-e89b-12d3-a456-426614174000\n"

    def m18(p, e, n):
        p[2]["secrets"].append(dict(p[2]["secrets"][0]))

    def m19(p, e, n):
        r = first(lambda r: r["source"] == "password", p); r["type"] = "sypw_bacnet_bacrd_third_argument"
        r["secrets"][0]["type"] = r["type"]

    def m20(p, e, n):
        p[3]["id"] = "p275-s-9999"

    def m21(p, e, n):
        r = first(lambda r: r["type"] == "github_oauth_access_token", p); _ev([r], r["type"], lambda v: v + "!")

    def m22(p, e, n):
        n[4]["text"] += e[2]["secrets"][0]["plain"]

    def m23(p, e, n):
        r = first(lambda r: r["source"] == "password", p); r["text"] += "\n# the password is above"

    def m24(p, e, n):
        r = first(lambda r: r["source"] == "prose", p); s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "x" + r["text"][s["start"]:]

    def m25(p, e, n):
        n[6]["text"] += "\nspare key: Copper-12t\n"

    def m26(p, e, n):
        r = first(lambda r: r["container"] == "depollution_gateway_config_json", p); r["text"] = r["text"].replace("{", "(", 1)
        r["secrets"][0]["start"] += 0

    def m27(p, e, n):
        n[7]["text"] += "\neyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.abc\n"

    def m28(p, e, n):
        e[5]["text"] = e[5]["text"].replace(":\n", " -\n", 1)

    def m29(p, e, n):
        n[9]["text"] = n[8]["text"]

    def m30(p, e, n):
        r = first(lambda r: r["type"] == "xrf_alloy_analyser_admin_password", p)
        r["type"] = "baler_shear_hmi_engineer_password"; r["secrets"][0]["type"] = r["type"]

    def m31(p, e, n):
        s = e[7]["secrets"][0]; s["plain"] = s["value"][:12]

    def m32(p, e, n):
        r = first(lambda r: r["class"] == "own_layouts_with_broken_checks", n)
        body = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"
        r["text"] = re.sub(r"cpl_[0-9A-Za-z]{32}_[0-9a-f]{8}", "cpl_" + body + "_" + C.md4(body.encode())[:4].hex(), r["text"])

    def m33(p, e, n):
        r = first(lambda r: r["class"] == "vehicle_vins_with_real_check_digits", n)
        m = re.search(r"\b[A-HJ-NPR-Z0-9]{17}\b", r["text"]); v = m.group(0)
        bad = v[:8] + ("1" if v[8] != "1" else "2") + v[9:]
        r["text"] = r["text"].replace(v, bad)

    def m34(p, e, n):
        r = first(lambda r: r["source"] == "password", p); r["type"] = "sypw_ipmitool_reset_lower_p"
        r["secrets"][0]["type"] = r["type"]

    def m35(p, e, n):
        r = first(lambda r: r["source"] == "vendor", p); r["text"] += "\n# old one was Winch.HMS2\n"

    def m36(p, e, n):
        for r in e[:3]:
            r["encoding"] = "cribbage_pegging_lines"; r["secrets"][0]["encoding"] = r["encoding"]

    def m37(p, e, n):
        r = first(lambda r: r["class"] == "ship_imo_numbers_for_breaking", n)
        m = re.search(r"IMO (\d{7})", r["text"]); v = m.group(1)
        r["text"] = r["text"].replace(v, v[:6] + str((int(v[6]) + 1) % 10))

    def m38(p, e, n):
        r = first(lambda r: r["class"] == "wireguard_peer_public_keys", n)
        r["text"] = re.sub(r"(PublicKey = |wg_public_key: )([A-Za-z0-9+/])", lambda m: m.group(1) + ("A" if m.group(2) != "A" else "B"), r["text"], count=1)

    def m39(p, e, n):
        r = first(lambda r: r["class"] == "key_check_value_ceremony_records", n)
        r["text"] = re.sub(r"(KCV |kcv=)([0-9A-F]{6})", lambda m: m.group(1) + ("000000" if m.group(2) != "000000" else "111111"), r["text"], count=1)

    def m40(p, e, n):
        r = first(lambda r: r["class"] == "md4_and_blake3_release_digests", n)
        r["text"] = re.sub(r"\b([0-9a-f])([0-9a-f]{63})\b", lambda m: ("f" if m.group(1) != "f" else "e") + m.group(2), r["text"], count=1)

    tests = [("m01_shifted_span_start", m01), ("m02_value_removed_from_its_text", m02), ("m03_value_reused_in_another_text", m03),
             ("m04_positive_value_in_a_negative", m04), ("m05_evasion_plain_corrupted", m05), ("m06_deny_listed_container", m06),
             ("m07_deny_listed_negative_class", m07), ("m08_deny_listed_encoding", m08), ("m09_negatives_below_200", m09),
             ("m10_deny_listed_prose_language", m10), ("m11_md4_tail_broken", m11), ("m12_blake3_tail_broken", m12),
             ("m13_key_check_value_broken", m13), ("m14_dual_check_digit_broken", m14), ("m15_paseto_tag_broken", m15),
             ("m16_cwt_mac_broken", m16), ("m17_non_v4_uuid_in_a_negative", m17), ("m18_two_spans", m18),
             ("m19_earlier_syntax_name", m19), ("m20_id_out_of_sequence", m20), ("m21_vendor_shape_broken", m21),
             ("m22_evasion_plain_leaked_into_a_text", m22), ("m23_hint_word_in_a_positional_text", m23),
             ("m24_prose_value_not_set_off", m24), ("m25_password_form_in_a_negative", m25), ("m26_json_container_broken", m26),
             ("m27_jwt_shaped_string_in_a_negative", m27), ("m28_evasion_layout_broken", m28), ("m29_repeated_negative_text", m29),
             ("m30_everyday_type_balance_broken", m30), ("m31_run_contains_its_plain", m31), ("m32_decoy_passes_its_check", m32),
             ("m33_vin_check_broken_in_a_negative", m33), ("m34_earlier_tool_token_in_a_syntax_name", m34),
             ("m35_stray_password_form_in_a_positive", m35), ("m36_idea_word_in_an_encoding_name", m36),
             ("m37_imo_check_broken_in_a_negative", m37), ("m38_x25519_key_broken_in_a_negative", m38),
             ("m39_kcv_broken_in_a_negative", m39), ("m40_digest_broken_in_a_negative", m40)]
    for name, fn in tests:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        try:
            fn(p, e, n)
            got = set(run_checks(p, e, n, deny, neighbours))
            new = got - base
            res.append((name, bool(new), sorted(new)[:1]))
        except Exception as ex:  # noqa
            res.append((name, False, [f"mutation crashed: {ex!r}"]))
    return res
