"""Extract and freeze names from the two brief READMEs."""
import re
import os
import json

BRIEF = "/tmp/brief32"
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")


def extract():
    names = set()
    texts = []
    for f in ("README_previous1.md", "README_previous2.md"):
        t = open(os.path.join(BRIEF, f), encoding="utf-8").read()
        texts.append(t)
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.lower())
        for m in re.findall(r"`[a-z]{2,3}` \(([^)]+)\)", t):
            names.add(m.strip().lower())
            names.add(re.sub(r"\s*\(.*", "", m).strip().lower())
        for grp in re.findall(r"\(([A-Z][^()]{3,})\)", t):
            for part in re.split(r",|/| plus ", grp):
                p = part.strip().lower()
                if p and len(p) < 40:
                    names.add(p)
    return sorted(names), "\n".join(texts)


def frozen():
    return json.load(open(FROZEN, encoding="utf-8"))


def freeze():
    n, _ = extract()
    json.dump(n, open(FROZEN, "w", encoding="utf-8"), ensure_ascii=False, indent=0)
    return len(n)
