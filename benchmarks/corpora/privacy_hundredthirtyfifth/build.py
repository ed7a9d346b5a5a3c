"""Build corpus p135 (parking-operator and toll-road developers). Python 3 stdlib only, fixed seeds, no clock/network."""
import copy, json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common135 as C
import dec135, enc135, everyday135, neg135, positional135, prose135, vendor135

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = "/tmp/brief135"
EV_TYPES = [("pt_evasion_gate_admin_password", "the exit-gate admin password", "pw"),
            ("pt_evasion_toll_api_token", "the toll host API token", "{an:32}"),
            ("pt_evasion_tag_master_hex_key", "the transponder master key", "{HEX:32}")]
EV_WORDINGS = [("lane_cabinet_sticky_note", "Sticky note found inside the lane {n} cabinet, transcribed. {what} is written {rule}:\n{run}\n(take the note off the door after you read it)"),
               ("garage_ops_puzzle_post", "Friday puzzle in #garage-ops: {what} for level {n} is encoded {rule}:\n{run}\nfirst one to log in gets coffee"),
               ("toll_plaza_whiteboard_photo_text", "OCR of a photo of the plaza {n} whiteboard. {what}, written {rule}:\n{run}\n(wipe the board before the audit)")]
CAP = {"vendor": 120, "password": 110, "prose": 40}


def load_deny():
    path = os.path.join(HERE, "brief_names.json")
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        d = C.extract_denylist(texts)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                if json.load(fh) != d:
                    raise SystemExit("frozen deny-list differs from /tmp/brief135")
        return d, True
    with open(path, encoding="utf-8") as fh:
        return json.load(fh), False


def select(deny):
    words, names, tokens, langs = set(deny["words"]), set(deny["names"]), deny["tokens"], set(deny["langs"])
    dropped = {"vendor": [], "password": [], "prose": []}
    keep_v = []
    for t, s in vendor135.candidates():
        if t.split("_")[0] in words or t in names:
            dropped["vendor"].append(t)
        else:
            keep_v.append((t, s))
    keep_p = []
    for syn, sig, tpl in positional135.P:
        if syn in names or ("ptpw_" + syn) in names or any(sig in tok for tok in tokens):
            dropped["password"].append("%s (%s)" % (syn, sig))
        else:
            keep_p.append((syn, sig, tpl))
    keep_l = []
    for iso, name, s in prose135.L:
        bad = iso in names or iso in langs or iso in words or name.lower() in langs or \
            any(w in langs or w in words for w in name.lower().split())
        (dropped["prose"].append("%s (%s)" % (iso, name)) if bad else keep_l.append((iso, name, s)))
    return keep_v[:CAP["vendor"]], keep_p[:CAP["password"]], keep_l[:CAP["prose"]], dropped, \
        {"vendor": len(keep_v), "password": len(keep_p), "prose": len(keep_l)}


def generate(deny):
    kv, kp, kl, dropped, avail = select(deny)
    used = set()
    cnt = {"s": 0, "e": 0, "n": 0}

    def nid(k):
        def f():
            cnt[k] += 1
            return "p135-%s-%04d" % (k, cnt[k])
        return f
    sec = []
    sec += everyday135.build(C.Gen(random.Random(13501), used), nid("s"))
    sec += vendor135.build(C.Gen(random.Random(13502), used), nid("s"), kv)
    sec += positional135.build(C.Gen(random.Random(13503), used), nid("s"), kp)
    sec += prose135.build(C.Gen(random.Random(13504), used), nid("s"), kl)
    G = C.Gen(random.Random(13505), used)
    ev = []
    ne = nid("e")
    for i, (enc, (rule, fn)) in enumerate(sorted(enc135.E.items())):
        for j in range(3):
            typ, what, shape = EV_TYPES[(i + j) % 3]
            wname, wt = EV_WORDINGS[j]
            while True:
                plain = G.fresh(G.pw if shape == "pw" else (lambda: G.shape(shape)))
                run = fn(plain)
                if run != plain and plain not in run:
                    break
            t = wt.replace("{n}", str(1 + (i + j) % 9)).replace("{what}", what[0].upper() + what[1:]).replace("{rule}", rule)
            pre, post = t.split("{run}")
            text = pre + run + post
            ev.append({"id": ne(), "type": typ, "container": wname + "__" + enc, "encoding": enc, "text": text,
                       "secrets": [{"value": run, "start": len(pre), "end": len(pre) + len(run), "type": typ,
                                    "plain": plain, "encoding": enc}], "source": "evasion"})
    neg = neg135.build(C.Gen(random.Random(13506), set()), nid("n"))
    return sec, ev, neg, dropped, avail


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def check(sec, ev, neg, deny):
    names = set(deny["names"])
    langs = set(deny["langs"]) | set(deny["words"])
    pos_fields = {"id", "type", "container", "text", "secrets", "source"}
    ids = set()
    vals = []
    for r in sec + ev:
        k = "e" if r["source"] == "evasion" else "s"
        assert r["id"].startswith("p135-%s-" % k) and len(r["id"]) == 11, r["id"]
        assert r["id"] not in ids
        ids.add(r["id"])
        assert set(r) == (pos_fields | ({"encoding"} if k == "e" else set())), r["id"]
        assert len(r["secrets"]) == 1
        s = r["secrets"][0]
        assert set(s) == ({"value", "start", "end", "type"} | ({"plain", "encoding"} if k == "e" else set()))
        assert r["text"][s["start"]:s["end"]] == s["value"], r["id"]
        assert s["value"] == s["value"].strip() and s["value"], r["id"]
        assert r["type"] == s["type"]
        assert r["text"].count(s["value"]) == 1, r["id"]
        for bad in (C.SLOT, "\x00", "PRIVATE KEY"):
            assert bad not in r["text"], r["id"]
        if r["source"] == "prose":
            assert r["text"][s["start"] - 1] == " " and r["text"][s["end"]] == " ", r["id"]
        if k == "e":
            assert dec135.decode(s["encoding"], s["value"]) == s["plain"], r["id"]
            assert s["encoding"] == r["encoding"]
            rule = enc135.E[r["encoding"]][0]
            assert r["text"].find(rule) != -1 and r["text"].find(rule) < s["start"], r["id"]
            assert r["text"][s["start"] - 2:s["start"]] == ":\n", r["id"]
            assert all(c.isalnum() and c.isascii() or c in "_.-" for c in s["plain"])
        vals.append((r["id"], s["value"]))
        if k == "e":
            vals.append((r["id"], s["plain"]))
    allv = [v for _, v in vals]
    assert len(allv) == len(set(allv)), "value reused"
    texts = [(r["id"], r["text"]) for r in sec + ev]
    for rid, v in vals:
        for tid, t in texts:
            if tid != rid and v in t:
                raise AssertionError("value %s of %s in %s" % (v, rid, tid))
    for r in ev:
        assert r["secrets"][0]["plain"] not in r["text"], r["id"]
    nids, ntexts = set(), set()
    for n in neg:
        assert set(n) == {"id", "class", "container", "text", "source"} and n["source"] == "negative"
        assert n["id"].startswith("p135-n-") and n["id"] not in nids
        nids.add(n["id"])
        assert n["text"] not in ntexts
        ntexts.add(n["text"])
        for _, v in vals:
            assert v not in n["text"], (n["id"], v)
        assert "PRIVATE KEY" not in n["text"]
    assert len({n["class"] for n in neg}) == 16 and len(neg) >= 180
    # deny-list overlap, case-insensitive, whole name and each __ part
    own = set()
    for r in sec + ev:
        own |= {r["container"], r["type"]}
        if "encoding" in r:
            own.add(r["encoding"])
    for n in neg:
        own |= {n["class"], n["container"]}
    own |= set(everyday135.TYPES[i][0] for i in range(len(everyday135.TYPES)))
    own |= {k for k, _ in everyday135.KINDS} | {s for s, _ in vendor135.STYLES} | set(positional135.SUFFIXES)
    own |= {f for f, _ in prose135.FORMATS} | {prose135.SPAN} | set(enc135.E) | {t for t, _, _ in EV_TYPES} | {w for w, _ in EV_WORDINGS}
    own |= {b for bases in neg135.C.values() for b, _ in bases} | {w.strip("_") for w, _ in neg135.WRAPS if w}
    for o in own:
        for part in [o] + o.split("__"):
            p = part.lower().strip("_")
            assert p not in names, "deny-list overlap: %s" % o
    for r in sec:
        if r["source"] == "prose":
            iso = r["container"].split("__")[1]
            assert iso not in langs and iso not in names, iso
    # family disjointness and counts
    fam = {}
    for r in sec:
        fam.setdefault(r["source"], set()).add(r["type"])
    fl = list(fam.values())
    for i in range(len(fl)):
        for j in range(i + 1, len(fl)):
            assert not (fl[i] & fl[j])
    ne = [r for r in sec if r["source"] != "everyday"]
    assert len({r["container"] for r in ne}) == len(ne)
    c = {k: sum(1 for r in sec if r["source"] == k) for k in ("everyday", "vendor", "password", "prose")}
    assert c["everyday"] == 180 and 110 <= c["vendor"] <= 120 and 95 <= c["password"] <= 115 and c["prose"] == 40, c
    assert len({r["container"].split("__")[1] for r in sec if r["source"] == "prose"}) == 40
    assert len(ev) == 66 and len({r["encoding"] for r in ev}) == 22
    return c


def mutations(sec, ev, neg, deny):
    def expect_fail(name, fn):
        s2, e2, n2 = copy.deepcopy(sec), copy.deepcopy(ev), copy.deepcopy(neg)
        fn(s2, e2, n2)
        try:
            check(s2, e2, n2, deny)
        except (AssertionError, KeyError, ValueError, IndexError):
            return name
        raise SystemExit("mutation not caught: " + name)
    out = []
    out.append(expect_fail("m1_shifted_start", lambda s, e, n: s[5]["secrets"][0].update(start=s[5]["secrets"][0]["start"] + 1)))
    out.append(expect_fail("m2_value_in_negative", lambda s, e, n: n[3].update(text=n[3]["text"] + " " + s[200]["secrets"][0]["value"])))
    out.append(expect_fail("m3_wrong_plain", lambda s, e, n: e[7]["secrets"][0].update(plain="x" + e[7]["secrets"][0]["plain"])))
    out.append(expect_fail("m4_duplicate_negative", lambda s, e, n: n.append(dict(n[0], id="p135-n-9999"))))
    out.append(expect_fail("m5_private_key_armour", lambda s, e, n: s[9].update(text=s[9]["text"] + "\n-----BEGIN RSA PRIVATE KEY-----")))
    out.append(expect_fail("m6_deny_listed_container", lambda s, e, n: s[0].update(container="parking_lpr_camera_ini")))
    out.append(expect_fail("m7_deny_listed_encoding", lambda s, e, n: e[0].update(encoding="rot47_printable_ascii")))
    out.append(expect_fail("m8_wrong_id_prefix", lambda s, e, n: s[1].update(id="p133-s-0002")))
    out.append(expect_fail("m9_plain_leaked", lambda s, e, n: s[2].update(text=s[2]["text"] + " " + e[4]["secrets"][0]["plain"])))
    out.append(expect_fail("m10_deny_listed_class", lambda s, e, n: n[0].update(**{"class": "rfid_bin_tag_uids"})))
    out.append(expect_fail("m11_rule_removed", lambda s, e, n: e[10].update(text=e[10]["text"].replace(enc135.E[e[10]["encoding"]][0], "somehow"))))
    out.append(expect_fail("m12_deny_listed_language", lambda s, e, n: [r.update(container=r["container"].split("__")[0] + "__isl") for r in s if r["source"] == "prose"][:1]))
    return out


def main():
    deny, live = load_deny()
    a = generate(deny)
    b = generate(deny)
    da = [dump(x) for x in a[:3]]
    assert da == [dump(x) for x in b[:3]], "non-deterministic"
    sec, ev, neg, dropped, avail = a
    counts = check(sec, ev, neg, deny)
    muts = mutations(sec, ev, neg, deny)
    import readme135
    r1 = readme135.render(sec, ev, neg, dropped, avail, counts, deny, muts)
    r2 = readme135.render(*generate(deny)[:3], dropped, avail, counts, deny, muts)
    assert r1 == r2
    if live:
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=0, sort_keys=True)
    for name, blob in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), da):
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(blob)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    print("ok", counts, "evasions", len(ev), "negatives", len(neg), "dropped", {k: len(v) for k, v in dropped.items()}, "mutations", len(muts))


if __name__ == "__main__":
    main()
