"""Deny-list: names extracted from the two brief READMEs, frozen in brief_names.json."""
import json, os, re

BRIEF = "/tmp/brief33"
FROZEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "brief_names.json")

# English language names the builder considered; any that occurs in a brief README is deny-listed.
CATALOGUE = """Occitan Corsican Friulian Ladin Romansh Aragonese Neapolitan Sicilian Venetian Lombard
Piedmontese Arpitan Manx Cornish Scots Slovak Kashubian Silesian Latgalian Tatar Bashkir Kyrgyz Turkmen
Uyghur Tajik Pashto Sindhi Dhivehi Odia Assamese Khmer Lao Burmese Tibetan Amharic Tigrinya Kirundi
Lingala Sesotho Swati Tsonga Venda Fula Bambara Ewe Twi Kabyle Chamorro Marshallese Bislama Tok Pisin
Guarani Aymara Greenlandic Latin Interlingua Ido Low German Swiss German French English Spanish Italian
Portuguese Polish Czech Hungarian Turkish Vietnamese Hebrew Swedish Danish Norwegian Esperanto Sardinian
Finnish Estonian Dutch German Russian Arabic Greek Hindi Japanese Korean Chinese Mandarin Sorbian
Frisian Saterland Chuvash Kashmiri Maithili Bhojpuri Nahuatl Inuktitut Cherokee Navajo Dzongkha Akan""".split("\n")
CATALOGUE = [w for line in CATALOGUE for w in re.split(r"\s{1}(?=[A-Z])", line.strip())]
CATALOGUE = [c.strip() for c in CATALOGUE if c.strip()]


def extract():
    names = set()
    for fn in sorted(os.listdir(BRIEF)):
        if not fn.endswith(".md"):
            continue
        t = open(os.path.join(BRIEF, fn), encoding="utf-8").read()
        for m in re.finditer(r"`([^`\n]+)`", t):
            names.add(m.group(1).strip())
        for m in re.finditer(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.group(0))
        for m in re.finditer(r"\(([^()]{3,2000})\)", t):
            inner = m.group(1)
            parts = [p.strip() for p in re.split(r",|/| and ", inner)]
            caps = [p for p in parts if re.fullmatch(r"[A-Z][\w’'\- ]{1,30}", p)]
            if len(caps) >= 3:
                names.update(caps)
        for lang in CATALOGUE:
            if re.search(r"(?<![A-Za-z])" + re.escape(lang) + r"(?![A-Za-z])", t, re.I):
                names.add(lang)
        # prose-language lists: `xx` (Name)
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            names.add(m.group(1)); names.add(m.group(2))
    return sorted(names)


def freeze():
    json.dump(extract(), open(FROZEN, "w", encoding="utf-8"), ensure_ascii=False, indent=0)


def load():
    frozen = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        if extract() != frozen:
            raise SystemExit("deny-list: re-extraction differs from brief_names.json")
    return frozen


def widened(frozen):
    s = set()
    for n in frozen:
        s.add(n.lower())
        for p in n.split("__"):
            if p:
                s.add(p.lower())
    return s


def overlaps(used, frozen):
    w = widened(frozen)
    bad = []
    for n in sorted(set(used)):
        for p in [n] + n.split("__"):
            if p and p.lower() in w:
                bad.append((n, p))
    return bad
