"""Deny-list extracted from the two earlier READMEs (frozen in brief_names.json)."""
import json, os, re, sys

BRIEF = "/tmp/brief79"
FILES = ["README_previous1.md", "README_previous2.md"]
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")


def extract():
    names, langs, words = set(), set(), set()
    for fn in FILES:
        with open(os.path.join(BRIEF, fn), encoding="utf-8") as f:
            text = f.read()
        for m in re.findall(r"`([^`\n]+)`", text):
            m = m.strip().lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", text):
            m = m.lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        # language entries: `code` (Name) and Name `code`
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", text):
            langs.add(code)
            langs.add(name.lower())
            for w in re.findall(r"[A-Za-z]+", name):
                langs.add(w.lower())
        for name, code in re.findall(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?) `([a-z]{2,3})`", text):
            langs.add(code)
            langs.add(name.lower())
            for w in name.split():
                langs.add(w.lower())
        for line in text.splitlines():
            if "language" in line.lower() or "excluded" in line.lower():
                for code in re.findall(r"`([a-z]{2,3})`", line):
                    langs.add(code)
        for w in re.findall(r"[A-Za-z]+", text):
            words.add(w.lower())
    return {"names": sorted(names), "languages": sorted(langs), "words": sorted(words)}


def load():
    with open(FROZEN, encoding="utf-8") as f:
        data = json.load(f)
    if os.path.isdir(BRIEF) and all(os.path.exists(os.path.join(BRIEF, x)) for x in FILES):
        if extract() != data:
            raise SystemExit("deny-list re-extraction differs from frozen brief_names.json")
    return {k: set(v) for k, v in data.items()}


if __name__ == "__main__":
    if "--freeze" in sys.argv:
        with open(FROZEN, "w", encoding="utf-8") as f:
            json.dump(extract(), f, ensure_ascii=False, indent=0, sort_keys=True)
        d = extract()
        print({k: len(v) for k, v in d.items()})
