"""Tokenizer, stop words, light stemmer, content-word overlap and a plain BM25.

Standard library only. Re-implements the overlap rule described in ../memory/README.md:
lowercase, split on non-alphanumerics, drop NLTK English stop words plus contraction
fragments and modal verbs, light stemming, and a prefix match between stems.
"""
import math
import re

NLTK_STOP = """i me my myself we our ours ourselves you you're you've you'll you'd your yours
yourself yourselves he him his himself she she's her hers herself it it's its itself they them
their theirs themselves what which who whom this that that'll these those am is are was were be
been being have has had having do does did doing a an the and but if or because as until while of
at by for with about against between into through during before after above below to from up down
in out on off over under again further then once here there when where why how all any both each
few more most other some such no nor not only own same so than too very s t can will just don
don't should should've now d ll m o re ve y ain aren aren't couldn couldn't didn didn't doesn
doesn't hadn hadn't hasn hasn't haven haven't isn isn't ma mightn mightn't mustn mustn't needn
needn't shan shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn wouldn't""".split()

EXTRA_STOP = "would could might must shall may also let lets".split()

STOP = set()
for _w in NLTK_STOP + EXTRA_STOP:
    for _part in re.split(r"[^a-z0-9]+", _w):
        if _part:
            STOP.add(_part)

_SPLIT = re.compile(r"[^a-z0-9]+")


def stem(w):
    for suf, rep in (("ies", "y"), ("ing", ""), ("ed", ""), ("ly", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: len(w) - len(suf)] + rep
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


def tokens(text):
    """Stemmed content tokens, in order, with repetition."""
    out = []
    for w in _SPLIT.split(text.lower()):
        if not w or w in STOP:
            continue
        out.append(stem(w))
    return out


def content_words(text):
    return set(tokens(text))


def _match(a, b):
    if a == b:
        return True
    s, l = (a, b) if len(a) <= len(b) else (b, a)
    return len(s) >= 4 and l.startswith(s) and len(l) - len(s) <= 3


def shared_words(q, a):
    """Content words of q that also occur (exactly or by prefix match) in a."""
    qa = sorted(content_words(q))
    aw = sorted(content_words(a))
    shared = []
    for w in qa:
        for v in aw:
            if _match(w, v):
                shared.append(w if w == v else w + "~" + v)
                break
    return shared


class BM25:
    def __init__(self, docs, k1=1.2, b=0.75):
        self.k1, self.b = k1, b
        self.tfs = []
        self.lens = []
        df = {}
        for d in docs:
            tf = {}
            for t in tokens(d):
                tf[t] = tf.get(t, 0) + 1
            self.tfs.append(tf)
            self.lens.append(sum(tf.values()))
            for t in tf:
                df[t] = df.get(t, 0) + 1
        self.n = len(docs)
        self.avg = (sum(self.lens) / self.n) if self.n else 0.0
        self.idf = {t: math.log(1 + (self.n - v + 0.5) / (v + 0.5)) for t, v in df.items()}

    def scores(self, query, subset=None):
        qt = tokens(query)
        idx = range(self.n) if subset is None else subset
        res = []
        for i in idx:
            tf = self.tfs[i]
            s = 0.0
            for t in qt:
                f = tf.get(t)
                if f:
                    s += self.idf[t] * f * (self.k1 + 1) / (
                        f + self.k1 * (1 - self.b + self.b * self.lens[i] / self.avg))
            res.append((i, s))
        # stable: ties broken by context order
        res.sort(key=lambda x: (-round(x[1], 9), x[0]))
        return [i for i, _ in res]
