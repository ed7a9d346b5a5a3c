"""Tokenizer, content-word overlap and a plain BM25 (standard library only)."""
import math
import re

# NLTK English stop words, embedded, plus contraction fragments and modal verbs.
STOP = set("""
i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself
yourselves he him his himself she she's her hers herself it it's its itself they them their
theirs themselves what which who whom this that that'll these those am is are was were be been
being have has had having do does did doing a an the and but if or because as until while of at
by for with about against between into through during before after above below to from up down
in out on off over under again further then once here there when where why how all any both
each few more most other some such no nor not only own same so than too very s t can will just
don don't should should've now d ll m o re ve y ain aren aren't couldn couldn't didn didn't
doesn doesn't hadn hadn't hasn hasn't haven haven't isn isn't ma mightn mightn't mustn mustn't
needn needn't shan shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn wouldn't
would could might must shall may also let lets
""".split())
STOP |= {w.replace("'", "") for w in STOP}
STOP |= {"ll", "ve", "re", "d", "s", "t", "m"}


def stem(w):
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    else:
        for suf in ("ing", "ed", "ly", "es", "s"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                w = w[:-len(suf)]
                break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


def tokens(text):
    out = []
    for w in re.split(r"[^a-z0-9]+", text.lower()):
        if w and w not in STOP:
            out.append(stem(w))
    return out


def _match(a, b):
    if a == b:
        return True
    s, l = (a, b) if len(a) <= len(b) else (b, a)
    return len(s) >= 4 and l.startswith(s) and len(l) - len(s) <= 3


def shared(question, text):
    """Distinct question content words (stemmed) that match a word of text."""
    tw = set(tokens(text))
    out = []
    for w in sorted(set(tokens(question))):
        hit = [t for t in tw if _match(w, t)]
        if hit:
            out.append(w if w in tw else "%s~%s" % (w, sorted(hit)[0]))
    return out


class BM25:
    def __init__(self, docs, k1=1.2, b=0.75):
        self.k1, self.b = k1, b
        self.docs = [tokens(d) for d in docs]
        self.tf = []
        df = {}
        for d in self.docs:
            c = {}
            for w in d:
                c[w] = c.get(w, 0) + 1
            self.tf.append(c)
            for w in c:
                df[w] = df.get(w, 0) + 1
        n = len(self.docs)
        self.avg = sum(len(d) for d in self.docs) / max(n, 1)
        self.idf = {w: math.log(1 + (n - f + 0.5) / (f + 0.5)) for w, f in df.items()}

    def scores(self, query):
        q = tokens(query)
        out = []
        for d, c in zip(self.docs, self.tf):
            s = 0.0
            norm = self.k1 * (1 - self.b + self.b * len(d) / self.avg)
            for w in q:
                f = c.get(w)
                if f:
                    s += self.idf[w] * f * (self.k1 + 1) / (f + norm)
            out.append(s)
        return out

    def ranking(self, query, allowed=None):
        """Indices best first; ties broken by corpus order."""
        sc = self.scores(query)
        idx = [i for i in range(len(sc)) if allowed is None or i in allowed]
        return sorted(idx, key=lambda i: (-sc[i], i))
