"""Checks run by build.py before writing anything."""
import base64
import json
import re

from common241 import PW_ANYWHERE, PW_RE_NARROW, PW_RE_WIDE, denied

JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
UUID_RE = re.compile(r"(?<![0-9A-Za-z])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9A-Za-z])")
SIG_BYTES = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}


def _b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_parts(tok):
    h, p, s = tok.split(".")
    return json.loads(_b64u_dec(h)), json.loads(_b64u_dec(p)), _b64u_dec(s)


def jwt_ok(tok):
    """Return the alg if tok is a well-formed JWT whose signature length fits its alg, else None."""
    try:
        h, p, s = jwt_parts(tok)
    except Exception:
        return None
    if not isinstance(h, dict) or not isinstance(p, dict):
        return None
    alg = h.get("alg")
    if SIG_BYTES.get(alg) != len(s):
        return None
    return alg


def jwt_like(text):
    return any(jwt_ok(m.group(0)) is None for m in JWT_RE.finditer(text))


def uuid_like_non_v4(text):
    for m in UUID_RE.finditer(text):
        u = m.group(0).lower()
        if u[14] != "4" or u[19] not in "89ab":
            return True
    return False


def run_checks(data, dl):
    """data: dict with secrets, evasions, negatives, meta. Returns a list of error strings."""
    import everyday241 as ev
    import vendor241 as vd
    import positional241 as po
    import prose241 as pr
    import evasions241 as es
    import negatives241 as ng
    from dec241 import decode

    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    hidden = data.get("hidden", {})

    # ---- deny-list ----
    def chk(kind, name, strip=None):
        d = denied(name, dl, strip)
        if d:
            errs.append("deny-listed %s %r (part %r)" % (kind, name, d))

    for r in S + E:
        chk("container", r["container"], po.PFX if r["source"] == "password" else None)
        chk("span type", r["type"], po.PFX if r["source"] == "password" else None)
        for sp in r["secrets"]:
            chk("span type", sp["type"], po.PFX if r["source"] == "password" else None)
    for r in E:
        chk("encoding", r["encoding"])
    for r in N:
        chk("negative class", r["class"])
        chk("negative container", r["container"])
    codes = set(dl["language_codes"]) | set(dl["names"])
    lnames = set(dl["language_names"])
    langs = data["meta"]["languages"]
    for code, name in langs:
        if code.lower() in codes:
            errs.append("deny-listed language code %s" % code)
        if name.lower() in lnames or any(w in lnames for w in re.split(r"[\s\-]+", name.lower())):
            errs.append("deny-listed language name %s" % name)

    # ---- spans ----
    for k, r in enumerate(S):
        if r.get("id") != "p241-s-%04d" % (k + 1):
            errs.append("bad id %s" % r.get("id"))
    for k, r in enumerate(E):
        if r.get("id") != "p241-e-%04d" % (k + 1):
            errs.append("bad id %s" % r.get("id"))
    for k, r in enumerate(N):
        if r.get("id") != "p241-n-%04d" % (k + 1):
            errs.append("bad id %s" % r.get("id"))
        if set(r) != {"id", "class", "container", "text", "source"} or r["source"] != "negative":
            errs.append("negative schema %s" % r.get("id"))
    for r in S + E:
        if len(r["secrets"]) != 1:
            errs.append("%s: %d spans" % (r["id"], len(r["secrets"])))
            continue
        sp = r["secrets"][0]
        t = r["text"]
        if t[sp["start"]:sp["end"]] != sp["value"] or sp["end"] - sp["start"] != len(sp["value"]):
            errs.append("%s: span offsets wrong" % r["id"])
        if sp["type"] != r["type"]:
            errs.append("%s: span type != record type" % r["id"])
        if t.count(sp["value"]) != 1:
            errs.append("%s: value occurs %d times" % (r["id"], t.count(sp["value"])))
        if not sp["value"]:
            errs.append("%s: empty value" % r["id"])
        if re.search(r"\{(V|K|H|U|P|N|M|X|W|R|U12|UL|VL)\}", t):
            errs.append("%s: placeholder left" % r["id"])

    # ---- counts ----
    src = {}
    for r in S:
        src.setdefault(r["source"], []).append(r)
    evd = src.get("everyday", [])
    if len(evd) != 180:
        errs.append("everyday count %d" % len(evd))
    tc, kc = {}, {}
    for r in evd:
        tc[r["type"]] = tc.get(r["type"], 0) + 1
        kc.setdefault(r["container"], set()).add(r["type"])
    if len(tc) != 12 or any(v != 15 for v in tc.values()):
        errs.append("everyday types not 12 x 15")
    if len(kc) != 45 or any(len(v) != 4 for v in kc.values()):
        errs.append("everyday kinds not 45 x 4 distinct types")
    for r in evd:
        if sum(1 for x in evd if x["container"] == r["container"]) != 4:
            errs.append("kind %s not 4 records" % r["container"])
            break
    vend = src.get("vendor", [])
    if len(vend) != 120 or len({r["type"] for r in vend}) != 120:
        errs.append("vendor count %d" % len(vend))
    pos = src.get("password", [])
    if not (95 <= len(pos) <= 120) or len({r["type"] for r in pos}) != len(pos):
        errs.append("positional count %d" % len(pos))
    prs = src.get("prose", [])
    if len(prs) != 40 or len({c for c, _ in langs}) != 40 or len({r["container"].split("__")[1] for r in prs}) != 40:
        errs.append("prose not 40 in 40 languages")
    if set(src) != {"everyday", "vendor", "password", "prose"}:
        errs.append("unexpected sources %s" % sorted(src))
    if not (430 <= len(S) <= 470):
        errs.append("positives total %d" % len(S))
    if len(E) != 66 or len({r["encoding"] for r in E}) != 22 or any(
            sum(1 for x in E if x["encoding"] == e) != 3 for e in {r["encoding"] for r in E}):
        errs.append("evasions not 22 x 3")
    if len(N) < 180 or len({r["class"] for r in N}) < 16:
        errs.append("negatives %d in %d classes" % (len(N), len({r['class'] for r in N})))

    # ---- uniqueness ----
    vals = [r["secrets"][0]["value"] for r in S + E if r["secrets"]]
    if len(vals) != len(set(vals)):
        errs.append("value reused")
    all_texts = [(r["id"], r["text"]) for r in S + E + N]
    big = "\x00".join(t for _, t in all_texts)
    for r in S + E:
        if not r["secrets"]:
            continue
        v = r["secrets"][0]["value"]
        if big.count(v) != 1:
            errs.append("%s: value appears in another text (or twice)" % r["id"])
    for r in E:
        pl = r["secrets"][0].get("plain", "")
        if pl and pl in big:
            errs.append("%s: evasion plain appears in a text" % r["id"])
    for rid, hp in hidden.items():
        if hp in big:
            errs.append("%s: hidden password appears in a text" % rid)
    ntexts = [r["text"] for r in N]
    if len(ntexts) != len(set(ntexts)):
        errs.append("repeated negative text")

    # ---- validity ----
    vspec = {t: spec for t, g, spec, prov, nb, host in vd.V}
    for r in S:
        v = r["secrets"][0]["value"]
        if r["source"] == "everyday" and not ev.check_value(r["type"], v):
            errs.append("%s: everyday value invalid" % r["id"])
        if r["source"] == "vendor" and not vd.validate(vspec.get(r["type"]), v):
            errs.append("%s: vendor value invalid" % r["id"])
        if r["source"] == "password":
            if r["id"] in hidden:
                try:
                    dec = base64.b64decode(v, validate=True).decode()
                except Exception:
                    dec = ""
                if not (dec.endswith(":" + hidden[r["id"]]) and PW_RE_NARROW.match(hidden[r["id"]])):
                    errs.append("%s: base64 value does not hide its password" % r["id"])
            elif not PW_RE_NARROW.match(v):
                errs.append("%s: positional value not password form" % r["id"])
        if r["source"] == "prose":
            s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
            if not PW_RE_NARROW.match(v) or not r["text"][s - 1].isspace() or not r["text"][e].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
    for r in E:
        sp = r["secrets"][0]
        try:
            ok = decode(r["encoding"], sp["value"]) == sp["plain"]
        except Exception:
            ok = False
        if not ok:
            errs.append("%s: evasion does not decode" % r["id"])
        if sp.get("encoding") != r["encoding"]:
            errs.append("%s: span encoding mismatch" % r["id"])
        t = r["text"]
        if not (t[sp["start"] - 2:sp["start"]] == ":\n" and t[sp["end"]:sp["end"] + 1] == "\n"
                and "\n" not in t[:sp["start"] - 2] and t[sp["end"] + 1:].strip() and "\n" not in t[sp["end"] + 1:]):
            errs.append("%s: evasion layout" % r["id"])
        if r["type"] == "creamery_office_pc_evasion_password" and not PW_RE_NARROW.match(sp["plain"]):
            errs.append("%s: evasion plain not password form" % r["id"])
    for rid, t in all_texts:
        if uuid_like_non_v4(t):
            errs.append("%s: non-v4 UUID" % rid)
        if jwt_like(t):
            errs.append("%s: malformed JWT-shaped string" % rid)
    for r in N:
        if PW_ANYWHERE.search(r["text"]):
            errs.append("%s: password-shaped string in negative" % r["id"])
    return errs
