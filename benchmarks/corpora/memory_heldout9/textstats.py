"""Tokenizer, stop words, light stemmer, content-word overlap and a plain BM25.

Re-implementation of the measure described in ../memory/README.md. Standard library only.
"""
import math
import re

# NLTK English stop words (embedded, no nltk import), plus contraction fragments and modals.
_NLTK = """i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself
yourselves he him his himself she she's her hers herself it it's its itself they them their theirs
themselves what which who whom this that that'll these those am is are was were be been being have
has had having do does did doing a an the and but if or because as until while of at by for with
about against between into through during before after above below to from up down in out on off
over under again further then once here there when where why how all any both each few more most
other some such no nor not only own same so than too very s t can will just don don't should
should've now d ll m o re ve y ain aren aren't couldn couldn't didn didn't doesn doesn't hadn
hadn't hasn hasn't haven haven't isn isn't ma mightn mightn't mustn mustn't needn needn't shan
shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn wouldn't"""
_EXTRA = "would could might must shall may also let lets"

STOP = set()
for _w in (_NLTK + " " + _EXTRA).split():
    for _part in re.split(r"[^a-z0-9]+", _w):
        if _part:
            STOP.add(_part)


def stem(w):
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    elif len(w) > 4 and w.endswith("ly"):
        w = w[:-2]
    elif len(w) > 4 and w.endswith("es"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def tokens(text):
    """Stemmed content tokens, in order (with repeats)."""
    out = []
    for w in re.split(r"[^a-z0-9]+", text.lower()):
        if not w or w in STOP:
            continue
        out.append(stem(w))
    return out


def _match(a, b):
    if a == b:
        return True
    s, l = (a, b) if len(a) <= len(b) else (b, a)
    return len(s) >= 4 and l.startswith(s) and len(l) - len(s) <= 3


def shared_words(question, text):
    """Distinct question stems that match some stem of text (equal or close prefix)."""
    qs = sorted(set(tokens(question)))
    ts = set(tokens(text))
    return [w for w in qs if any(_match(w, t) for t in ts)]


class BM25:
    def __init__(self, docs, k1=1.2, b=0.75):
        self.k1, self.b = k1, b
        self.docs = [tokens(d) for d in docs]
        self.tf = []
        df = {}
        for toks in self.docs:
            c = {}
            for t in toks:
                c[t] = c.get(t, 0) + 1
            self.tf.append(c)
            for t in c:
                df[t] = df.get(t, 0) + 1
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self.avgdl = sum(len(d) for d in self.docs) / max(n, 1)

    def scores(self, query, subset=None):
        q = tokens(query)
        idx = range(len(self.docs)) if subset is None else subset
        res = []
        for i in idx:
            tf, dl, s = self.tf[i], len(self.docs[i]), 0.0
            for t in q:
                f = tf.get(t)
                if f:
                    s += self.idf[t] * f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * dl / self.avgdl))
            res.append((i, s))
        return res

    def ranking(self, query, subset=None):
        """Indices best first; ties broken by corpus order."""
        sc = self.scores(query, subset)
        sc.sort(key=lambda p: (-round(p[1], 9), p[0]))
        return [i for i, _ in sc]
