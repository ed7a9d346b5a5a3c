"""Tokenizer, embedded stop words, light stemmer, overlap and plain BM25 (stdlib only)."""
import math
import re
import sys

sys.dont_write_bytecode = True

STOP = set("""i me my myself we our ours ourselves you your yours yourself yourselves he him his
himself she her hers herself it its itself they them their theirs themselves what which who whom
this that these those am is are was were be been being have has had having do does did doing a an
the and but if or because as until while of at by for with about against between into through
during before after above below to from up down in out on off over under again further then once
here there when where why how all any both each few more most other some such no nor not only own
same so than too very s t can will just don should now d ll m o re ve y ain aren couldn didn doesn
hadn hasn haven isn ma mightn mustn needn shan shouldn wasn weren won wouldn would could might must
shall may also let lets""".split())

TOKEN = re.compile(r"[a-z0-9]+")


def stem(w):
    for suf, rep in (("ies", "y"), ("ing", ""), ("ed", ""), ("ly", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: len(w) - len(suf)] + rep
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


def tokens(text):
    return [stem(t) for t in TOKEN.findall(text.lower()) if t not in STOP]


def content_words(text):
    return sorted(set(tokens(text)))


def shared(a, b):
    """Content words of a that also occur in b (exact stem or prefix match)."""
    wa, wb = content_words(a), content_words(b)
    out = []
    for x in wa:
        for y in wb:  # sorted order: deterministic
            if x == y:
                out.append(x)
                break
            s, l = (x, y) if len(x) <= len(y) else (y, x)
            if len(s) >= 4 and l.startswith(s) and len(l) - len(s) <= 3:
                out.append(x + "~" + y)
                break
    return out


class BM25:
    def __init__(self, docs, k1=1.2, b=0.75):
        self.k1, self.b = k1, b
        self.docs = [tokens(d) for d in docs]
        self.tf = []
        df = {}
        for d in self.docs:
            c = {}
            for t in d:
                c[t] = c.get(t, 0) + 1
            self.tf.append(c)
            for t in c:
                df[t] = df.get(t, 0) + 1
        n = len(self.docs)
        self.avg = sum(len(d) for d in self.docs) / max(n, 1)
        self.idf = {t: math.log(1 + (n - v + 0.5) / (v + 0.5)) for t, v in df.items()}

    def scores(self, query, idxs=None):
        q = tokens(query)
        res = []
        for i in (range(len(self.docs)) if idxs is None else idxs):
            tf, dl, s = self.tf[i], len(self.docs[i]), 0.0
            for t in q:
                f = tf.get(t)
                if f:
                    s += self.idf[t] * f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * dl / self.avg))
            res.append((i, s))
        res.sort(key=lambda p: (-p[1], p[0]))
        return [i for i, _ in res]
