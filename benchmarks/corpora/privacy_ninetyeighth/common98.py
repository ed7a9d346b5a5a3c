"""Shared helpers for corpus p98 (bioinformatics and genomics pipelines). Standard library only."""
import base64, json, re, string, zlib, os

MARK = "\ue000"
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWAL = string.ascii_lowercase + string.digits
UPAL = string.ascii_uppercase + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
URLSAFE = ALNUM + "-_"

PW_WORDS = ["fastq", "bamfile", "snakemake", "nextflow", "samtools", "bowtie", "genome", "exome",
            "contig", "kmer", "variant", "haplotype", "flowcell", "basecall", "aligner", "bcftools",
            "cromwell", "galaxy", "plasmid", "ribosome", "codon", "allele", "scaffold", "amplicon",
            "minimap", "spliced", "readgroup", "pileup", "phylo", "karyotype", "telomere", "primer",
            "adapter", "barcode", "demux", "coverage", "intron", "exonic", "cohort", "biobank"]


def rtext(rng, alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def password(rng):
    w = rng.choice(PW_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    return w + rng.choice("-_.") + rtext(rng, LOWAL, rng.randint(4, 7)) + rtext(rng, string.digits, 2)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng, payload, alg="HS256", extra=None):
    h = {"alg": alg, "typ": "JWT"}
    if extra:
        h.update(extra)
    return (b64u(json.dumps(h, separators=(",", ":")).encode()) + "." +
            b64u(json.dumps(payload, separators=(",", ":")).encode()) + "." +
            b64u(bytes(rng.randrange(256) for _ in range(32))))


def uuid4(rng):
    b = bytearray(rng.randrange(256) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def base62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def gh_token(rng, prefix):
    """GitHub-style token: prefix + 30 base62 + Base62(CRC-32 of the 30) padded to 6."""
    body = rtext(rng, ALNUM, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_check(tok):
    body, tail = tok[-36:-6], tok[-6:]
    return base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == tail


_TOK = re.compile(r"\{(h|H|a|l|U|d|b|u|B64:|U64:|uuid|pw)(\d*)\}")


def shape(rng, spec):
    """Mini shape language: {h32} hex, {H32} upper hex, {a32} alnum, {l32} lower alnum,
    {U32} upper alnum, {d9} digits, {b40} base64 chars, {u43} base64url chars,
    {B64:64} real Base64 of 64 random bytes, {U64:32} base64url (no pad) of 32 bytes, {uuid}, {pw}."""
    if callable(spec):
        return spec(rng)
    def rep(m):
        k, n = m.group(1), m.group(2)
        n = int(n) if n else 0
        if k == "h": return rtext(rng, HEX, n)
        if k == "H": return rtext(rng, HEX.upper(), n)
        if k == "a": return rtext(rng, ALNUM, n)
        if k == "l": return rtext(rng, LOWAL, n)
        if k == "U": return rtext(rng, UPAL, n)
        if k == "d": return rtext(rng, string.digits, n)
        if k == "b": return rtext(rng, ALNUM + "+/", n)
        if k == "u": return rtext(rng, URLSAFE, n)
        if k == "B64:": return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()
        if k == "U64:": return b64u(bytes(rng.randrange(256) for _ in range(n)))
        if k == "uuid": return uuid4(rng)
        if k == "pw": return password(rng)
    return _TOK.sub(rep, spec)


def fill(template, values, rng=None, extra=None):
    """Replace {V} by MARK-delimited value and other {x} fillers; return text and spans."""
    d = dict(extra or {})
    parts = re.split(r"(\{V\})", template)
    out, spans = "", []
    vi = 0
    for p in parts:
        if p == "{V}":
            v = values[min(vi, len(values) - 1)]
            spans.append((len(out), len(out) + len(v), v))
            out += v
            vi += 1
        else:
            seg = p
            for k, val in d.items():
                seg = seg.replace("{" + k + "}", val)
            out += seg
    return out, spans


def fillers(rng):
    users = ["mkowalski", "abernard", "jnakamura", "pokafor", "lrossi", "tvanderberg", "sgupta",
             "eolsen", "rmorales", "hchen", "dfitzgerald", "nabubakar", "ysato", "bmueller"]
    labs = ["tumorseq", "microbiome", "rnaatlas", "popgen", "scrnalab", "metagen", "epigenome",
            "plantgen", "virome", "clinexome", "longread", "spatialomics"]
    return {
        "u": rng.choice(users),
        "p": rng.choice(labs) + "-" + str(rng.randint(2, 99)),
        "h": rng.choice(["hpc", "login", "seq", "lims", "galaxy", "sftp", "cromwell", "irods"]) +
             str(rng.randint(1, 40)) + "." + rng.choice(["genomics.example.org", "seqcore.example.net",
                                                         "biolab.example.com"]),
        "n": str(rng.randint(1000, 99999)),
        "r": "SRR" + str(rng.randint(1000000, 29999999)),
        "f": rng.choice(["HVKT7DSX3", "H2YJ5BGXK", "AAAF3LKM5", "BHC7TNDRX2", "HG53WDSX5"]),
        "d": "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
    }


# ---------------------------------------------------------------- deny-list
LANG_SCRIPT_WORDS = ["latin", "cyrillic", "greek", "georgian", "armenian", "arabic", "persian", "hebrew",
                     "japanese", "hangul", "han", "thai", "tamil", "devanagari", "bengali", "gurmukhi",
                     "gujarati", "hindi", "nepali", "english", "chinese", "korean", "indonesian",
                     "norwegian", "bokmal", "frisian", "gaelic", "scottish", "western", "malay",
                     "javanese", "punjabi", "german", "italian", "icelandic", "maori", "samoan",
                     "hawaiian", "cebuano", "turkmen", "kyrgyz", "tajik", "tatar", "bosnian", "occitan",
                     "corsican", "romansh", "friulian", "sardinian", "asturian", "albanian", "maltese",
                     "afrikaans", "esperanto", "irish", "kannada", "malayalam", "lao", "burmese",
                     "somali", "kinyarwanda", "xhosa", "shona", "igbo", "malagasy", "haitian", "creole"]


def extract_denylist(texts):
    names, langs = set(), set(LANG_SCRIPT_WORDS)
    for t in texts:
        for m in re.findall(r"`([^`]+)`", t):
            m = m.strip().lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            m = m.lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code)
            for w in re.findall(r"[A-Za-zå]+", name):
                langs.add(w.lower())
    return sorted(names), sorted(langs)


def load_denylist(here):
    path = os.path.join(here, "brief_names.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)
