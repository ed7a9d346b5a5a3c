#!/usr/bin/env python3
"""Build corpus p101 (game modding and private game-server hosts). Stdlib only, fixed seeds."""
import copy, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common101 import *  # noqa
import gen_everyday101, gen_vendor101, gen_passwords101, gen_prose101, gen_negatives101, enc101, dec101, readme101

EV_TYPES = ["gsrv_ptero_client_key_ptlc", "gsrv_modrinth_pat_mrp", "gsrv_velocity_forwarding_secret",
            "gsrv_rcon_console_password", "gsrv_valheim_world_join_password", "gsrv_sftp_panel_login_password"]
WORDINGS = {
    "modpack_discord_riddle_hint": ("Not pasting the {N} in plain text here; it is written {R}:\n{X}\n(decode it yourself, mods only)\n"),
    "host_wiki_obfuscated_step": ("Step 3 - set the {N}. The value is stored {R}:\n{X}\nThen restart the server from the panel.\n"),
    "server_motd_puzzle_line": ("# motd.txt - staff puzzle\n# {N}, written {R}:\n{X}\n# first admin to solve it gets the role\n"),
}
EV_NAMES = {"gsrv_ptero_client_key_ptlc": "Pterodactyl client API key", "gsrv_modrinth_pat_mrp": "Modrinth token",
            "gsrv_velocity_forwarding_secret": "Velocity forwarding secret", "gsrv_rcon_console_password": "RCON password",
            "gsrv_valheim_world_join_password": "Valheim join password", "gsrv_sftp_panel_login_password": "SFTP login password"}


def gen_evasions(seed=10105):
    r = random.Random(seed)
    E = enc101.mk(r)
    ev_gen = {
        "gsrv_ptero_client_key_ptlc": lambda: "ptlc_" + rs(r, ALNUM, 43),
        "gsrv_modrinth_pat_mrp": lambda: "mrp_" + rs(r, ALNUM, 36),
        "gsrv_velocity_forwarding_secret": lambda: rs(r, ALNUM, 12),
    }
    out = []
    i = 0
    for enc, (rule, f) in E.items():
        for w, tpl in WORDINGS.items():
            t = EV_TYPES[i % len(EV_TYPES)]
            i += 1
            while True:
                plain = ev_gen[t]() if t in ev_gen else owner_password(r, seps="-_", digits=(2, 2))
                run = f(plain)
                if run == run.strip() and plain not in run:
                    break
            text, s, e = fill(tpl.replace("{N}", EV_NAMES[t]).replace("{R}", rule).replace("{X}", "{V}"), run)
            out.append((t, enc, w, rule, text, s, e, plain))
    return out


def generate_all(deny):
    pos = []
    for t, ck, text, s, e in gen_everyday101.generate():
        pos.append(("everyday", t, ck, text, [(s, e)]))
    for t, ck, text, s, e in gen_vendor101.generate():
        pos.append(("vendor", t, ck, text, [(s, e)]))
    for ck, t, text, spans in gen_passwords101.generate():
        pos.append(("password", t, ck, text, spans))
    prose, excluded, spare = gen_prose101.generate(deny)
    for t, ck, text, s, e, code, en in prose:
        pos.append(("prose", t, ck, text, [(s, e)]))
    secrets = []
    for n, (src, t, ck, text, spans) in enumerate(pos, 1):
        secrets.append({"id": "p101-s-%04d" % n, "type": t, "container": ck, "text": text,
                        "secrets": [{"value": text[a:b], "start": a, "end": b, "type": t} for a, b in spans],
                        "source": src})
    evasions = []
    for n, (t, enc, w, rule, text, s, e, plain) in enumerate(gen_evasions(), 1):
        evasions.append({"id": "p101-e-%04d" % n, "type": t, "container": enc + "__" + w, "text": text,
                         "secrets": [{"value": text[s:e], "start": s, "end": e, "type": t, "plain": plain, "encoding": enc}],
                         "source": "evasion", "encoding": enc})
    negs = []
    for n, (cls, ck, text) in enumerate(gen_negatives101.generate(), 1):
        negs.append({"id": "p101-n-%04d" % n, "class": cls, "container": ck, "text": text, "source": "negative"})
    meta = {"prose": prose, "excluded": excluded, "spare": spare}
    return secrets, evasions, negs, meta


def dumps(recs):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)


def own_names():
    names = {}
    names["everyday container"] = list(gen_everyday101.C)
    names["everyday type"] = list(gen_everyday101.TYPES)
    names["vendor type"] = [v[0] for v in gen_vendor101.V]
    names["vendor style"] = list(gen_vendor101.STYLES)
    names["password syntax"] = [p[0] for p in gen_passwords101.P]
    names["password suffix"] = list(gen_passwords101.SUFFIX.values())
    names["prose format"] = list(gen_prose101.FORMATS)
    names["prose type"] = [gen_prose101.PTYPE]
    names["encoding"] = list(enc101.mk(random.Random(0)))
    names["evasion wording"] = list(WORDINGS)
    names["negative class"] = list(gen_negatives101.B)
    names["negative base"] = [b for c in gen_negatives101.B.values() for b in c]
    names["negative wrapper"] = [w.strip("_") for w in gen_negatives101.WRAP if w]
    return names


def check(secrets, evasions, negs, meta, deny):
    errs = []
    dn = set(n.lower() for n in deny["names"])

    def parts(x):
        x = x.lower()
        return [x] + [p for p in x.split("__") if p]

    for cat, lst in own_names().items():
        if len(set(lst)) != len(lst):
            errs.append("duplicate own name in " + cat)
        for nm in lst:
            for p in parts(nm):
                if p in dn:
                    errs.append(f"deny-list hit {cat}: {nm} ({p})")
    for rec in secrets + evasions + negs:
        fields = [rec["container"]] + ([rec["class"]] if "class" in rec else []) + ([rec["encoding"]] if "encoding" in rec else []) \
            + [s["type"] for s in rec.get("secrets", [])]
        for f in fields:
            for p in parts(f):
                if p in dn:
                    errs.append(f"deny-list hit in record {rec['id']}: {f}")
    # languages
    lw = set(deny["langwords"]); codes = set(deny["codes"]) | dn
    for t, ck, text, s, e, code, en in meta["prose"]:
        if code in codes or code[:2] in codes or any(w.lower() in lw for w in en.split()):
            errs.append("language overlaps deny-list: " + code)
    # ids and fields
    ids = set()
    for pref, recs, keys in (("s", secrets, {"id", "type", "container", "text", "secrets", "source"}),
                             ("e", evasions, {"id", "type", "container", "text", "secrets", "source", "encoding"}),
                             ("n", negs, {"id", "class", "container", "text", "source"})):
        for rec in recs:
            if not re.fullmatch(r"p101-%s-\d{4}" % pref, rec["id"]) or rec["id"] in ids:
                errs.append("bad id " + rec["id"])
            ids.add(rec["id"])
            if set(rec) != keys:
                errs.append("fields " + rec["id"])
            if json.loads(json.dumps(rec, ensure_ascii=False)) != rec:
                errs.append("json " + rec["id"])
            if SLOT in rec["text"] or "\x00" in rec["text"] or "\ue001" in rec["text"]:
                errs.append("slot marker " + rec["id"])
            if "PRIVATE KEY" in rec["text"]:
                errs.append("private key " + rec["id"])
    allvals = {}
    for rec in secrets + evasions:
        if rec["type"] != rec["secrets"][0]["type"]:
            errs.append("type mismatch " + rec["id"])
        cnt = {}
        for sp in rec["secrets"]:
            v = sp["value"]
            if rec["text"][sp["start"]:sp["end"]] != v or v != v.strip() or not v:
                errs.append("offset " + rec["id"])
            cnt[v] = cnt.get(v, 0) + 1
        for v, c in cnt.items():
            occ = sum(1 for i in range(len(rec["text"])) if rec["text"].startswith(v, i))
            if occ != c:
                errs.append(f"occurrence {rec['id']} {occ}!={c}")
            if v in allvals:
                errs.append("value reused " + rec["id"])
            allvals[v] = rec["id"]
        if "plain" in rec["secrets"][0]:
            pl = rec["secrets"][0]["plain"]
            if pl in allvals:
                errs.append("plain reused " + rec["id"])
            allvals[pl] = rec["id"]
    for rec in secrets + evasions:
        for v, owner in allvals.items():
            if owner != rec["id"] and len(v) >= 6 and v in rec["text"]:
                errs.append(f"value of {owner} in {rec['id']}")
    ntexts = set()
    for n in negs:
        if n["text"] in ntexts:
            errs.append("dup negative " + n["id"])
        ntexts.add(n["text"])
        for v, owner in allvals.items():
            if v in n["text"]:
                errs.append(f"value of {owner} in negative {n['id']}")
    # GitHub-style CRC tails
    for rec in secrets:
        if rec["type"] == "github_user_to_server_ghu" and not gh_check(rec["secrets"][0]["value"]):
            errs.append("ghu crc " + rec["id"])
    # evasions
    encs = {}
    for rec in evasions:
        sp = rec["secrets"][0]
        try:
            d = dec101.decode(rec["encoding"], sp["value"])
        except Exception as ex:  # noqa
            d = None
        if d != sp["plain"]:
            errs.append("decode " + rec["id"])
        rule = enc101.mk(random.Random(0))[rec["encoding"]][0]
        pos = rec["text"].find(rule)
        if pos < 0 or pos >= sp["start"]:
            errs.append("rule " + rec["id"])
        if sp["plain"] in rec["text"] or not re.fullmatch(r"[A-Za-z0-9_-]+", sp["plain"]):
            errs.append("plain visible " + rec["id"])
        if sp["encoding"] != rec["encoding"]:
            errs.append("enc field " + rec["id"])
        encs[rec["encoding"]] = encs.get(rec["encoding"], 0) + 1
    if len(encs) != 22 or set(encs.values()) != {3}:
        errs.append("encoding counts")
    # counts
    src = {}
    for rec in secrets:
        src[rec["source"]] = src.get(rec["source"], 0) + 1
    if src.get("everyday") != 180 or not 80 <= src.get("vendor", 0) <= 140 or not 80 <= src.get("password", 0) <= 125 or src.get("prose") != 40:
        errs.append("counts %r" % src)
    if len({c.split("__")[1] for c in (r["container"] for r in secrets if r["source"] == "prose")}) != 40:
        errs.append("prose languages")
    if len({n["class"] for n in negs}) != 16 or len(negs) < 180:
        errs.append("negative counts")
    ev_t = {r["type"] for r in secrets if r["source"] == "everyday"}
    ve_t = {r["type"] for r in secrets if r["source"] == "vendor"}
    pw_t = {r["type"] for r in secrets if r["source"] == "password"}
    if ev_t & ve_t or ev_t & pw_t or ve_t & pw_t or gen_prose101.PTYPE in ev_t | ve_t | pw_t:
        errs.append("type sets overlap")
    return errs


def mutations(secrets, evasions, negs, meta, deny):
    tests = []

    def m1(s, e, n):
        s[0]["secrets"][0]["start"] += 1
    def m2(s, e, n):
        n[0]["text"] += s[5]["secrets"][0]["value"]
    def m3(s, e, n):
        e[0]["secrets"][0]["plain"] = "wrong_plain_1"
    def m4(s, e, n):
        s[3]["text"] += " " + s[3]["secrets"][0]["value"]
    def m5(s, e, n):
        n[1]["text"] = n[0]["text"]
    def m6(s, e, n):
        n[2]["text"] += "-----BEGIN OPENSSH PRIVATE KEY-----"
    def m7(s, e, n):
        n[3]["container"] = "morse_with_caret_capitals"
    def m8(s, e, n):
        s[4]["id"] = "p99-s-0005"
    def m9(s, e, n):
        s[7]["container"] = "x__nextflow_config_env_scope_line"
    def m10(s, e, n):
        s[9]["text"] += e[2]["secrets"][0]["plain"]
    def m11(s, e, n):
        rule = enc101.mk(random.Random(0))[e[4]["encoding"]][0]
        t = e[4]["text"].replace(rule, "the usual way")
        d = len(t) - len(e[4]["text"])
        e[4]["text"] = t; e[4]["secrets"][0]["start"] += d; e[4]["secrets"][0]["end"] += d
    def m12(s, e, n):
        for r in s:
            if r["type"] == "github_user_to_server_ghu":
                v = r["secrets"][0]["value"]; nv = v[:-1] + ("A" if v[-1] != "A" else "B")
                r["text"] = r["text"].replace(v, nv); r["secrets"][0]["value"] = nv
    tests = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12]
    for t in tests:
        s, e, n = copy.deepcopy(secrets), copy.deepcopy(evasions), copy.deepcopy(negs)
        t(s, e, n)
        if not check(s, e, n, meta, deny):
            raise SystemExit("mutation test not caught: " + t.__name__)
    # deny-listed language
    mm = copy.deepcopy(meta)
    mm["prose"] = list(mm["prose"]); mm["prose"][0] = mm["prose"][0][:5] + ("amh", "Amharic")
    if not check(secrets, evasions, negs, mm, deny):
        raise SystemExit("mutation test not caught: language")
    return len(tests) + 1


def main():
    deny, from_brief = load_denylist()
    if not os.path.exists(FROZEN):
        with open(FROZEN, "w", encoding="utf-8") as fh:
            json.dump(deny, fh, indent=0, ensure_ascii=False)
    a = generate_all(deny)
    b = generate_all(deny)
    A = [dumps(x) for x in a[:3]]
    Bb = [dumps(x) for x in b[:3]]
    if A != Bb:
        raise SystemExit("non-deterministic output")
    secrets, evasions, negs, meta = a
    errs = check(secrets, evasions, negs, meta, deny)
    if errs:
        print("\n".join(errs[:60]))
        raise SystemExit("%d check failures" % len(errs))
    nmut = mutations(secrets, evasions, negs, meta, deny)
    rd1 = readme101.render(secrets, evasions, negs, meta, deny, own_names(), nmut)
    rd2 = readme101.render(*generate_all(deny), deny, own_names(), nmut)
    if rd1 != rd2:
        raise SystemExit("README not deterministic")
    for fn, data in (("secrets.jsonl", A[0]), ("evasions.jsonl", A[1]), ("negatives.jsonl", A[2]), ("README.md", rd1)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as fh:
            fh.write(data)
    print("ok: secrets %d, evasions %d, negatives %d, mutation tests %d" % (len(secrets), len(evasions), len(negs), nmut))


if __name__ == "__main__":
    main()
