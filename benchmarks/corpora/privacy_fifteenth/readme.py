"""Renders README.md from the built records (lists are computed; prose lives in readme_text.py)."""
import collections
import gen_prose
import readme_text as T
from gen_types import TYPES


def bt(items, counts=None):
    if counts is None:
        return ", ".join("`%s`" % x for x in items)
    return ", ".join("`%s` (%d)" % (x, counts[x]) for x in items)


def render(pos, eva, neg, report):
    st = collections.Counter(s["type"] for r in pos for s in r["secrets"])
    src = collections.Counter(r["source"] for r in pos)
    enc = collections.Counter(r["encoding"] for r in eva)
    etypes = collections.Counter(r["type"] for r in eva)
    ncls = collections.Counter(r["class"] for r in neg)
    pk = sorted({r["container"] for r in pos})
    ek = sorted({r["container"] for r in eva})
    nk = sorted({r["container"] for r in neg})
    name_only = sorted(t[0] for t in TYPES if t[3] == "N" and t[0] in st)
    n_spans = sum(st.values())
    out = [T.HEAD]
    out.append("## Files and counts\n")
    out.append("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    out.append("| `secrets.jsonl` | %d | %d | %d | %d | %d span types absent from the p13/p14 lists (reused: %s); no container kind (or base before `__`) in those lists |"
               % (len(pos), n_spans, len(st), len(pk), report.get("new_types", 0), bt(report.get("reused_types", [])) or "none"))
    out.append("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings, none named in the p13/p14 lists |" % (len(eva), len(eva), len(etypes), len(ek), len(enc)))
    out.append("| `negatives.jsonl` | %d | – | – | %d | %d classes |\n" % (len(neg), len(nk), len(ncls)))
    out.append(T.SCHEMA)
    out.append("## Categories (positives)\n\n| source module | records | what |\n|---|---|---|")
    for mod in ("gen_vendor", "gen_passwords", "gen_keys", "gen_misc", "gen_prose"):
        out.append("| `%s` | %d | %s |" % (mod, src[mod], T.CATEGORY[mod]))
    out.append("\nProse languages / chat styles (%d, all absent from the p13/p14 language lists): %s\n" % (len(gen_prose.LANGS), bt(gen_prose.LANGS)))
    out.append("### Span types in positives\n\n" + bt(sorted(st), st) + "\n")
    out.append("Name-only types (no distinctive prefix; recognisable from the variable / field name or surrounding text): " + bt(name_only) + "\n")
    out.append("### Container kinds in positives\n\n" + bt(pk) + "\n")
    out.append("### Evasion encodings\n\n" + bt(sorted(enc), enc) + "\n")
    out.append(T.DECODERS + "\n")
    out.append("Evasion credential types: " + bt(sorted(etypes), etypes) + "\n")
    out.append("Evasion containers: " + bt(ek) + "\n")
    out.append("### Negative classes\n\n| class | records |\n|---|---|")
    for c in sorted(ncls):
        out.append("| `%s` | %d |" % (c, ncls[c]))
    out.append("\n" + T.NEG_NOTE + "\n")
    out.append("Negative containers: " + bt(nk) + "\n")
    out.append(T.CHECKS % ", ".join("%s ×%d" % (k, v) for k, v in sorted(report["struct"].items())))
    out.append(T.JUDGEMENT)
    out.append(T.GUESSED)
    out.append(T.SOURCES)
    return "\n".join(out)
