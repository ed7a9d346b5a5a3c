"""Tokenizer, stop words, light stemmer, content-word overlap and a plain BM25.

Re-implementation of the rule described in ../memory/README.md (no NLTK import: the NLTK
English stop-word list is embedded below).
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
needn't shan shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn wouldn't"""

EXTRA = "would could might must shall may also let lets"

STOP = set()
for w in (NLTK_STOP + " " + EXTRA).split():
    STOP.add(w)
    for part in re.split(r"[^a-z0-9]+", w):
        if part:
            STOP.add(part)

_SPLIT = re.compile(r"[^a-z0-9]+")


def stem(w):
    for suf, rep in (("ies", "y"), ("ing", ""), ("ed", ""), ("ly", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 2:
            w = w[: len(w) - len(suf)] + rep
            break
    if w.endswith("e") and len(w) > 2:
        w = w[:-1]
    return w


def tokens(text):
    out = []
    for w in _SPLIT.split(text.lower()):
        if not w or w in STOP:
            continue
        out.append(stem(w))
    return out


def content_words(text):
    return set(tokens(text))


def _same(a, b):
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3


def shared_words(q, text):
    """Question content words that also occur (exactly or by prefix rule) in text."""
    qw = sorted(content_words(q))
    tw = content_words(text)
    shared = []
    for w in qw:
        if w in tw:
            shared.append(w)
            continue
        for t in sorted(tw):
            if _same(w, t):
                shared.append(w if w == t else "%s~%s" % (w, t))
                break
    return shared


class BM25:
    def __init__(self, docs, k1=1.2, b=0.75):
        self.k1, self.b = k1, b
        self.docs = [tokens(d) for d in docs]
        self.n = len(self.docs)
        self.avg = sum(len(d) for d in self.docs) / max(1, self.n)
        self.df = {}
        self.tf = []
        for d in self.docs:
            c = {}
            for w in d:
                c[w] = c.get(w, 0) + 1
            self.tf.append(c)
            for w in c:
                self.df[w] = self.df.get(w, 0) + 1

    def idf(self, w):
        df = self.df.get(w, 0)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def scores(self, query, subset=None):
        q = tokens(query)
        idx = range(self.n) if subset is None else subset
        res = []
        for i in idx:
            tf = self.tf[i]
            dl = len(self.docs[i])
            s = 0.0
            for w in q:
                f = tf.get(w, 0)
                if f:
                    s += self.idf(w) * f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * dl / self.avg))
            res.append((i, s))
        # stable: higher score first, ties by corpus order
        res.sort(key=lambda x: (-x[1], x[0]))
        return [i for i, _ in res]
