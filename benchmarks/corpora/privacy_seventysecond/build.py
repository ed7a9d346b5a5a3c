"""Build the p72 corpus: generate twice, compare, check, mutation-test, then write."""
import copy, json, os, re, sys
import frozen_names, part_daily, part_vendors, part_positional, part_chats, part_evasion, part_negative, write_readme
from shared import positive, dumps, V
from codec_decode import DEC
from codec_encode import ENC

HERE = os.path.dirname(os.path.abspath(__file__))
DENY = frozen_names.load()


def generate():
    sec, ev, neg = [], [], []
    n = 0
    meta = {"langs": []}
    for src, rows in [("everyday", part_daily.build()), ("vendor", part_vendors.build()),
                      ("password", part_positional.build()), ("prose", part_chats.build(DENY))]:
        for row in rows:
            n += 1
            typ, kind, text, s, e = row[:5]
            sec.append(positive("p72-s-%04d" % n, typ, kind, text, s, e, src))
            if src == "prose":
                meta["langs"].append((row[5], row[6], kind))
    for i, (typ, kind, text, s, e, plain, enc, ph) in enumerate(part_evasion.build(), 1):
        r = positive("p72-e-%04d" % i, typ, kind, text, s, e, "evasion", plain=plain, encoding=enc)
        r["encoding"] = enc
        ev.append(r)
    for i, (cls, kind, text) in enumerate(part_negative.build(), 1):
        neg.append({"id": "p72-n-%04d" % i, "class": cls, "container": kind, "text": text, "source": "negative"})
    return sec, ev, neg, meta


def own_names(sec, ev, neg):
    names = set()
    new_everyday = {"rmm_agent_site_install_token", "laps_local_administrator_password", "entra_app_client_secret",
                    "ad_service_account_password", "printer_scan_to_folder_password", "psa_integration_api_key",
                    "backup_appliance_encryption_passphrase", "remote_support_unattended_password"}
    names |= new_everyday
    for r in sec + ev + neg:
        names.add(r["container"])
    for r in sec:
        if r["source"] != "everyday":
            names.add(r["type"])
    names |= set(part_daily.KINDS) | set(part_vendors.STYLES) | set(part_positional.SUFFIX.values())
    names |= {f for f, _ in part_chats.FORMATS} | {part_chats.SPAN_TYPE} | set(ENC) | set(part_evasion.WORDINGS)
    names |= set(part_negative.WRAPPERS) | {"device_serial_or_asset_tag", "windows_security_identifier", "remote_support_device_id"}
    return names


def check(sec, ev, neg, meta):
    errs = []
    deny = set(DENY["names"])
    for nm in own_names(sec, ev, neg):
        parts = [nm] + nm.split("__")
        for p in parts:
            if p.lower() in deny:
                errs.append("deny-list overlap: %s (%s)" % (p, nm))
    words, langs = set(DENY["words"]), set(DENY["langs"])
    for code, name, _ in meta["langs"]:
        if code in deny or code in langs or code in words or any(w.lower() in words or w.lower() in langs for w in name.split()):
            errs.append("deny-listed language " + code)
    ids = set()
    allvals = []
    for r in sec + ev:
        if r["id"] in ids: errs.append("dup id " + r["id"])
        ids.add(r["id"])
        if not re.fullmatch(r"p72-[se]-\d{4}", r["id"]): errs.append("bad id " + r["id"])
        if json.loads(dumps(r)) != r: errs.append("json " + r["id"])
        t = r["text"]
        if V in t or "\0" in t or "\ue001" in t: errs.append("marker " + r["id"])
        if r["type"] != r["secrets"][0]["type"]: errs.append("type " + r["id"])
        for sp in r["secrets"]:
            v = sp["value"]
            if t[sp["start"]:sp["end"]] != v: errs.append("slice " + r["id"])
            if v != v.strip() or not v: errs.append("edge ws " + r["id"])
            cnt = sum(1 for i in range(len(t)) if t.startswith(v, i))
            if cnt != sum(1 for x in r["secrets"] if x["value"] == v): errs.append("count %s %r" % (r["id"], v))
            allvals.append((r["id"], v))
    vals = [v for _, v in allvals]
    owner = {v: rid for rid, v in allvals}
    for r in sec + ev:
        for v, rid in owner.items():
            if rid != r["id"] and v in r["text"]:
                errs.append("value of %s appears in %s" % (rid, r["id"]))
    if len(set(vals)) != len(vals): errs.append("value reused across records")
    for r in ev:
        sp = r["secrets"][0]
        if set(sp) != {"value", "start", "end", "type", "plain", "encoding"}: errs.append("evasion fields " + r["id"])
        before = r["text"][:sp["start"]]
        try:
            dec = DEC[sp["encoding"]](before, sp["value"])
        except Exception as ex:
            dec = "<%s>" % ex
        if dec != sp["plain"]: errs.append("decode " + r["id"])
        if sp["plain"] in r["text"]: errs.append("plain verbatim " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]): errs.append("plain alphabet " + r["id"])
        ph = ENC[sp["encoding"]][0].split("{k}")[0]
        if ph not in before: errs.append("phrase missing " + r["id"])
    plains = [r["secrets"][0]["plain"] for r in ev]
    if len(set(plains)) != len(plains) or set(plains) & set(vals): errs.append("plain reuse")
    pool = sorted(set(vals) | set(plains), key=len)
    for i, a in enumerate(pool):
        if len(a) >= 6:
            for b in pool[i + 1:]:
                if a in b: errs.append("substring %r in %r" % (a, b)); break
    ntexts = set()
    for r in neg:
        if not re.fullmatch(r"p72-n-\d{4}", r["id"]): errs.append("bad id " + r["id"])
        if r["text"] in ntexts: errs.append("dup negative text " + r["id"])
        ntexts.add(r["text"])
        if "PRIVATE KEY" in r["text"]: errs.append("private key " + r["id"])
        for v in pool:
            if len(v) >= 6 and v in r["text"]: errs.append("positive value in negative " + r["id"]); break
    docs = [v for _, v, _ in part_negative.doc_values()]
    for d in docs:
        if not any(d in r["text"] for r in neg): errs.append("doc value missing")
        if any(d in r["text"] for r in sec + ev): errs.append("doc value in positive")
    if set(ENC) != set(DEC) or len(ENC) != 22: errs.append("codec sets")
    for enc in ENC:
        if sum(1 for r in ev if r["encoding"] == enc) != 3: errs.append("3 per encoding " + enc)
    src = lambda s: [r for r in sec if r["source"] == s]
    if len(src("everyday")) != 180 or len({r["container"] for r in src("everyday")}) != 45: errs.append("everyday count")
    if not 100 <= len(src("vendor")) <= 140: errs.append("vendor count")
    if not 90 <= len(src("password")) <= 125: errs.append("password count")
    if len(src("prose")) != 40 or len(meta["langs"]) != 40: errs.append("prose count")
    if len(ev) != 66 or len(neg) < 180 or len({r["class"] for r in neg}) != 16: errs.append("ev/neg counts")
    vt = [r["type"] for r in src("vendor")]; pt = [r["type"] for r in src("password")]
    et = {r["type"] for r in src("everyday")}
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & et:
        errs.append("vendor/password types not unique/disjoint")
    return errs


def mutations(sec, ev, neg, meta):
    def m1(s, e, n, m): s[0]["secrets"][0]["start"] += 1
    def m2(s, e, n, m): s[1]["secrets"][0]["end"] -= 1
    def m3(s, e, n, m): n[0]["text"] += s[2]["secrets"][0]["value"]
    def m4(s, e, n, m): e[0]["secrets"][0]["plain"] += "x"
    def m5(s, e, n, m): s[3]["text"] += " " + s[3]["secrets"][0]["value"]
    def m6(s, e, n, m): n[1]["text"] += e[1]["secrets"][0]["plain"]
    def m7(s, e, n, m): n[2]["text"] = n[3]["text"]
    def m8(s, e, n, m): e[2]["text"] += e[2]["secrets"][0]["plain"]
    def m9(s, e, n, m): s[4]["container"] += "__vaultwarden_dotenv_admin_line"
    def m10(s, e, n, m): n[4]["container"] = "rail_fence_two_rails"
    def m11(s, e, n, m):
        sp = e[3]["secrets"][0]; sp["end"] -= 1; sp["value"] = sp["value"][:-1]
    def m12(s, e, n, m): n[5]["text"] += "-----BEGIN OPENSSH PRIVATE KEY-----\n"
    def m13(s, e, n, m): m["langs"][0] = ("nb", "Norwegian Bokmal", m["langs"][0][2])
    def m14(s, e, n, m): s[5]["text"] += "\n" + s[6]["secrets"][0]["value"]
    caught = 0
    tests = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14]
    for t in tests:
        s, e, n, m = copy.deepcopy((sec, ev, neg, meta))
        t(s, e, n, m)
        if not check(s, e, n, m):
            raise SystemExit("mutation not caught: " + t.__name__)
        caught += 1
    return caught


def serialise(sec, ev, neg, meta, nmut):
    files = {name: "".join(dumps(r) + "\n" for r in recs) for name, recs in
             [("secrets.jsonl", sec), ("evasions.jsonl", ev), ("negatives.jsonl", neg)]}
    files["README.md"] = write_readme.render(sec, ev, neg, meta, DENY, nmut)
    return files


def main():
    a = generate(); b = generate()
    errs = check(*a)
    if errs:
        print("\n".join(errs[:60])); sys.exit(1)
    nmut = mutations(*a)
    fa, fb = serialise(*a, nmut), serialise(*b, nmut)
    if fa != fb:
        sys.exit("non-deterministic output")
    for name, content in fa.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            fh.write(content)
    print("ok: %d secrets, %d evasions, %d negatives, %d mutations caught" % (len(a[0]), len(a[1]), len(a[2]), nmut))


if __name__ == "__main__":
    main()
