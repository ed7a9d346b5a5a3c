"""Record helpers for memory_heldout7.

They only store what the data modules give them: no wording is produced here.
A record's `day` is an int (hand-placed) or a (lo, hi) window (a filler that the
builder places on one active day inside the window).
"""

import itertools

_SEQ = itertools.count()


class Project:
    def __init__(self, name, abbr, cwd, branch="main"):
        self.name = name
        self.abbr = abbr
        self.cwd = cwd
        self.branch = branch
        self.records = []   # hand-placed facts, distractors and fillers
        self.pool = []      # shell-history pool, sampled by the builder
        self.questions = []
        self._n = 0

    # -- records ---------------------------------------------------------
    def _add(self, key, day, source, kind, content, meta, role):
        self._n += 1
        if key is None:
            key = "f%03d" % self._n
        rec = {
            "key": self.abbr + ":" + key, "project": self.name, "abbr": self.abbr,
            "day": day, "source": source, "kind": kind, "content": content.strip("\n"),
            "metadata": meta, "role": role, "order": self._n,
        }
        self.records.append(rec)
        return rec["key"]

    def sh(self, key, day, text, code=0, cwd=None, role="fact"):
        return self._add(key, day, "shell", "command", text,
                         {"exit_code": code, "cwd": cwd or self.cwd}, role)

    def commit(self, key, day, msg, files, branch=None, role="fact"):
        lines = [" %s %s" % (op, path) for op, path in files]
        content = msg.strip("\n") + "\n\n" + "\n".join(lines)
        return self._add(key, day, "git", "commit", content,
                         {"files": [p for _, p in files], "branch": branch or self.branch},
                         role)

    def note(self, key, day, text, role="fact"):
        return self._add(key, day, "notes", "note", text, {}, role)

    def chat(self, key, day, text, src="openai", files=None, role="fact"):
        meta = {"files": list(files)} if files else {}
        return self._add(key, day, src, "chat", text, meta, role)

    def edit(self, key, day, path, text, src="editor", role="fact"):
        return self._add(key, day, src, "edit", path + "\n" + text.strip("\n"),
                         {"files": [path]}, role)

    def file(self, key, day, path, text, role="fact"):
        return self._add(key, day, "editor", "file", path + "\n" + text.strip("\n"),
                         {"files": [path]}, role)

    # -- shell pool ------------------------------------------------------
    def pool_cmd(self, text, lo=0, hi=60, w=1.0, code=0, cwd=None):
        self.pool.append({"content": text.strip("\n"), "lo": lo, "hi": hi, "w": w,
                          "exit_code": code, "cwd": cwd or self.cwd})

    # -- questions -------------------------------------------------------
    def q(self, qtype, question, answers, note, outdated=(), forbidden=(), keys=(),
          distractors=(), asked="home"):
        def full(ks):
            return [k if ":" in k else self.abbr + ":" + k for k in ks]
        if isinstance(answers, str):
            answers = [answers]
        self.questions.append({
            "type": qtype, "home": self.name, "asked": self.name if asked == "home" else asked,
            "question": question, "answers": full(answers), "outdated": full(outdated),
            "forbidden": full(forbidden), "note": note, "keys": list(keys),
            "distractors": full(distractors), "seq": next(_SEQ),
        })
