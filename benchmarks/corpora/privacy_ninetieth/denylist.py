"""Deny-list extracted from the two earlier READMEs (frozen in brief_names.json)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = "/tmp/brief90"
FROZEN = os.path.join(HERE, "brief_names.json")


def extract():
    names, langs = set(), set()
    for fn in sorted(os.listdir(BRIEF)):
        if not fn.endswith(".md"):
            continue
        t = open(os.path.join(BRIEF, fn), encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.lower())
        for code, nm in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code.lower())
            langs.add(nm.lower())
            for w in re.split(r"[\s\-]+", nm.lower()):
                langs.add(w)
        # languages named in prose only
        for extra in ["fo", "faroese", "ukr", "ukrainian", "fin", "finnish", "ben", "bengali", "nah", "yua",
                      "kg", "lua", "tum", "luo", "kam", "mos", "gaa", "kri", "an", "os", "pam", "bcl", "ff",
                      "tzm", "aragonese", "ossetian", "kapampangan", "bikol", "fula", "tamazight"]:
            langs.add(extra)
    wide = set(names)
    for n in list(names):
        for part in n.split("__"):
            if part:
                wide.add(part)
    return sorted(wide), sorted(langs)


def load():
    if os.path.isdir(BRIEF):
        n, l = extract()
        if os.path.exists(FROZEN):
            fr = json.load(open(FROZEN))
            if fr["names"] != n or fr["languages"] != l:
                raise SystemExit("deny-list differs from frozen brief_names.json")
        return set(n), set(l)
    fr = json.load(open(FROZEN))
    return set(fr["names"]), set(fr["languages"])


if __name__ == "__main__" and "--freeze" in sys.argv:
    n, l = extract()
    json.dump({"names": n, "languages": l}, open(FROZEN, "w"), indent=0)
    print(len(n), len(l))
