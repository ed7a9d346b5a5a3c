"""Render README.md from the built records and the check report."""
import collections

import gen_decoders
import gen_prose
import readme_text as RT


def bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(pos, eva, neg, brief, rep):
    types = rep["_types"]
    everyday = [r for r in pos if r["_part"] == "everyday"]
    newpart = [r for r in pos if r["_part"] == "new"]
    prose = [r for r in pos if r["_part"] == "prose"]
    nspans = sum(len(r["secrets"]) for r in pos)
    enc = rep["_enc_count"]
    classes = rep["_classes"]
    eva_types = collections.Counter(r["type"] for r in eva)
    out = []
    w = out.append
    w(RT.INTRO)
    w("## Files and counts\n")
    w("| file | records | spans | span types | container kinds | notes |")
    w("|---|---|---|---|---|---|")
    w("| `secrets.jsonl` | %d | %d | %d | %d | %d span types absent from the p14/p15 lists; no container kind (or base before `__`) in those lists |"
      % (len(pos), nspans, len(types), len({r['container'] for r in pos}), len(rep["_new_types"])))
    w("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings, none named in the p14/p15 lists |"
      % (len(eva), len(eva), len(eva_types), len({r['container'] for r in eva}), len(enc)))
    w("| `negatives.jsonl` | %d | – | – | %d | %d classes |\n" % (len(neg), len({r['container'] for r in neg}), len(classes)))
    w(RT.SCHEMA)
    w(RT.CONVENTIONS)
    w("## Categories (positives)\n")
    w("| part | source modules | records | what |")
    w("|---|---|---|---|")
    w("| everyday | `gen_everyday_a`–`gen_everyday_d` | %d | %s |" % (len(everyday), RT.EVERYDAY))
    w("| new | `gen_new_a`–`gen_new_d` | %d | %s |" % (len(newpart), RT.NEWPART))
    w("| prose | `gen_prose` | %d | %s |\n" % (len(prose), RT.PROSE))
    w("Prose languages / chat styles (%d, all absent from the p14/p15 language lists): %s\n" % (len(gen_prose.LANGS), bt(sorted(gen_prose.LANGS))))
    w("Language codes: " + RT.LANG_NOTES + "\n")
    w("### Span types in positives\n")
    w(", ".join("`%s` (%d)" % (t, types[t]) for t in sorted(types)) + "\n")
    reused = sorted(t for t in types if t in brief["names"])
    w("Span types also named in the p14/p15 lists (everyday part and prose only): %s\n" % (bt(reused) if reused else "none"))
    w("### Container kinds in positives\n")
    w("Everyday part: " + bt(sorted(r["container"] for r in everyday)) + "\n")
    w("New part: " + bt(sorted(r["container"] for r in newpart)) + "\n")
    w("Prose: " + bt(sorted(r["container"] for r in prose)) + "\n")
    w("### Evasion encodings\n")
    w(", ".join("`%s` (%d)" % (e, enc[e]) for e in sorted(enc)) + "\n")
    w("Decoders (exactly what `build.py` runs, `gen_decoders.DEC`, written separately from the encoders in `gen_encodings.ENC`): "
      + "; ".join("`%s` = %s" % (e, gen_decoders.DESCRIBE[e]) for e in sorted(enc)) + ".\n")
    w("Evasion credential types: " + ", ".join("`%s` (%d)" % (t, eva_types[t]) for t in sorted(eva_types)) + "\n")
    w("Evasion containers: " + bt(sorted(r["container"] for r in eva)) + "\n")
    w("### Negative classes\n")
    w("| class | records |")
    w("|---|---|")
    for c in sorted(classes):
        w("| `%s` | %d |" % (c, classes[c]))
    w("")
    w(RT.NEG_NOTE)
    w("Negative containers: " + bt(sorted(r["container"] for r in neg)) + "\n")
    w("## Checks run by build.py before writing\n")
    for k, v in rep.items():
        if not k.startswith("_"):
            w("- %s: %s" % (k, v))
    w("- determinism: every random choice comes from per-part `random.Random` streams with constant seeds (16001 everyday, 16002 new types, 16003 prose, 16005 evasions, 16006 negatives); no clock, environment, set-iteration order or network influences output (verified byte-identical under different `PYTHONHASHSEED` values)")
    w("- private keys (DSA 1024, EC P-384 SEC1, EC P-256 inside the Kubernetes TLS secret, RSA 2048 PKCS#8 inside the GCP key file, Ed448 and X25519 PKCS#8) were checked with `openssl pkey -check` while writing; the Ed25519 JWK `x` was cross-checked against openssl; these tools are not run at build time\n")
    w(RT.JUDGEMENT)
    w(RT.GUESSED)
    w(RT.SOURCES)
    return "\n".join(out)
